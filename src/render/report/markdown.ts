import type { ForceReport } from '../../batch/report-model.js';
import type { RenderOptions } from '../style.js';
import { markdownDocument } from './markdown-writer.js';
import { reportDocument } from './build-document.js';

/** A force's report as Markdown: the same document as the HTML page, charts as tables. */
export function renderReportMarkdown(report: ForceReport, _options: RenderOptions): string {
  return markdownDocument(reportDocument(report));
}
