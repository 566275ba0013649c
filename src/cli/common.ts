import { isAbsolute, relative } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Diagnostic } from '../shared/diagnostics.js';
import { hasErrors } from '../shared/diagnostics.js';
import { FIX_AND_RERUN, formatDiagnostics } from '../render/diagnostics.js';
import { fileKindOf } from '../batch/validate/validation-run.js';
import { DEFAULT_MAX_FILE_BYTES } from '../io/read-text.js';
import { TEXT_WIDTH } from '../render/style.js';
import { useColor } from './color.js';
import { defaultCriteriaDir } from './criteria-dir.js';
import type { Io } from './io.js';
import { openOutput, writeOutput, type Output, type OutputOptions } from './output.js';
import type { Outcome } from './exit-codes.js';

/** Options shared by the commands that read criteria and write output. */
export interface CommonOptions {
  criteria?: string;
  format: string;
  output?: string;
  allowIncomplete?: boolean;
  color: boolean;
  debug?: boolean;
  maxFileSize?: number;
  /** --width: the columns text output wraps to (commands whose text output wraps). */
  width?: number;
}

/** The largest --max-file-size: 1 GiB, past anything a V8 string (at most 2^29 - 24 characters) can hold. */
const MAX_FILE_SIZE_LIMIT = 1024 ** 3;

/**
 * `--max-file-size`: a whole number of bytes, optionally with k, m or g (1024, 1024², 1024³) and
 * a trailing b, from 1 byte to 1g. Anything else (negative, fractional, empty, 0, huge) is a
 * usage error (commander's InvalidArgumentError: exit 2, one line).
 */
export function parseSize(value: string): number {
  const match = /^(\d+)([kmg]?)b?$/i.exec(value.trim());
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match?.[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = match ? Number(match[1]) * unit : NaN;
  if (!(bytes >= 1 && bytes <= MAX_FILE_SIZE_LIMIT)) {
    throw new InvalidArgumentError('expected a size in bytes from 1 to 1g, such as 500000, 512k or 16m (k, m and g are 1024, 1024² and 1024³ bytes)');
  }
  return bytes;
}

/**
 * A parser for a whole-number option: digits only (no sign, point, exponent or hex), from `min`
 * to `max`; anything else is a usage error saying `expected`.
 */
export function wholeNumber(min: number, max: number, expected: string): (value: string) => number {
  return (value) => {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) throw new InvalidArgumentError(expected);
    return n;
  };
}

/** A parser for an option naming a file, folder or id: refuses the empty string (which would be ignored). */
export function nonEmpty(what: string): (value: string) => string {
  return (value) => {
    if (value === '') throw new InvalidArgumentError(`expected ${what}, not an empty value`);
    return value;
  };
}

/** A parser for --force-id: a kebab-case id, as evidence files name a force. */
export function forceId(value: string): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) throw new InvalidArgumentError('expected a kebab-case force id (lower-case letters, digits and single hyphens), such as hertfordshire');
  return value;
}

/** `--width`: a whole number of columns from TEXT_WIDTH.min to TEXT_WIDTH.max. */
export const parseWidth = wholeNumber(TEXT_WIDTH.min, TEXT_WIDTH.max,
  `expected a whole number of columns from ${TEXT_WIDTH.min} to ${TEXT_WIDTH.max}, such as 80`);

/**
 * How a command's text output meets `--width`: `wrap` (grade, show) wraps to it, else to the
 * terminal's width, else to TEXT_WIDTH.default (`outputWidth`); `fit` (batch, list, validate,
 * test) fits its tables and diagnostics to it, else to the terminal's, and otherwise keeps its
 * lines whole (`fitWidth`): one diagnostic a line, for the tools that read them from a pipe.
 */
export type WidthMode = 'wrap' | 'fit';

/** Adds `--width` (see `WidthMode`), its help saying what the command does without it. */
export function addWidthOption(command: Command, mode: WidthMode): Command {
  const otherwise = mode === 'wrap' ? `${TEXT_WIDTH.default} when not a terminal` : 'not wrapped when not a terminal';
  return command.addOption(new Option('--width <columns>',
    `wrap text output to this many columns (default: the terminal's, at least ${TEXT_WIDTH.min}; ${otherwise})`).argParser(parseWidth));
}

/**
 * Adds --format with choices taken from a renderer table's keys, and the other common options;
 * `--width` too for a command whose text output wraps (`width`: see `WidthMode`).
 */
export function addCommonOptions(command: Command, formats: readonly string[], defaultFormat: string, extra: { width?: WidthMode } = {}): Command {
  command
    .addOption(new Option('--format <name>', 'output format').choices(formats).default(defaultFormat))
    .option('--criteria <dir>', 'criteria folder (default: the one shipped with grade)', nonEmpty('a folder'))
    .option('--output <file>', 'write the output to a file (atomically) instead of stdout (- is stdout)', nonEmpty('a file name'))
    .option('--no-color', 'never colour the output (also NO_COLOR)');
  if (extra.width) addWidthOption(command, extra.width);
  return command
    .addOption(new Option('--max-file-size <bytes>', `largest input file read (default ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024}m)`).argParser(parseSize))
    .option('--debug', 'print stack traces of internal errors');
}

/**
 * `--output -` is standard output, as a script expects of a dash (a file of that name is
 * `./-`). Run before a command's action, so that every use of `options.output` (colour, width,
 * where problems go, the one output writer) sees stdout.
 */
export function dashIsStdout(command: Command): void {
  if (command.getOptionValue('output') === '-') command.setOptionValue('output', undefined);
}

/**
 * The columns text output wraps to: --width; else, when the output goes to stdout and stdout is
 * a terminal, the terminal's width (at least TEXT_WIDTH.min, at most TEXT_WIDTH.max); else
 * TEXT_WIDTH.default, so that pipes, files and goldens get the same bytes whatever the terminal.
 */
export function outputWidth(io: Io, options: Pick<CommonOptions, 'width' | 'output'>): number {
  return fitWidth(io, options) ?? TEXT_WIDTH.default;
}

/**
 * The columns a command of `WidthMode` `fit` fits its text output to: --width; else, when the
 * output goes to stdout and stdout is a terminal, the terminal's width (at least TEXT_WIDTH.min,
 * at most TEXT_WIDTH.max); else undefined: lines kept whole, the same bytes whatever the terminal.
 */
export function fitWidth(io: Io, options: Pick<CommonOptions, 'width' | 'output'>): number | undefined {
  if (options.width !== undefined) return options.width;
  const columns = options.output === undefined ? io.stdoutColumns : undefined;
  if (columns === undefined || !Number.isFinite(columns) || columns <= 0) return undefined;
  return Math.min(TEXT_WIDTH.max, Math.max(TEXT_WIDTH.min, Math.floor(columns)));
}

/** The criteria folder for a run: --criteria, else the shipped one. */
export function criteriaDirOf(options: CommonOptions, io: Io): string {
  return options.criteria ?? displayPath(io.cwd, defaultCriteriaDir());
}

/**
 * A path that the tool found itself (the shipped criteria and registry), as output shows it:
 * relative to the working directory, wherever it lies, so that every command writes paths the
 * same way (the paths a user gave are shown as given).
 */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  // Only another drive (Windows) has no relative form.
  return rel === '' ? '.' : isAbsolute(rel) ? path : rel;
}

/** How to see every problem of a file whose problems stderr shows only the first of: validate's JSON, for the files it reads. */
export function seeAllWithValidate(file: string): string {
  return fileKindOf(file) === undefined ? FIX_AND_RERUN : '`grade validate --format json` on it lists them all';
}

/**
 * Prints diagnostics on stderr (at most SHOWN_PER_FILE a file, then how to see the rest:
 * `seeAll`) and says whether any was an error.
 */
export function reportDiagnostics(io: Io, options: CommonOptions, diagnostics: readonly Diagnostic[],
  seeAll: (file: string) => string = seeAllWithValidate): Outcome {
  if (diagnostics.length > 0) io.stderr(formatDiagnostics(diagnostics, { color: useColor(io, options.color, 'stderr') }, seeAll));
  return hasErrors(diagnostics) ? 'input-error' : 'ok';
}

/** Everything a run reads that --output must never replace: the criteria folder and the given inputs. */
function protectedInputs(io: Io, options: CommonOptions, inputs: readonly string[]): string[] {
  return [criteriaDirOf(options, io), ...inputs];
}

/**
 * Writes a command's output to --output (see `openOutput`) or to stdout. `inputs` are the files
 * and folders the run read besides the criteria folder (which is always protected);
 * `{ replace: false }` refuses an existing --output file.
 */
export async function emit(io: Io, options: CommonOptions, text: string, inputs: readonly string[] = [], output: OutputOptions = {}): Promise<void> {
  if (options.output) await writeOutput(options.output, text, protectedInputs(io, options, inputs), output);
  else io.stdout(text);
}

/** Opens a command's output for streamed writing: --output (see `openOutput`) or stdout. */
export function openEmit(io: Io, options: CommonOptions, inputs: readonly string[] = []): Output {
  if (options.output) return openOutput(options.output, protectedInputs(io, options, inputs));
  return { write: (text) => io.stdout(text), close: () => Promise.resolve(), abort: () => undefined };
}
