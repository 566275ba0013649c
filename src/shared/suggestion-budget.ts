import { didYouMean } from './suggest.js';

/**
 * How many distinct unknown names of one file are given a "did you mean". A person fixes a
 * handful of typos; a file with thousands of unknown ids is generated or hostile, and suggesting
 * for each of them cost seconds and hundreds of megabytes (docs/decisions.md).
 */
export const MAX_SUGGESTED_NAMES = 100;

/** What the first unknown name past the limit gets in place of a suggestion. */
export const NO_MORE_SUGGESTIONS = `; no more suggestions in this file (more than ${MAX_SUGGESTED_NAMES} unknown names)`;

/**
 * The suggestions of one file: each distinct unknown name is looked up once per list of
 * candidates, and only the first `limit` distinct names are looked up at all. A name admitted
 * before the limit stays admitted, so a repeated typo reads the same everywhere.
 */
export class SuggestionBudget {
  // Made on first use: most checks that carry a budget find nothing to suggest.
  private admitted: Set<string> | undefined;
  private memo: Map<readonly string[], Map<string, string>> | undefined;
  private refused = false;

  constructor(private readonly limit = MAX_SUGGESTED_NAMES) {}

  /** Whether suggestions may be looked for `name`: true for the first `limit` distinct names. */
  admit(name: string): boolean {
    const admitted = (this.admitted ??= new Set<string>());
    if (admitted.has(name)) return true;
    if (admitted.size >= this.limit) return false;
    admitted.add(name);
    return true;
  }

  /** `NO_MORE_SUGGESTIONS` the first time it is asked for, the empty string after. */
  refusal(): string {
    if (this.refused) return '';
    this.refused = true;
    return NO_MORE_SUGGESTIONS;
  }

  /**
   * `didYouMean(name, candidates)` for an admitted name, remembered per candidate list (pass
   * the same array each time); past the limit, the refusal note once, then nothing.
   */
  didYouMean(name: string, candidates: readonly string[]): string {
    if (!this.admit(name)) return this.refusal();
    const memo = (this.memo ??= new Map<readonly string[], Map<string, string>>());
    let byName = memo.get(candidates);
    if (byName === undefined) memo.set(candidates, (byName = new Map<string, string>()));
    let text = byName.get(name);
    if (text === undefined) byName.set(name, (text = didYouMean(name, candidates)));
    return text;
  }
}
