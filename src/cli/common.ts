import { isAbsolute, relative } from 'node:path';
import { Option, type Command } from 'commander';
import type { Diagnostic } from '../shared/diagnostics.js';
import { hasErrors } from '../shared/diagnostics.js';
import { formatDiagnostics } from '../render/diagnostics.js';
import { DEFAULT_MAX_FILE_BYTES } from '../shared/read-text.js';
import { useColor } from './color.js';
import { defaultCriteriaDir } from './criteria-dir.js';
import type { Io } from './io.js';
import { openOutput, writeOutput, type Output } from './output.js';
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
}

function parseSize(value: string): number {
  const match = /^(\d+)([kmg]?)b?$/i.exec(value.trim());
  if (!match) throw new Error(`expected a size such as 16m or 500000, got "${value}"`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(match[1]) * unit;
}

/** Adds --format with choices taken from a renderer table's keys, and the other common options. */
export function addCommonOptions(command: Command, formats: readonly string[], defaultFormat: string): Command {
  return command
    .addOption(new Option('--format <name>', 'output format').choices(formats).default(defaultFormat))
    .option('--criteria <dir>', 'criteria folder (default: the one shipped with grade)')
    .option('--output <file>', 'write the output to a file (atomically) instead of stdout')
    .option('--no-color', 'never colour the output (also NO_COLOR)')
    .addOption(new Option('--max-file-size <bytes>', `largest input file read (default ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024}m)`).argParser(parseSize))
    .option('--debug', 'print stack traces of internal errors');
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

/** Prints diagnostics on stderr and says whether any was an error. */
export function reportDiagnostics(io: Io, options: CommonOptions, diagnostics: readonly Diagnostic[]): Outcome {
  if (diagnostics.length > 0) io.stderr(formatDiagnostics(diagnostics, { color: useColor(io, options.color, 'stderr') }));
  return hasErrors(diagnostics) ? 'input-error' : 'ok';
}

/** Everything a run reads that --output must never replace: the criteria folder and the given inputs. */
function protectedInputs(io: Io, options: CommonOptions, inputs: readonly string[]): string[] {
  return [criteriaDirOf(options, io), ...inputs];
}

/**
 * Writes a command's output to --output (see `openOutput`) or to stdout. `inputs` are the files
 * and folders the run read besides the criteria folder (which is always protected).
 */
export function emit(io: Io, options: CommonOptions, text: string, inputs: readonly string[] = []): void {
  if (options.output) writeOutput(options.output, text, protectedInputs(io, options, inputs));
  else io.stdout(text);
}

/** Opens a command's output for streamed writing: --output (see `openOutput`) or stdout. */
export function openEmit(io: Io, options: CommonOptions, inputs: readonly string[] = []): Output {
  if (options.output) return openOutput(options.output, protectedInputs(io, options, inputs));
  return { write: (text) => io.stdout(text), close: () => undefined, abort: () => undefined };
}
