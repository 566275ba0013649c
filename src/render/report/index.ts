import type { ForceReport } from '../../batch/report-model.js';
import type { RenderOptions } from '../style.js';
import { renderReportHtml } from './html.js';
import { renderReportMarkdown } from './markdown.js';

/** A renderer of a force's report. */
export type ReportRenderer = (report: ForceReport, options: RenderOptions) => string;

/** Every output format of `grade report`; `--format` choices come from these keys. */
export const reportRenderers = {
  html: renderReportHtml,
  markdown: renderReportMarkdown,
} satisfies Record<string, ReportRenderer>;

export type ReportFormat = keyof typeof reportRenderers;
