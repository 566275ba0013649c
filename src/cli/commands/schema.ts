import type { Command } from 'commander';
import { readTextFileSync } from '../../io/read-text.js';
import { SCHEMA_SUFFIX, schemaFile, schemaNames, schemasDir } from '../../io/schemas-dir.js';
import { quote } from '../../shared/quote.js';
import { didYouMean } from '../../shared/suggest.js';
import { displayPath, emit, nonEmpty, reportDiagnostics, type CommonOptions } from '../common.js';
import { UsageError } from '../errors.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';

/** The schema names of the installed package, or a usage error saying which folder could not be read. */
function availableSchemas(io: Io, dir: string): string[] {
  try {
    return schemaNames(dir);
  } catch {
    throw new UsageError(`cannot read the schemas folder ${displayPath(io.cwd, dir)}`);
  }
}

/** A likely intended name: a close one (`didYouMean`), else the only one that `name` begins (`validate` → `validate-result`). */
function hintFor(name: string, names: readonly string[]): string {
  const close = didYouMean(name, names);
  if (close !== '') return close;
  const longer = names.filter((candidate) => candidate.startsWith(`${name}-`));
  return longer.length === 1 ? `; did you mean ${quote(longer[0])}?` : '';
}

/** `grade schema <name>`: prints one of the package's JSON Schemas, so editors and tools can use it offline. */
export function registerSchemaCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  program
    .command('schema <name>')
    .summary('Print one of grade\'s JSON Schemas (criteria, evidence, results…).')
    .description('Print one of the JSON Schemas shipped with grade, as the file in its schemas/ folder.')
    .option('--output <file>', 'write the schema to a file (atomically) instead of stdout (- is stdout)', nonEmpty('a file name'))
    .addHelpText('after', () => `\nSchemas: ${availableSchemas(io, schemasDir()).join(', ')}\n\nExamples:\n  $ grade schema evidence\n  $ grade schema criteria --output schemas/criteria.schema.json`)
    .action(async (given: string, options: CommonOptions) => {
      const dir = schemasDir();
      const names = availableSchemas(io, dir);
      const name = given.endsWith(SCHEMA_SUFFIX) ? given.slice(0, -SCHEMA_SUFFIX.length) : given;
      if (!names.includes(name)) throw new UsageError(`unknown schema ${quote(given)}${hintFor(name, names)} (available: ${names.join(', ') || 'none'})`);
      const text = readTextFileSync(schemaFile(name, dir));
      if (!text.ok) return done(reportDiagnostics(io, { ...options, color: false }, text.diagnostics));
      await emit(io, options, text.value.endsWith('\n') ? text.value : `${text.value}\n`, [dir]);
      done('ok');
    });
}
