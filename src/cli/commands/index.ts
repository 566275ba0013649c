import type { Command } from 'commander';
import { COMMAND_NAMES, type CommandName } from '../../shared/command-names.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';

export { COMMAND_NAMES, type CommandName };

/** A command's registration: adds it to the program; its action reports how it ended. */
export type Register = (program: Command, io: Io, done: (outcome: Outcome) => void) => void;

/**
 * Every command by name, in the order `grade --help` lists them, each loaded on demand: a run
 * registers (and loads) only the commands its arguments can reach.
 */
export const COMMANDS = {
  grade: async () => (await import('./grade.js')).registerGradeCommand,
  list: async () => (await import('./list.js')).registerListCommand,
  show: async () => (await import('./show.js')).registerShowCommand,
  template: async () => (await import('./template.js')).registerTemplateCommand,
  import: async () => (await import('./import.js')).registerImportCommand,
  report: async () => (await import('./report.js')).registerReportCommand,
  validate: async () => (await import('./validate.js')).registerValidateCommand,
  test: async () => (await import('./test.js')).registerTestCommand,
  batch: async () => (await import('./batch.js')).registerBatchCommand,
  schema: async () => (await import('./schema.js')).registerSchemaCommand,
} satisfies Record<CommandName, () => Promise<Register>>;

/** True when `name` is one of grade's commands. */
export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

/**
 * The commands a command line needs: the one it names; all of them for help, the version, or a
 * line that starts with an option; otherwise the default `grade <framework> <evidence>`.
 */
export function commandsFor(argv: readonly string[]): CommandName[] {
  const first = argv[0];
  if (first === undefined || first === 'help' || first.startsWith('-')) return [...COMMAND_NAMES];
  return isCommandName(first) ? [first] : ['grade'];
}
