import { readFileSync } from 'node:fs';

/** How the address space of this process stands: its limit and what it uses now, in bytes. */
export interface AddressSpace {
  limit: number;
  used: number;
}

/**
 * The soft limit on this process's virtual address space (`ulimit -v`, RLIMIT_AS) and the
 * size it has now, from Linux's /proc; undefined where there is no limit or no /proc to say.
 * A V8 isolate that cannot reserve its address space aborts the whole process, so this is the
 * only warning there is before starting one.
 */
export function addressSpace(): AddressSpace | undefined {
  try {
    // Not the input reader (read-text.ts): /proc files report a size of zero and are not inputs.
    const limits = readFileSync('/proc/self/limits', 'latin1');
    if (!/^Max address space\s+\d/m.test(limits)) return undefined;
    return parseAddressSpace(limits, readFileSync('/proc/self/status', 'latin1'));
  } catch {
    return undefined;
  }
}

/** The limit and size from the texts of /proc/self/limits and /proc/self/status (see `addressSpace`). */
export function parseAddressSpace(limits: string, status: string): AddressSpace | undefined {
  const soft = /^Max address space\s+(\d+)\s/m.exec(limits)?.[1];
  const size = /^VmSize:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (soft === undefined || size === undefined) return undefined;
  return { limit: Number(soft), used: Number(size) * 1024 };
}
