import type { Command } from 'commander';
import { batchRenderers } from '../../render/batch/index.js';
import { addCommonOptions, nonEmpty, wholeNumber } from '../common.js';
import { addExcludeOption } from '../exclude.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { BatchCommandOptions } from './batch-run.js';

const EXAMPLES = `
Examples:
  $ grade batch evidence/
  $ grade batch fixtures/national-2007 --forces fixtures/national-2007/forces.yaml
  $ grade batch evidence/ --format csv --output grades.csv
  $ grade batch evidence/ --format json --output round-2.json --compare round-1.json

Evidence files are the *.json files under each folder (hidden entries, node_modules and what
--exclude names left out); each file's framework is read from the file. A JSON file found in a
folder that is plainly not evidence (no "framework" and no "findings", like a package.json) is
skipped and listed, not counted as an error. Exit code 1 when any file could not be graded:
the others are still graded and summarised; also when every JSON file found was skipped as
not evidence. Exit code 2 when the paths hold no *.json file at all (an empty folder, or every
file left out by --exclude), as for a path that cannot be read.`;

/** More worker threads than this would cost their start-up and memory for nothing on any machine. */
const MAX_JOBS = 256;
const parseJobs = wholeNumber(1, MAX_JOBS, `expected a whole number of worker threads from 1 to ${MAX_JOBS}`);

/** `grade batch <paths…>`: grade every evidence file under the paths and print the national summary. */
export function registerBatchCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  const command = program
    .command('batch <paths...>')
    .summary('Grade every evidence file under the paths and print the national summary of judgements.')
    .description('Grade every evidence file under the paths and print the national summary of judgements, the force summary, the files that could not be graded and the registered forces with no evidence.')
    .option('--allow-incomplete', 'count criteria without a finding as not met instead of failing the file')
    .option('--forces <file>', 'forces registry (YAML) to report missing forces against (default: the 43 forces of England and Wales)', nonEmpty('a file'))
    .option('--compare <batch.json>', 'a previous `grade batch --format json` output: report which grades improved, were stable or deteriorated', nonEmpty('a file'))
    // No commander default: it would print this machine's core count in --help.
    .option('--jobs <n>', 'worker threads to grade with (default: the number of cores; at most twice the cores, and no more than fit under an address-space limit such as ulimit -v)', parseJobs)
    .option('--quiet', 'leave warnings out of the text and Markdown output and stderr (errors are always shown; --format json lists all)');
  addExcludeOption(command);
  addCommonOptions(command, Object.keys(batchRenderers), 'text', { width: 'fit' })
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], options: BatchCommandOptions) => {
      const { batchCommand } = await import('./batch-run.js');
      done(await batchCommand(io, paths, options));
    });
}

