import type { GradeResult } from '../../engine/result.js';
import { htmlPage } from '../report/html-writer.js';
import { gradeDocument } from '../report/build-document.js';
import type { GradeRenderOptions } from './options.js';

/** One graded file as a self-contained HTML page: the report's section for its framework. */
export function renderGradeHtml(result: GradeResult, options: GradeRenderOptions): string {
  return htmlPage(`${result.framework.title}: ${result.force.name}`, gradeDocument(result, { evidence: options.showEvidence === true }));
}
