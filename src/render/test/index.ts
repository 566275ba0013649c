import type { TestRun } from '../../batch/criteria-tests/test-run.js';
import type { RenderOptions } from '../style.js';
import { renderTestGithub } from './github.js';
import { renderTestJson } from './json.js';
import { renderTestJunit } from './junit.js';
import { renderTestSarif } from './sarif.js';
import { renderTestText } from './text.js';

/** A renderer of a `grade test` report. */
export type TestRenderer = (report: TestRun, options: RenderOptions) => string;

/** Every output format of `grade test`; `--format` choices come from these keys. */
export const testRenderers = {
  text: renderTestText,
  json: renderTestJson,
  github: renderTestGithub,
  junit: renderTestJunit,
  sarif: renderTestSarif,
} satisfies Record<string, TestRenderer>;

export type TestFormat = keyof typeof testRenderers;
