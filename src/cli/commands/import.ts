import type { Command } from 'commander';
import { loadCriteriaFile } from '../../criteria/load.js';
import { importFindingsCsv } from '../../evidence/import-csv.js';
import { DEFAULT_MAX_FILE_BYTES, readTextFile } from '../../io/read-text.js';
import { criteriaDirOf, emit, forceId, nonEmpty, parseSize, reportDiagnostics, type CommonOptions } from '../common.js';
import { criteriaFileFor } from '../criteria-dir.js';
import type { Outcome } from '../exit-codes.js';
import { assertReadableFile } from '../file-targets.js';
import type { Io } from '../io.js';

interface ImportOptions extends CommonOptions {
  forceId: string;
  forceName: string;
  force?: boolean;
}

const EXAMPLES = `
Examples:
  $ grade template child-abuse --format csv --output child-abuse.csv
  $ mkdir -p evidence/my-force
  $ grade import child-abuse child-abuse.csv --force-id my-force --force-name "My Force" --output evidence/my-force/child-abuse.json
  $ grade child-abuse evidence/my-force/child-abuse.json`;

/** `grade import <framework> <findings.csv>`: a filled-in findings spreadsheet back into evidence JSON. */
export function registerImportCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  program
    .command('import <framework> <csv>')
    .summary('Turn a findings spreadsheet (CSV from `grade template --format csv`) into evidence JSON.')
    .description('Turn a findings spreadsheet (the CSV that `grade template --format csv` writes, filled in) into evidence JSON; each problem is named by row and column.')
    .requiredOption('--force-id <id>', 'the force the evidence is for (a kebab-case id; required)', forceId)
    .requiredOption('--force-name <name>', 'the force\'s name (required)', nonEmpty('a force name'))
    .option('--criteria <dir>', 'criteria folder (default: the one shipped with grade)', nonEmpty('a folder'))
    .option('--output <file>', 'write the evidence to a file (atomically) instead of stdout (- is stdout); never over an existing file without --force', nonEmpty('a file name'))
    .option('--force', 'let --output replace an existing file')
    .option('--max-file-size <bytes>', `largest input file read (default ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024}m)`, parseSize)
    .option('--no-color', 'never colour the output (also NO_COLOR)')
    .addHelpText('after', EXAMPLES)
    .action(async (framework: string, sheet: string, options: ImportOptions) => {
      const criteriaFile = criteriaFileFor(criteriaDirOf(options, io), framework);
      assertReadableFile(sheet);
      const criteria = await loadCriteriaFile(criteriaFile, options.maxFileSize);
      if (!criteria.ok) return done(reportDiagnostics(io, options, criteria.diagnostics));
      const text = await readTextFile(sheet, options.maxFileSize);
      if (!text.ok) {
        const diagnostics = text.diagnostics.map((d) => (d.code === 'invalid-encoding' ? { ...d, message: `${d.message}; save the sheet as "CSV UTF-8"` } : d));
        return done(reportDiagnostics(io, options, diagnostics));
      }
      const imported = importFindingsCsv(criteria.value, text.value, sheet, { force: { id: options.forceId, name: options.forceName } });
      const outcome = reportDiagnostics(io, options, imported.diagnostics);
      if (!imported.ok) return done(outcome);
      await emit(io, options, `${JSON.stringify(imported.value, null, 2)}\n`, [sheet, criteriaFile], { replace: options.force === true });
      done(outcome);
    });
}
