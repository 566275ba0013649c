/**
 * A character that shows something: not white space, not a control (Cc), not a format
 * character (Cf: U+200B, U+FEFF, U+2060, bidi marks …), not otherwise default-ignorable (variation
 * selectors, Hangul fillers) and not the blank Braille pattern U+2800.
 */
// Made on first use: the first expression with a Unicode property class costs a run the loading
// of its tables, and most text never needs it (docs/performance.md).
let visible: RegExp | undefined;

/**
 * True when `text` would show nothing: it is empty or only white space, control, format or other
 * invisible characters. A rationale of `" \u200b "` or `"\u0000"` is blank, as `""` is.
 */
export function isBlankText(text: string): boolean {
  // Any printable ASCII character shows, and most text has one within its first few characters:
  // no need for the regular expression.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) return false;
  }
  return !(visible ??= /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u).test(text);
}
