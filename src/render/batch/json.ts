import type { BatchRun, BatchResult } from '../../batch/model.js';
import type { RenderOptions } from '../style.js';

/** A result's short form in the JSON output: SPEC §5's names, with the framework spelled out. */
function shortForm(result: BatchResult, frameworks: ReadonlyMap<string, { title: string; version: string }>) {
  const framework = frameworks.get(result.framework);
  return {
    file: result.file,
    force: result.force,
    framework: { id: result.framework, title: framework?.title ?? result.framework, version: framework?.version ?? '' },
    grade: result.grade,
    computedGrade: result.computedGrade,
    judged: result.judged,
    decision: { rule: result.rule },
    limiters: result.limiters,
    margin: result.margin,
    direction: result.direction,
    goodShare: result.goodShare,
    incomplete: result.incomplete,
    missing: result.missing,
    advisories: result.advisories,
  };
}

/**
 * `grade batch --format json`: `{schemaVersion, frameworks, schemes, summary, results, errors, warnings,
 * skipped, excluded, registry, missing, movement}` (SPEC §5; schemas/batch.schema.json), two-space
 * indented. Every warning and skipped file is listed (the text and Markdown forms list the first
 * few of each kind), `--quiet` or not.
 */
export function renderBatchJson(report: BatchRun, _options: RenderOptions): string {
  const frameworks = new Map(report.frameworks.map((f) => [f.id, f]));
  const diagnostic = (d: BatchRun['warnings'][number]) => ({ file: d.file, message: d.message, code: d.code, line: d.line, column: d.column });
  const document = {
    schemaVersion: report.schemaVersion,
    // Each framework names its scheme; each scheme's grades are said once, lowest first.
    frameworks: report.frameworks.map(({ grades: _grades, ...f }) => f),
    schemes: Object.fromEntries(report.frameworks.map((f) => [f.scheme, { grades: f.grades }])),
    summary: report.summary,
    results: report.results.map((r) => shortForm(r, frameworks)),
    errors: report.errors.map((e) => ({ ...diagnostic(e.diagnostic), file: e.file, errorCount: e.errorCount,
      ...(e.force ? { force: e.force } : {}), ...(e.framework ? { framework: e.framework } : {}) })),
    warnings: report.warnings.map(diagnostic),
    skipped: report.skipped,
    excluded: report.excluded,
    registry: report.registry,
    missing: report.missing,
    movement: report.movement,
    moderation: report.moderation,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
