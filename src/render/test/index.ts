import type { TestRun } from '../../batch/criteria-tests/test-run.js';
import type { RenderOptions } from '../style.js';
import { renderTestJson } from './json.js';
import { renderTestJunit } from './junit.js';
import { renderTestText } from './text.js';

/** A renderer of a `grade test` report. */
export type TestRenderer = (report: TestRun, options: RenderOptions) => string;

/** Every output format of `grade test`; `--format` choices come from these keys. */
export const testRenderers = {
  text: renderTestText,
  json: renderTestJson,
  junit: renderTestJunit,
} satisfies Record<string, TestRenderer>;

export type TestFormat = keyof typeof testRenderers;
