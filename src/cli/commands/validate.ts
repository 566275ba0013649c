import type { Command } from 'commander';
import { CriteriaStore } from '../../criteria/store.js';
import { validateRenderers, type ValidateFormat } from '../../render/validate/index.js';
import { fileKindOf } from '../../batch/validate/validation-run.js';
import { useColor } from '../color.js';
import { addCommonOptions, criteriaDirOf, emit, fitWidth, nonEmpty, wholeNumber, type CommonOptions } from '../common.js';
import { criteriaFileFor, frameworkIds } from '../criteria-dir.js';
import { addExcludeOption, type ExcludeOptions } from '../exclude.js';
import { assertNamedPath, collectFiles } from '../file-targets.js';
import type { Outcome } from '../exit-codes.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { shortRun } from '../../io/compiler.js';
import type { Diagnostic } from '../../shared/diagnostics.js';

interface ValidateCommandOptions extends CommonOptions, ExcludeOptions {
  allowIncomplete?: boolean;
  maxWarnings?: number;
  framework?: string;
}

const EXAMPLES = `
Examples:
  $ grade validate                                  # the criteria folder in use
  $ grade validate criteria/ evidence/ --format github
  $ grade validate evidence/my-force/child-abuse.json --allow-incomplete
  $ grade validate --max-warnings 0 --format sarif --output grade.sarif

Files: *.yaml criteria, *.test.yaml criteria tests, *.narrative.json force narratives (their
group overviews checked against the criteria's groups), other *.json evidence (checked against
the criteria of the framework each names, from --criteria). Folders are walked.
Exit codes: 0 valid, 1 problems found (or more warnings than --max-warnings), 2 usage.`;

const VALIDATED_KINDS = {
  one: 'a .yaml criteria file, a .test.yaml criteria test file, a .narrative.json force narrative or a .json evidence file',
  many: '.yaml criteria, .test.yaml criteria test, .narrative.json force narrative or .json evidence files',
};

const parseCount = wholeNumber(0, Number.MAX_SAFE_INTEGER, 'expected a whole number of warnings, such as 0 or 10');

/** `grade validate [paths…]`: the CI check of criteria, criteria tests and evidence files. */
export function registerValidateCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  const command = program
    .command('validate [paths...]')
    .summary('Check criteria and evidence files, with positions (for CI).')
    .description('Check criteria files, criteria test files and evidence files, and report every problem with its file, line and column.')
    .option('--allow-incomplete', 'do not report criteria without a finding or with a blank status (a draft)')
    .option('--max-warnings <count>', 'fail when there are more warnings than this', parseCount)
    .option('--framework <id>', 'check every evidence file against this framework, whatever it names', nonEmpty('a framework id'));
  addExcludeOption(command);
  addCommonOptions(command, Object.keys(validateRenderers), 'text', { width: 'fit' })
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], options: ValidateCommandOptions) => done(await validateCommand(io, paths, options)));
}

const isYmlName = (name: string): boolean => name.toLowerCase().endsWith('.yml');

function notChecked(file: string): Diagnostic {
  return { code: 'not-checked', severity: 'warning', file, line: 1, column: 1,
    message: 'not checked: criteria, criteria tests and schemes are read only from .yaml files; rename it to .yaml to check it' };
}

async function validateCommand(io: Io, paths: string[], options: ValidateCommandOptions): Promise<Outcome> {
  shortRun();
  const criteriaDir = criteriaDirOf(options, io);
  if (options.framework !== undefined) criteriaFileFor(criteriaDir, options.framework);
  const accept = (name: string) => fileKindOf(name) !== undefined || isYmlName(name);
  // A .yml file named on the command line is refused as before: only a folder's are reported as not checked.
  for (const path of paths) assertNamedPath(path, { folders: true, accept: (name) => fileKindOf(name) !== undefined, kinds: VALIDATED_KINDS });
  const walked = collectFiles(paths.length > 0 ? paths : [criteriaDir], accept, VALIDATED_KINDS, false, { exclude: options.exclude ?? [] });
  // A .yml file in a folder is likely criteria misnamed: said, so that a broken one cannot sit unread beside good ones.
  const files = walked.files.filter((file) => !isYmlName(file));
  const unchecked = walked.files.length - files.length;
  // Only .yml files found: nothing to check, as for an empty folder (a CI step that checks nothing must not pass).
  if (files.length === 0 && walked.problems.length === 0) {
    throw new UsageError(`no ${VALIDATED_KINDS.many} found in ${(paths.length > 0 ? paths : [criteriaDir]).join(', ')} (${unchecked} .yml ${unchecked === 1 ? 'file' : 'files'} not checked: rename to .yaml to check)`);
  }
  const problems = [...walked.problems, ...walked.files.filter(isYmlName).map(notChecked)];
  const store = new CriteriaStore(criteriaDir, frameworkIds(criteriaDir), options.maxFileSize);
  // Loaded on use: it brings the YAML parser, which `grade`'s own start-up does without.
  const { validateTargets } = await import('../../batch/validate/validate.js');
  const targets = files.map((file) => ({ file, kind: fileKindOf(file) ?? 'evidence' }));
  const report = await validateTargets(targets, store, {
    problems,
    maxWarnings: options.maxWarnings ?? null,
    allowIncomplete: options.allowIncomplete === true,
    ...(options.framework !== undefined ? { framework: options.framework } : {}),
    ...(options.maxFileSize ? { maxBytes: options.maxFileSize } : {}),
  });
  const render = validateRenderers[options.format as ValidateFormat];
  await emit(io, options, render(report, { color: !options.output && useColor(io, options.color), width: fitWidth(io, options) }), [...paths, ...files]);
  return report.summary.valid ? 'ok' : 'input-error';
}
