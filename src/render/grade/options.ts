import type { RenderOptions } from '../style.js';

/** What `grade <framework> <evidence>` renders with: the common options, and what to show. */
export interface GradeRenderOptions extends RenderOptions {
  /**
   * Show every finding's evidence quotes and sources in the criteria listing (--show-evidence);
   * the findings behind the grade are always shown with theirs. JSON always carries them.
   */
  showEvidence?: boolean;
}
