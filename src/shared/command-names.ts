/**
 * The commands of `grade`, in the order `grade --help` lists them. Written here, below every
 * stage, because criteria files may not take a command's name as their framework id.
 */
export const COMMAND_NAMES = ['grade', 'list', 'show', 'template', 'import', 'report', 'validate', 'test', 'batch', 'schema'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Words a framework id may not be: every command, and `help`. */
export const RESERVED_WORDS: readonly string[] = [...COMMAND_NAMES, 'help'];
