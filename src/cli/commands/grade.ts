import type { Command } from 'commander';
import { loadCriteriaFile } from '../../criteria/load.js';
import { forceNamesOf } from '../../evidence/force-name.js';
import { gradeFile } from '../../batch/grade-file.js';
import { gradeRenderers, type GradeFormat } from '../../render/grade/index.js';
import { quote } from '../../shared/quote.js';
import { didYouMean } from '../../shared/suggest.js';
import { COMMAND_NAMES } from '../../shared/command-names.js';
import { useColor } from '../color.js';
import { addCommonOptions, criteriaDirOf, emit, outputWidth, reportDiagnostics, type CommonOptions } from '../common.js';
import { criteriaFileFor, frameworkIds } from '../criteria-dir.js';
import { UsageError } from '../errors.js';
import { assertReadableFile } from '../file-targets.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';

interface GradeCommandOptions extends CommonOptions {
  allowIncomplete?: boolean;
  showEvidence?: boolean;
}

const EXAMPLES = `
Examples:
  $ grade neighbourhood-policing evidence.json
  $ grade child-abuse evidence.json --format json --output result.json
  $ grade missing-persons draft.json --allow-incomplete
  $ grade public-protection evidence.json --show-evidence --width 80`;

/** `grade <framework> <evidence.json>`: grade one file and justify the grade. */
export function registerGradeCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  const command = program
    .command('grade [framework] [evidence]', { isDefault: true })
    .summary('Grade one evidence file (the default command).')
    .description('Grade one evidence file against a framework\'s criteria and justify the grade.')
    // The default command: its usage is the program's own, not "grade grade …" (which works, but reads as a stammer).
    .configureHelp({ commandUsage: (cmd) => `${cmd.parent?.name() ?? 'grade'} ${cmd.usage()}` })
    .option('--allow-incomplete', 'count criteria without a finding, or whose status is blank (a draft), as not met instead of failing')
    .option('--show-evidence', 'show every finding\'s evidence and sources in the criteria listing (text, markdown, html)');
  addCommonOptions(command, Object.keys(gradeRenderers), 'text', { width: 'wrap' })
    .addHelpText('after', EXAMPLES)
    .action(async (framework: string | undefined, evidence: string | undefined, options: GradeCommandOptions) => {
      if (framework === undefined) {
        io.stderr(program.helpInformation());
        return done('usage-error');
      }
      if (evidence === undefined) throw missingEvidence(framework, frameworkIds(criteriaDirOf(options, io)));
      done(await gradeCommand(io, framework, evidence, options));
    });
}

async function gradeCommand(io: Io, framework: string, evidenceFile: string, options: GradeCommandOptions): Promise<Outcome> {
  const criteriaDir = criteriaDirOf(options, io);
  const criteriaFile = criteriaFileFor(criteriaDir, framework);
  assertReadableFile(evidenceFile);
  const criteria = await loadCriteriaFile(criteriaFile, options.maxFileSize);
  if (!criteria.ok) return reportDiagnostics(io, options, criteria.diagnostics);
  // The shipped registry (parsed at build time: no YAML) names the registered forces.
  const registry = await (await import('../../batch/forces.js')).loadShippedRegistry();
  const graded = await gradeFile(criteria.value, evidenceFile, {
    framework, allowIncomplete: options.allowIncomplete === true, ...(options.maxFileSize ? { maxFileBytes: options.maxFileSize } : {}),
    frameworks: { ids: frameworkIds(criteriaDir), dir: criteriaDir },
    ...(registry ? { forceNames: forceNamesOf(registry.forces) } : {}),
  });
  const outcome = reportDiagnostics(io, options, graded.diagnostics);
  if (!graded.ok) return outcome;
  const render = gradeRenderers[options.format as GradeFormat];
  const color = !options.output && useColor(io, options.color);
  const shown = { color, width: outputWidth(io, options), showEvidence: options.showEvidence === true };
  await emit(io, options, render(graded.result, shown), [evidenceFile, criteriaFile]);
  return outcome;
}

/**
 * `grade <word>` alone: a framework without its evidence file, or (when the word is neither a
 * framework nor a command) an unknown command or framework, with the closest of either.
 */
function missingEvidence(word: string, frameworks: readonly string[]): UsageError {
  if (frameworks.includes(word)) return new UsageError(`missing the evidence file: grade ${word} <evidence.json>`);
  const commands = COMMAND_NAMES.filter((name) => name !== 'grade');
  const hint = didYouMean(word, [...commands, ...frameworks]);
  return new UsageError(`unknown command or framework ${quote(word)}${hint || ' (see `grade --help` for the commands, `grade list` for the frameworks)'}`);
}

