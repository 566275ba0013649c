import type { ForceReport } from '../../batch/report-model.js';
import type { RenderOptions } from '../style.js';
import { htmlPage } from './html-writer.js';
import { reportDocument, reportTitle } from './build-document.js';

/** A force's report as one self-contained, printable HTML page. */
export function renderReportHtml(report: ForceReport, _options: RenderOptions): string {
  return htmlPage(reportTitle(report), reportDocument(report));
}
