import type { BatchRun, BatchResult } from '../../batch/model.js';
import { jsonList, jsonPieces } from '../json-pieces.js';
import type { RenderOptions } from '../style.js';

type FrameworkNames = ReadonlyMap<string, { id: string; title: string; version: string }>;

/** A result's short form in the JSON output: SPEC §5's names, with the framework spelled out. */
function shortForm(result: BatchResult, frameworks: FrameworkNames) {
  return {
    file: result.file,
    force: result.force,
    framework: frameworks.get(result.framework) ?? { id: result.framework, title: result.framework, version: '' },
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
 * `grade batch --format json` as pieces whose concatenation is the document of `renderBatchJson`,
 * final newline included. The lists (results, errors, warnings, moderation …) are made an element
 * at a time, so a batch of any size is never held as one object tree or one string. Pure: a
 * generator of strings.
 */
export function* renderBatchJsonPieces(report: BatchRun, _options: RenderOptions): Generator<string> {
  // One `framework` object per framework, shared by its results (the text is the same).
  const frameworks: FrameworkNames = new Map(report.frameworks.map((f) => [f.id, { id: f.id, title: f.title, version: f.version }]));
  const diagnostic = (d: BatchRun['warnings'][number]) => ({ file: d.file, message: d.message, code: d.code, line: d.line, column: d.column });
  yield* jsonPieces({
    schemaVersion: report.schemaVersion,
    // Each framework names its scheme; each scheme's grades are said once, lowest first.
    frameworks: report.frameworks.map(({ grades: _grades, scored: _scored, ...f }) => f),
    schemes: Object.fromEntries(report.frameworks.map((f) => [f.scheme, { grades: f.grades }])),
    summary: report.summary,
    results: jsonList(report.results, (r) => shortForm(r, frameworks)),
    errors: jsonList(report.errors, (e) => ({ ...diagnostic(e.diagnostic), file: e.file, errorCount: e.errorCount,
      ...(e.force ? { force: e.force } : {}), ...(e.framework ? { framework: e.framework } : {}) })),
    warnings: jsonList(report.warnings, diagnostic),
    skipped: report.skipped,
    excluded: report.excluded,
    registry: report.registry,
    missing: report.missing,
    movement: report.movement,
    moderation: report.moderation,
  });
  yield '\n';
}

/**
 * `grade batch --format json`: `{schemaVersion, frameworks, schemes, summary, results, errors, warnings,
 * skipped, excluded, registry, missing, movement, moderation}` (SPEC §5; schemas/batch.schema.json),
 * two-space indented. Every warning and skipped file is listed (the text and Markdown forms list
 * the first few of each kind), `--quiet` or not.
 */
export function renderBatchJson(report: BatchRun, options: RenderOptions): string {
  let text = '';
  for (const piece of renderBatchJsonPieces(report, options)) text += piece;
  return text;
}
