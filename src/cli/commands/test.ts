import { join } from 'node:path';
import type { Command } from 'commander';
import { CriteriaStore } from '../../criteria/store.js';
import { summariseTestRun } from '../../batch/criteria-tests/test-run.js';
import type { TestFileResult } from '../../batch/criteria-tests/run.js';
import { testRenderers, type TestFormat } from '../../render/test/index.js';
import { useColor } from '../color.js';
import { addCommonOptions, criteriaDirOf, emit, fitWidth, type CommonOptions } from '../common.js';
import { frameworkIds } from '../criteria-dir.js';
import { addExcludeOption, type ExcludeOptions } from '../exclude.js';
import { collectFiles } from '../file-targets.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';
import { shortRun } from '../../io/compiler.js';

const EXAMPLES = `
Examples:
  $ grade test                                      # every case under <criteria>/tests/
  $ grade test criteria/tests/child-abuse.test.yaml
  $ grade test --criteria ./criteria --format junit --output criteria-tests.xml

A test file (*.test.yaml, schemas/criteria-test.schema.json) names a framework and lists
cases: evidence (a file, or inline findings) and the grade and deciding rule expected.
Exit codes: 0 every case passed, 1 a case failed or could not be graded, 2 usage.`;

/** `grade test [paths…]`: runs the test cases of the criteria themselves. */
export function registerTestCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  const command = program
    .command('test [paths...]')
    .summary('Run the test cases of the criteria (expected grades).')
    .description('Run criteria test cases: grade each case\'s evidence and compare the grade and deciding rule with those expected.');
  addExcludeOption(command);
  addCommonOptions(command, Object.keys(testRenderers), 'text', { width: 'fit' })
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], options: TestCommandOptions) => done(await testCommand(io, paths, options)));
}

type TestCommandOptions = CommonOptions & ExcludeOptions;

async function testCommand(io: Io, paths: string[], options: TestCommandOptions): Promise<Outcome> {
  shortRun();
  const criteriaDir = criteriaDirOf(options, io);
  const { files, problems } = collectFiles(paths.length > 0 ? paths : [join(criteriaDir, 'tests')], (name) => name.toLowerCase().endsWith('.test.yaml'),
    { one: 'a .test.yaml criteria test file', many: '.test.yaml criteria test files' }, false, { exclude: options.exclude ?? [] });
  const store = new CriteriaStore(criteriaDir, frameworkIds(criteriaDir), options.maxFileSize);
  // Loaded on use: they bring the YAML parser, which `grade`'s own start-up does without.
  const [{ loadTestFile }, { runTestFile }] = await Promise.all([import('../../batch/criteria-tests/load.js'), import('../../batch/criteria-tests/run.js')]);
  const results: TestFileResult[] = problems.map((problem) => ({ file: problem.file, framework: '', criteria: null, diagnostics: [problem], cases: [] }));
  for (const file of files) {
    const loaded = await loadTestFile(file, options.maxFileSize);
    results.push(loaded.ok
      ? await runTestFile(loaded.value, store, options.maxFileSize)
      : { file, framework: '', criteria: null, diagnostics: loaded.diagnostics, cases: [] });
  }
  const report = summariseTestRun(results);
  const render = testRenderers[options.format as TestFormat];
  await emit(io, options, render(report, { color: !options.output && useColor(io, options.color), width: fitWidth(io, options) }), [...paths, ...files]);
  return report.summary.ok ? 'ok' : 'input-error';
}
