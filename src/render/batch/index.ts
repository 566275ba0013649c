import type { BatchRun, BatchResult } from '../../batch/model.js';
import type { BatchRenderOptions } from './sections.js';
import { CSV_HEADER, csvRow } from './csv.js';
import { renderBatchJson, renderBatchJsonPieces } from './json.js';
import { renderBatchMarkdown } from './markdown.js';
import { renderBatchHtml } from './html.js';
import { renderBatchText } from './text.js';

/**
 * A format drawn from the finished, sorted report. `pieces`, when a format has it, is the same
 * document as a pure generator of strings (their concatenation is `render`'s text), which the
 * CLI writes as they come instead of building the whole text first.
 */
export interface DocumentRenderer {
  kind: 'document';
  render: (report: BatchRun, options: BatchRenderOptions) => string;
  pieces?: (report: BatchRun, options: BatchRenderOptions) => Iterable<string>;
}

/** A format written while files are graded: a header, then one row per graded file in path order. */
export interface RowRenderer { kind: 'rows'; header: string; row: (result: BatchResult) => string }

export type BatchRenderer = DocumentRenderer | RowRenderer;

/** Every output format of `grade batch`; `--format` choices come from these keys. */
export const batchRenderers = {
  text: { kind: 'document', render: renderBatchText },
  json: { kind: 'document', render: renderBatchJson, pieces: renderBatchJsonPieces },
  csv: { kind: 'rows', header: CSV_HEADER, row: csvRow },
  markdown: { kind: 'document', render: renderBatchMarkdown },
  html: { kind: 'document', render: renderBatchHtml },
} satisfies Record<string, BatchRenderer>;

export type BatchFormat = keyof typeof batchRenderers;
