// C0 controls except tab and line feed, DEL, and C1 controls (U+0080–U+009F), plus the
// escape sequences they start: CSI (ESC [ … final), OSC (ESC ] … BEL or ST) and two-byte ESC forms.
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides, embeddings and isolates, and the invisible direction marks (ALM,
// LRM, RLM), can make text read differently from what it is; the line and paragraph separators
// break a line where a terminal shows nothing (and where a one-line field must not break).
const INVISIBLE_FORMAT = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// Text with none of these is left as it is by both functions below (every escape sequence starts
// with a control character): one test instead of four replacements, as most text is plain.
const NOTHING_TO_DO_FOR_TERMINAL = /^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;
const NOTHING_TO_DO_FOR_LINE = /^[^\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;

/**
 * Shows the bidirectional controls, direction marks and line or paragraph separators as visible
 * `\u{NNNN}` escapes: what every output does with them (terminal, Markdown, HTML).
 */
export function showInvisibleFormat(text: string): string {
  return text.replace(INVISIBLE_FORMAT, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);
}

/**
 * Makes untrusted text safe to print to a terminal: escape sequences are removed whole and any
 * other control character is shown as a visible `\xNN` escape, and bidirectional controls,
 * direction marks and line or paragraph separators as `\u{NNNN}`, so no file can colour, move
 * the cursor, retitle the terminal, reorder or fake a line of output. Line feeds and tabs stay.
 */
export function sanitizeForTerminal(text: string): string {
  if (NOTHING_TO_DO_FOR_TERMINAL.test(text)) return text;
  return showInvisibleFormat(text
    .replace(ESCAPE_SEQUENCES, '')
    .replace(CONTROL_CHARACTERS, (ch) => (ch === '\r' ? '' : `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)));
}

/** Like `sanitizeForTerminal`, and line breaks become spaces: for one-line fields (messages, table cells). */
export function sanitizeLine(text: string): string {
  if (NOTHING_TO_DO_FOR_LINE.test(text)) return text;
  return sanitizeForTerminal(text.replace(/\r\n|\r|\n/g, ' '));
}
