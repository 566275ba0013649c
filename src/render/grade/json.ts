import type { GradeResult } from '../../engine/result.js';
import type { RenderOptions } from '../style.js';

/**
 * The SPEC §5 JSON object, two-space indented, one trailing newline. Each criterion carries a
 * boolean per flag of the scheme (hmic-2007: `significant`, `dominant`) beside its `flags`.
 */
export function renderGradeJson(result: GradeResult, _options: RenderOptions): string {
  const flagIds = result.scheme.flags.map((f) => f.id);
  const criteria = result.criteria.map(({ id, level, theme, flags, ...rest }) => ({
    id, level, theme, ...Object.fromEntries(flagIds.map((f) => [f, flags.includes(f)])), flags, ...rest,
  }));
  return `${JSON.stringify({ ...result, criteria }, null, 2)}\n`;
}
