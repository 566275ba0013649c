import type { Command } from 'commander';
import { loadCriteriaFile } from '../../criteria/load.js';
import type { Criteria } from '../../criteria/model.js';
import { showRenderers, type ShowFormat, type ShowInput } from '../../render/show/index.js';
import { quote } from '../../shared/quote.js';
import { closest, didYouMean } from '../../shared/suggest.js';
import { useColor } from '../color.js';
import { addCommonOptions, criteriaDirOf, emit, outputWidth, reportDiagnostics, type CommonOptions } from '../common.js';
import { criteriaFileFor } from '../criteria-dir.js';
import { UsageError } from '../errors.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';

const EXAMPLES = `
Examples:
  $ grade show neighbourhood-policing
  $ grade show neighbourhood-policing NP-G7
  $ grade show child-abuse CA-F1 CA-F2 beacon --format markdown`;

/**
 * The criteria and factors named, in the order named (each once), or a usage error naming every
 * id the framework does not have, each with the closest one.
 */
export function selectForShow(criteria: Criteria, ids: readonly string[]): NonNullable<ShowInput['selected']> {
  const selected: NonNullable<ShowInput['selected']>[number][] = [];
  const unknown: string[] = [];
  for (const id of new Set(ids)) {
    const criterion = criteria.criteria.find((c) => c.id === id);
    const factor = criteria.excellence.find((f) => f.id === id);
    if (criterion) selected.push({ kind: 'criterion', criterion });
    else if (factor) selected.push({ kind: 'factor', factor });
    else unknown.push(id);
  }
  if (unknown.length > 0) {
    const known = [...criteria.criteria.map((c) => c.id), ...criteria.excellence.map((f) => f.id)];
    const see = `\`grade show ${criteria.framework}\` lists them`;
    const [only] = unknown;
    if (only !== undefined && unknown.length === 1) {
      throw new UsageError(`${criteria.framework} has no criterion or excellence factor ${quote(only)}${didYouMean(only, known) || ` (${see})`}`);
    }
    const named = unknown.map((id) => {
      const near = closest(id, known);
      return near === undefined ? quote(id) : `${quote(id)} (did you mean ${quote(near)}?)`;
    });
    throw new UsageError(`${criteria.framework} has no criteria or excellence factors ${named.join(', ')} (${see})`);
  }
  return selected;
}

/** `grade show <framework> [criterion…]`: the criteria themselves, for people. */
export function registerShowCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  const command = program
    .command('show <framework> [ids...]')
    .summary('Show a framework\'s criteria and excellence factors, or just the ones named.')
    .description('Show a framework\'s criteria (grouped by level and theme, with flags, text and guidance) and its excellence factors; with ids, just those in full.');
  addCommonOptions(command, Object.keys(showRenderers), 'text', { width: 'wrap' })
    .addHelpText('after', EXAMPLES)
    .action(async (framework: string, ids: string[], options: CommonOptions) => {
      const file = criteriaFileFor(criteriaDirOf(options, io), framework);
      const criteria = await loadCriteriaFile(file, options.maxFileSize);
      if (!criteria.ok) return done(reportDiagnostics(io, options, criteria.diagnostics));
      const input: ShowInput = { criteria: criteria.value, ...(ids.length > 0 ? { selected: selectForShow(criteria.value, ids) } : {}) };
      const outcome = reportDiagnostics(io, options, criteria.diagnostics);
      const render = showRenderers[options.format as ShowFormat];
      await emit(io, options, render(input, { color: !options.output && useColor(io, options.color), width: outputWidth(io, options) }), [file]);
      done(outcome);
    });
}
