import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from '../io/package-root.js';
import { commandsFor, COMMANDS, COMMAND_NAMES, isCommandName } from './commands/index.js';
import { UsageError } from './errors.js';
import { dashIsStdout } from './common.js';
import { exitCode, type Outcome } from './exit-codes.js';
import type { Io } from './io.js';
import { sanitizeForTerminal, sanitizeLine } from '../shared/sanitize.js';
import { quote } from '../shared/quote.js';
import { didYouMean } from '../shared/suggest.js';


const EXAMPLES = `
Examples:
  $ grade list
  $ grade template domestic-violence > evidence.json
  $ grade domestic-violence evidence.json            (once the findings are in)

Exit codes: 0 done, 1 an input problem (invalid criteria or evidence), 2 a usage problem.`;

async function buildProgram(argv: readonly string[], io: Io, done: (outcome: Outcome) => void): Promise<Command> {
  const program = new Command('grade')
    .description('Apply an inspectorate\'s specific grading criteria (SGC) to inspection evidence and print a justified grade.')
    .version(packageVersion(), '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`grade: ${sanitizeForTerminal(text)}`) })
    .addHelpText('after', EXAMPLES);
  const registers = await Promise.all(commandsFor(argv).map((name) => COMMANDS[name]()));
  for (const register of registers) register(program, io, done);
  for (const command of program.commands) {
    command.hook('preAction', dashIsStdout);
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`grade: ${sanitizeForTerminal(text)}`) });
  }
  return program;
}

declare const __GRADE_VERSION__: string | undefined;

/** The package's version: the build writes it in; the sources read it from package.json. */
function packageVersion(): string {
  if (typeof __GRADE_VERSION__ === 'string') return __GRADE_VERSION__;
  const root = packageRoot();
  try {
    return (JSON.parse(readFileSync(join(root ?? '.', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0-dev';
  }
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit
 * code. Never throws and never exits the process: only `bin/` sets `process.exitCode`.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let outcome: Outcome = 'ok';
  const debug = argv.includes('--debug');
  try {
    const args = helpTopic(argv);
    const program = await buildProgram(args, io, (result) => { outcome = result; });
    await program.parseAsync([...args], { from: 'user' });
    return exitCode(outcome);
  } catch (error) {
    return reportFailure(error, io, debug);
  }
}

/**
 * The arguments to parse, after checking `grade help <word>`: the word must be a command
 * (commander printed the general help on stderr without a word of why); `help help` is `help`.
 */
function helpTopic(argv: readonly string[]): readonly string[] {
  const [first, topic] = argv;
  if (first !== 'help' || topic === undefined || topic.startsWith('-') || isCommandName(topic)) return argv;
  if (topic === 'help') return helpTopic(['help', ...argv.slice(2)]);
  const hint = didYouMean(topic, COMMAND_NAMES);
  throw new UsageError(`unknown command ${quote(topic)}${hint || ' (see `grade --help` for the commands)'}`);
}

/** Says on stderr why a run failed and gives its exit code; a stderr that fails too changes nothing. */
function reportFailure(error: unknown, io: Io, debug: boolean): number {
  const say = (text: string) => {
    try { io.stderr(text); } catch { /* stderr itself cannot be written: the exit code still tells */ }
  };
  if (error instanceof CommanderError) {
    // Help and version end with code 0; every other commander error is a usage problem.
    return error.exitCode === 0 ? 0 : exitCode('usage-error');
  }
  if (error instanceof UsageError) {
    say(`grade: error: ${sanitizeLine(error.message)}\n`);
    return exitCode('usage-error');
  }
  const message = error instanceof Error ? error.message : String(error);
  say(`grade: internal error: ${sanitizeLine(message)}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack) say(`${error.stack}\n`);
  return exitCode('input-error');
}
