import type { GradeResult } from '../../engine/result.js';
import { htmlPage } from '../report/html-writer.js';
import { gradeDocument } from '../report/build-document.js';
import type { RenderOptions } from '../style.js';

/** One graded file as a self-contained HTML page: the report's section for its framework. */
export function renderGradeHtml(result: GradeResult, _options: RenderOptions): string {
  return htmlPage(`${result.framework.title}: ${result.force.name}`, gradeDocument(result));
}
