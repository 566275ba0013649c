import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { quote } from '../shared/quote.js';
import { didYouMean } from '../shared/suggest.js';
import { RESERVED_FRAMEWORK_IDS } from '../criteria/check.js';
import { UsageError } from './errors.js';

export { defaultCriteriaDir } from '../criteria/shipped.js';

/**
 * The framework ids in a criteria folder (its `*.yaml` entry stems), sorted. Every entry so
 * named counts, a symbolic link or a FIFO too: one that cannot be read as a file is then that
 * framework's error, never a framework silently missing.
 */
export function frameworkIds(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.name.endsWith('.yaml'))
      .map((entry) => entry.name.slice(0, -'.yaml'.length))
      .sort();
  } catch {
    throw new UsageError(`cannot read the criteria folder ${dir}`);
  }
}

/** The criteria file of a framework, or a usage error naming the close ones. */
export function criteriaFileFor(dir: string, framework: string): string {
  const ids = frameworkIds(dir);
  if (ids.includes(framework)) return join(dir, `${framework}.yaml`);
  const hint = didYouMean(framework, [...ids, ...RESERVED_FRAMEWORK_IDS.filter((c) => c !== 'grade')]);
  throw new UsageError(`unknown framework ${quote(framework)}${hint} (available in ${dir}: ${ids.join(', ') || 'none'}; see \`grade list\`, or give --criteria <folder> for criteria in another folder)`);
}
