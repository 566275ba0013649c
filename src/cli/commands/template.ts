import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { schemaFile } from '../../io/schemas-dir.js';
import { loadCriteriaFile } from '../../criteria/load.js';
import type { Criteria } from '../../criteria/model.js';
import { criteriaDirOf, emit, nonEmpty, reportDiagnostics, type CommonOptions } from '../common.js';
import { criteriaFileFor } from '../criteria-dir.js';
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
 * An evidence skeleton for a framework: every criterion and factor listed with an empty status,
 * so the file fails validation until an inspector has filled in each one. `schema` is its
 * `$schema` (see `schemaReference`).
 */
export function evidenceTemplate(criteria: Criteria, schema: string): string {
  const skeleton = {
    $schema: schema,
    framework: criteria.framework,
    criteriaVersion: criteria.version,
    force: { id: '', name: '' },
    findings: criteria.criteria.map((c) => ({ criterion: c.id, status: '', evidence: [], sources: [] })),
    excellence: criteria.excellence.map((f) => ({ factor: f.id, status: '', evidence: [] })),
    report: { contextualFactors: [], strengths: [], workInProgress: [], areasForImprovement: [], recommendations: [], developingPractice: [] },
  };
  return `${JSON.stringify(skeleton, null, 2)}\n`;
}

/** `grade template <framework>`. */
export function registerTemplateCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  program
    .command('template <framework>')
    .description('Print an evidence skeleton listing every criterion; it fails validation until each status is filled in.')
    .option('--criteria <dir>', 'criteria folder (default: the one shipped with grade)', nonEmpty('a folder'))
    .option('--output <file>', 'write the skeleton to a file (atomically) instead of stdout', nonEmpty('a file name'))
    .addHelpText('after', '\nExamples:\n  $ grade template neighbourhood-policing > evidence.json\n  $ grade template child-abuse --output evidence/my-force/child-abuse.json')
    .action(async (framework: string, options: CommonOptions) => {
      const file = criteriaFileFor(criteriaDirOf(options, io), framework);
      const criteria = await loadCriteriaFile(file);
      if (!criteria.ok) return done(reportDiagnostics(io, { ...options, color: false }, criteria.diagnostics));
      // `$schema` is relative to where the file is written: --output's folder, else the working directory.
      const folder = options.output === undefined ? io.cwd : dirname(resolve(io.cwd, options.output));
      emit(io, options, evidenceTemplate(criteria.value, schemaReference(folder, schemaFile('evidence'))), [file]);
      done('ok');
    });
}
