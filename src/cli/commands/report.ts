import type { Command } from 'commander';
import { reportRenderers } from '../../render/report/index.js';
import { addCommonOptions, nonEmpty } from '../common.js';
import { addExcludeOption } from '../exclude.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ReportCommandOptions } from './report-run.js';

const EXAMPLES = `
Examples:
  $ grade report evidence/hertfordshire-2007 --output hertfordshire.html
  $ grade report evidence/hertfordshire-2007 --national national.json --output hertfordshire.html
  $ grade report evidence/hertfordshire-2007 --format markdown > hertfordshire.md

The paths are one force's evidence files, or folders of them (every *.json file under a folder).
A *.narrative.json file among them is the force narrative: the force overview that opens the
report and each group's overview at the head of its frameworks (grade validate checks it).
--national takes the JSON that \`grade batch --format json\` prints; only its "summary" is read.
Evidence for several forces, an unknown framework or two files for one framework is an input
problem (exit 1); then no report is written.`;


/** `grade report <paths…>`: a force's full inspection report, as HTML or Markdown. */
export function registerReportCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  const command = program
    .command('report <paths...>')
    .description('Write a force\'s inspection report (HTML or Markdown) from its evidence files, laid out like the source report.')
    .option('--national <batch.json>', 'include each framework\'s national grade distribution from a `grade batch --format json` result', nonEmpty('a file'))
    .option('--allow-incomplete', 'count criteria without a finding as not met instead of failing');
  addExcludeOption(command);
  addCommonOptions(command, Object.keys(reportRenderers), 'html')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], options: ReportCommandOptions) => {
      const { reportCommand } = await import('./report-run.js');
      done(await reportCommand(io, paths, options));
    });
}
