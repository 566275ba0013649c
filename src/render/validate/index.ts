import type { ValidationRun } from '../../batch/validate/validation-run.js';
import type { RenderOptions } from '../style.js';
import { renderValidateGithub } from './github.js';
import { renderValidateJson } from './json.js';
import { renderValidateJunit } from './junit.js';
import { renderValidateSarif } from './sarif.js';
import { renderValidateText } from './text.js';

/** A renderer of a validation report. */
export type ValidateRenderer = (report: ValidationRun, options: RenderOptions) => string;

/** Every output format of `grade validate`; `--format` choices come from these keys. */
export const validateRenderers = {
  text: renderValidateText,
  json: renderValidateJson,
  github: renderValidateGithub,
  junit: renderValidateJunit,
  sarif: renderValidateSarif,
} satisfies Record<string, ValidateRenderer>;

export type ValidateFormat = keyof typeof validateRenderers;
