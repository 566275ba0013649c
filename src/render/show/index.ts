import type { RenderOptions } from '../style.js';
import { renderShowJson } from './json.js';
import { renderShowMarkdown } from './markdown.js';
import type { ShowInput } from './model.js';
import { renderShowText } from './text.js';

export type { ShowInput } from './model.js';

/** Output formats of `grade show`. */
export const showRenderers = {
  text: renderShowText,
  markdown: renderShowMarkdown,
  json: renderShowJson,
} satisfies Record<string, (input: ShowInput, options: RenderOptions) => string>;

export type ShowFormat = keyof typeof showRenderers;
