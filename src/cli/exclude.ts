import { InvalidArgumentError, type Command } from 'commander';
import { compileGlob, type Glob } from '../shared/glob.js';

/** Options of a command that walks folders. */
export interface ExcludeOptions {
  exclude?: Glob[];
}

/** `--exclude <glob>`, repeatable; each pattern compiled as it is read, so a bad one is a usage error (exit 2). */
export function addExcludeOption(command: Command): Command {
  return command.option('--exclude <glob>',
    'leave out files and folders found in folders that match (repeatable): a name such as package.json or *.draft.json at any depth, or a path such as drafts/** (* ? and ** only)',
    (value: string, previous: Glob[] | undefined) => {
      const glob = compileGlob(value);
      if ('error' in glob) throw new InvalidArgumentError(`expected ${glob.error}`);
      return [...(previous ?? []), glob];
    });
}
