import type { GradeResult } from '../../engine/result.js';
import type { GradeRenderOptions } from './options.js';
import { renderGradeHtml } from './html.js';
import { renderGradeJson } from './json.js';
import { renderGradeMarkdown } from './markdown.js';
import { renderGradeText } from './text.js';

/** A renderer of one graded file. */
export type GradeRenderer = (result: GradeResult, options: GradeRenderOptions) => string;

/** Every output format of `grade <framework> <evidence>`; `--format` choices come from these keys. */
export const gradeRenderers = {
  text: renderGradeText,
  json: renderGradeJson,
  markdown: renderGradeMarkdown,
  html: renderGradeHtml,
} satisfies Record<string, GradeRenderer>;

export type GradeFormat = keyof typeof gradeRenderers;
export type { GradeRenderOptions };
