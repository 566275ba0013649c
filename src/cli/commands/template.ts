import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Option, type Command } from 'commander';
import { schemaFile } from '../../io/schemas-dir.js';
import { loadCriteriaFile } from '../../criteria/load.js';
import type { Criteria } from '../../criteria/model.js';
import { renderTemplateCsv } from '../../render/template/csv.js';
import { PLACEHOLDER_FORCE } from '../../evidence/drafts.js';
import { criteriaDirOf, emit, forceId, nonEmpty, reportDiagnostics, type CommonOptions } from '../common.js';
import { criteriaFileFor } from '../criteria-dir.js';
import { UsageError } from '../errors.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';

/**
 * The `$schema` of an evidence file written in `folder`: the path from that folder to `schema`
 * (the installed package's evidence schema), with `/` separators, as editors resolve it without
 * a network. It always starts with `./` or `../`: VS Code reads a bare `schemas/…` as an address,
 * not a path. A file: URL where no relative path exists (another drive).
 */
export function schemaReference(folder: string, schema: string): string {
  const path = relative(folder, schema);
  if (path === '' || isAbsolute(path)) return pathToFileURL(schema).href;
  const reference = path.split(sep).join('/');
  return reference.startsWith('../') ? reference : `./${reference}`;
}

/**
 * An evidence skeleton for a framework: every criterion and factor listed with an empty status
 * (in a scored scheme, a score of null), so the file fails validation until an inspector has
 * filled in each one. `schema` is its `$schema` (see `schemaReference`).
 */
export function evidenceTemplate(criteria: Criteria, schema: string, force: { id: string; name: string } = PLACEHOLDER_FORCE): string {
  const skeleton = {
    $schema: schema,
    framework: criteria.framework,
    criteriaVersion: criteria.version,
    force,
    findings: criteria.criteria.map((c) => ({ criterion: c.id, ...(criteria.scheme.scores ? { score: null } : { status: '' }), evidence: [], sources: [] })),
    excellence: criteria.excellence.map((f) => ({ factor: f.id, status: '', evidence: [] })),
    report: { contextualFactors: [], strengths: [], workInProgress: [], areasForImprovement: [], recommendations: [], developingPractice: [] },
  };
  return `${JSON.stringify(skeleton, null, 2)}\n`;
}

/** The formats of `grade template`: the evidence JSON, or the findings spreadsheet that `grade import` reads. */
const TEMPLATE_FORMATS = { json: 'json', csv: 'csv' } as const;

interface TemplateOptions extends CommonOptions {
  force?: boolean;
  forceId?: string;
  forceName?: string;
}

/** `grade template <framework>`. */
export function registerTemplateCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  program
    .command('template <framework>')
    .summary('Print an evidence skeleton (JSON) or a findings spreadsheet (CSV) listing every criterion.')
    .description('Print an evidence skeleton listing every criterion (JSON), or a findings spreadsheet (CSV) for `grade import`; a draft fails validation until each status is filled in, and grades with --allow-incomplete.')
    .addOption(new Option('--format <name>', 'json (evidence), or csv (a spreadsheet: one row per criterion and factor)').choices(Object.keys(TEMPLATE_FORMATS)).default('json'))
    .option('--criteria <dir>', 'criteria folder (default: the one shipped with grade)', nonEmpty('a folder'))
    .option('--output <file>', 'write the skeleton to a file (atomically) instead of stdout (- is stdout); never over an existing file without --force', nonEmpty('a file name'))
    .option('--force', 'let --output replace an existing file')
    .option('--force-id <id>', 'the force the evidence is for (JSON; a kebab-case id)', forceId)
    .option('--force-name <name>', 'the force\'s name (JSON)', nonEmpty('a force name'))
    // Accepted as everywhere (SPEC §4's common options); nothing template prints is coloured.
    .option('--no-color', 'never colour the output (also NO_COLOR)')
    .addHelpText('after', '\nExamples:\n  $ grade template neighbourhood-policing > evidence.json\n  $ mkdir -p evidence/my-force\n  $ grade template child-abuse --output evidence/my-force/child-abuse.json --force-id my-force --force-name "My Force"\n  $ grade template child-abuse --format csv --output child-abuse.csv')
    .action(async (framework: string, options: TemplateOptions) => {
      const csv = options.format === TEMPLATE_FORMATS.csv;
      if (csv && (options.forceId !== undefined || options.forceName !== undefined)) {
        throw new UsageError('the spreadsheet has no force: give --force-id and --force-name to `grade import` instead');
      }
      const file = criteriaFileFor(criteriaDirOf(options, io), framework);
      const criteria = await loadCriteriaFile(file);
      if (!criteria.ok) return done(reportDiagnostics(io, { ...options, color: false }, criteria.diagnostics));
      const force = { id: options.forceId ?? PLACEHOLDER_FORCE.id, name: options.forceName ?? PLACEHOLDER_FORCE.name };
      // `$schema` is relative to where the file is written: --output's folder, else the working directory.
      const folder = options.output === undefined ? io.cwd : dirname(resolve(io.cwd, options.output));
      const text = csv ? renderTemplateCsv(criteria.value) : evidenceTemplate(criteria.value, schemaReference(folder, schemaFile('evidence')), force);
      await emit(io, options, text, [file], { replace: options.force === true });
      done('ok');
    });
}
