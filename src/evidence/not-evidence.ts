/**
 * Whether a JSON file found in a folder is plainly not evidence (a `package.json`, a
 * `tsconfig.json`, a batch's own `--format json` output), so a batch counts it as skipped rather
 * than as a broken evidence file. Plainly means: valid JSON, and either an object with neither
 * of the keys every evidence file starts from, `framework` and `findings`, or an array or single
 * value that never mentions a word evidence has (`framework`, `findings`, `criterion`,
 * `criteriaVersion`, in any letter case). Text that is not JSON, or is empty, is never plainly
 * anything: it may be evidence cut short, so it stays an error. Called only for files that
 * failed to load as evidence. Pure.
 */
export function notEvidenceReason(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const keys = data as Record<string, unknown>;
    return Object.hasOwn(keys, 'framework') || Object.hasOwn(keys, 'findings') ? undefined : 'not evidence: a JSON object with neither "framework" nor "findings"';
  }
  return EVIDENCE_WORDS.test(text) ? undefined : `not evidence: ${Array.isArray(data) ? 'a JSON array' : 'a single JSON value'} that names no framework or findings`;
}

const EVIDENCE_WORDS = /framework|findings|criterion|criteriaversion/i;
