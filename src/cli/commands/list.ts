import { Option, type Command } from 'commander';
import { countsSentence } from '../../render/show/model.js';
import { loadCriteriaFile } from '../../criteria/load.js';
import { compareFrameworks, type Criteria } from '../../criteria/model.js';
import type { Diagnostic } from '../../shared/diagnostics.js';
import { listRenderers, type FrameworkSummary, type ListFormat } from '../../render/list/index.js';
import { useColor } from '../color.js';
import { addWidthOption, criteriaDirOf, emit, fitWidth, nonEmpty, reportDiagnostics, type CommonOptions } from '../common.js';
import { frameworkIds } from '../criteria-dir.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';
import { join } from 'node:path';
import { appendAll } from '../../shared/append.js';

/** Loads every criteria file of a folder, in report order; invalid files give diagnostics. */
export async function loadAllCriteria(dir: string, maxBytes?: number): Promise<{ criteria: Criteria[]; diagnostics: Diagnostic[] }> {
  const loaded = await Promise.all(frameworkIds(dir).map((id) => loadCriteriaFile(join(dir, `${id}.yaml`), maxBytes)));
  const criteria: Criteria[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of loaded) {
    appendAll(diagnostics, item.diagnostics);
    if (item.ok) criteria.push(item.value);
  }
  return { criteria: criteria.sort(compareFrameworks), diagnostics };
}

/** Counts of a framework's criteria for `grade list`. */
export function summarise(criteria: Criteria): FrameworkSummary {
  const { scheme } = criteria;
  const counts: Record<string, number> = {};
  for (const level of scheme.levels) counts[level.id] = criteria.criteria.filter((c) => c.level === level.id).length;
  for (const flag of scheme.flags) counts[flag.id] = criteria.criteria.filter((c) => c.flags.includes(flag.id)).length;
  return {
    id: criteria.framework, title: criteria.title, group: criteria.group, version: criteria.version,
    scheme: scheme.id, criteria: criteria.criteria.length, counts,
    breakdown: countsSentence(criteria).replace(/^[^:]*: /, ''), sha256: criteria.sha256,
  };
}

/** `grade list`: the frameworks available, with criteria counts and version. */
export function registerListCommand(program: Command, io: Io, done: (outcome: Outcome) => void): void {
  const command = program
    .command('list')
    .description('List the frameworks available, with criteria counts and version.')
    .addOption(new Option('--format <name>', 'output format').choices(Object.keys(listRenderers)).default('text'))
    .option('--criteria <dir>', 'criteria folder (default: the one shipped with grade)', nonEmpty('a folder'))
    .option('--output <file>', 'write the output to a file (atomically) instead of stdout (- is stdout)', nonEmpty('a file name'))
    .option('--no-color', 'never colour the output (also NO_COLOR)');
  addWidthOption(command, 'fit')
    .addHelpText('after', '\nExamples:\n  $ grade list\n  $ grade list --format json --criteria ./criteria')
    .action(async (options: CommonOptions) => {
      const { criteria, diagnostics } = await loadAllCriteria(criteriaDirOf(options, io));
      const outcome = reportDiagnostics(io, options, diagnostics);
      const render = listRenderers[options.format as ListFormat];
      await emit(io, options, render(criteria.map(summarise), { color: !options.output && useColor(io, options.color), width: fitWidth(io, options) }));
      done(outcome);
    });
}
