/**
 * A character that shows something: not white space, not a control (Cc), not a format
 * character (Cf: U+200B, U+FEFF, U+2060, bidi marks …), not otherwise default-ignorable (variation
 * selectors, Hangul fillers) and not the blank Braille pattern U+2800.
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;

/**
 * True when `text` would show nothing: it is empty or only white space, control, format or other
 * invisible characters. A rationale of `" \u200b "` or `"\u0000"` is blank, as `""` is.
 */
export function isBlankText(text: string): boolean {
  // Most text starts with a printable ASCII character, which shows: no need for the regular expression.
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return !VISIBLE.test(text);
}
