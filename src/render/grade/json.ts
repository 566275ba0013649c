import type { GradeResult } from '../../engine/result.js';
import type { RenderOptions } from '../style.js';

/** The SPEC §5 JSON object, two-space indented, one trailing newline. */
export function renderGradeJson(result: GradeResult, _options: RenderOptions): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
