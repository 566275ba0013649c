import { LineIndex } from '../shared/positions.js';
import { quote } from '../shared/quote.js';
import { closest } from '../shared/suggest.js';

/**
 * Says what is wrong with a text that JSON.parse refused, in the words of the mistake people
 * make: a comment, a trailing comma (at the comma), curly or single quotes, an unquoted key or
 * text, Python's True/None, a line break or tab inside a string, a Windows path's backslashes,
 * an unclosed bracket (where it opened), a missing comma, a second document after the first.
 *
 * It is a small strict JSON reader of its own that stops at the first thing JSON does not allow
 * and knows what it expected there; JSON.parse stays the judge of whether the text is JSON (this
 * runs only after it failed). Recursion is bounded by `maxDepth`, so no text can exhaust the stack.
 */
export interface JsonMistake {
  /** Where to point: the offending character, or the bracket or string that is never closed. */
  offset: number;
  message: string;
}

/** Thrown to stop reading at the first mistake; caught in `explain`. */
class Stop extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

const CURLY_DOUBLE = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb', '\uff02']);
const CURLY_SINGLE = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032']);
/** Characters that look like a space but are not one of JSON's four whitespace characters. */
const ODD_SPACES: Readonly<Record<string, string>> = {
  '\u00a0': 'a non-breaking space (U+00A0)',
  '\u200b': 'a zero-width space (U+200B)',
  '\ufeff': 'a byte-order mark (U+FEFF) in the middle of the file',
  '\u2028': 'a line separator (U+2028)',
  '\u2029': 'a paragraph separator (U+2029)',
  '\u3000': 'an ideographic space (U+3000)',
};
const CLOSER: Readonly<Record<string, string>> = { '{': '}', '[': ']' };
/** Words that other languages use for JSON's literals. */
const FOREIGN_WORDS: Readonly<Record<string, string>> = {
  none: 'None is Python\'s word; JSON writes null',
  nil: 'nil is not JSON; JSON writes null',
  undefined: 'JSON has no undefined: write null, or leave the key out',
  nan: 'JSON has no NaN: every number must be finite',
  infinity: 'JSON has no Infinity: every number must be finite',
  yes: 'yes is not JSON; JSON writes true',
  no: 'no is not JSON; JSON writes false',
};

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9_$]/.test(ch);

/** A character as a message shows it: visibly, so a control or invisible character can be seen. */
const shown = (ch: string): string => quote(ch);

class Reader {
  private i = 0;
  private lines: LineIndex | undefined;
  /** The last string read: a curly quote inside it is the likely cause of what comes after. */
  private lastStart = -1;
  private lastEnd = -1;
  /** Every closed bracket so far, as [open, close] offsets, in the order they closed. */
  private readonly pairs: Array<[number, number]> = [];

  constructor(private readonly text: string, private readonly maxDepth: number) {}

  explain(): JsonMistake | undefined {
    try {
      this.value(0, undefined);
      this.space();
      if (this.i < this.text.length) this.extra();
      return undefined;
    } catch (stop) {
      if (stop instanceof Stop) return { offset: stop.offset, message: stop.message };
      throw stop;
    }
  }

  private where(offset: number): string {
    const { line, column } = (this.lines ??= new LineIndex(this.text)).position(offset);
    return `line ${line}, column ${column}`;
  }

  private stop(offset: number, message: string): never {
    throw new Stop(offset, message);
  }

  /** Skips JSON's whitespace; a comment or a look-alike space stops here. */
  private space(): void {
    const text = this.text;
    for (;;) {
      const ch = text[this.i];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') { this.i++; continue; }
      if (ch === '/' && (text[this.i + 1] === '/' || text[this.i + 1] === '*')) {
        this.stop(this.i, `JSON files cannot hold comments (${text[this.i + 1] === '/' ? '// …' : '/* … */'}); remove the comment, or put the note in a text field`);
      }
      if (ch === '#') this.stop(this.i, 'JSON files cannot hold comments (# …); remove the comment, or put the note in a text field');
      const odd = ch === undefined || ch < '\u0080' ? undefined : ODD_SPACES[ch];
      if (odd !== undefined) this.stop(this.i, `${odd} where JSON allows only spaces, tabs and line breaks; replace it with a plain space`);
      return;
    }
  }

  /**
   * The end of the text inside an unclosed bracket: point where it opened. The innermost open
   * bracket is not always the one missing its closer: in `{ "force": { "id": "x",` … `}` the
   * inner object takes the outer one's closing brace. In an indented file a closer that sits
   * further left than the line that opened its bracket shows which one lost its closer.
   */
  private unclosed(open: number): never {
    let suspect: [number, number] | undefined;
    for (const pair of this.pairs) {
      const [inner, close] = pair;
      if (inner <= open || (suspect !== undefined && inner >= suspect[0])) continue;
      const closer = this.indentOf(close);
      const opener = closer === undefined ? undefined : this.lineIndent(inner);
      if (closer !== undefined && opener !== undefined && closer < opener) suspect = pair;
    }
    if (suspect !== undefined) {
      const [inner, close] = suspect;
      const bracket = this.text[inner] as string;
      this.stop(inner, `this ${bracket} is never closed: the ${this.text[close] ?? ''} at ${this.where(close)} is indented as if it closed an outer bracket (a ${CLOSER[bracket] ?? ''} missing before it?)`);
    }
    const bracket = this.text[open] as string;
    this.stop(open, `this ${bracket} is never closed: the file ends before its ${CLOSER[bracket] ?? ''} (truncated, or a ${CLOSER[bracket] ?? ''} missing?)`);
  }

  private lineStart(offset: number): number {
    let start = offset;
    while (start > 0 && this.text[start - 1] !== '\n' && this.text[start - 1] !== '\r') start--;
    return start;
  }

  /** The indentation of the line that holds `offset`. */
  private lineIndent(offset: number): number {
    const start = this.lineStart(offset);
    let end = start;
    while (this.text[end] === ' ' || this.text[end] === '\t') end++;
    return end - start;
  }

  /** The indentation of the line that `offset` is the first non-blank character of, or undefined if it is not. */
  private indentOf(offset: number): number | undefined {
    // Backwards over blanks only, so that a long line costs nothing.
    let start = offset;
    while (start > 0 && (this.text[start - 1] === ' ' || this.text[start - 1] === '\t')) start--;
    return start === 0 || this.text[start - 1] === '\n' || this.text[start - 1] === '\r' ? offset - start : undefined;
  }

  private curly(at: number): never {
    const ch = this.text[at] as string;
    const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    this.stop(at, `a curly quote ${ch} (${code}) where JSON needs a straight double quote ("): a word processor may have changed the quotes; replace them with "`);
  }

  private isCurly(ch: string | undefined): boolean {
    return ch !== undefined && (CURLY_DOUBLE.has(ch) || CURLY_SINGLE.has(ch));
  }

  /** If the last string held a curly quote, that quote is what went wrong here. */
  private blameCurlyInLastString(): void {
    // Only a curly quote that ends a key or a value there (`"framework”: "x"`), not one quoted in text.
    for (let k = this.lastStart + 1; k < this.lastEnd; k++) {
      if (CURLY_DOUBLE.has(this.text[k] as string) && /^[ \t]*[:,}\]]/.test(this.text.slice(k + 1, k + 17))) this.curly(k);
    }
  }

  private value(depth: number, open: number | undefined): void {
    this.space();
    const text = this.text;
    const at = this.i;
    const ch = text[at];
    if (ch === undefined) {
      if (open !== undefined) this.unclosed(open);
      this.stop(at, 'the file ends where a value was expected (truncated JSON?)');
    }
    if (ch === '{' || ch === '[') {
      if (depth >= this.maxDepth) this.stop(at, `the JSON nests arrays and objects more than ${this.maxDepth} deep`);
      if (ch === '{') this.object(depth + 1); else this.array(depth + 1);
      return;
    }
    if (ch === '"') { this.string(); return; }
    if (ch === '-' || isDigit(ch)) { this.number(); return; }
    if (this.isCurly(ch)) this.curly(at);
    if (ch === "'") this.stop(at, 'JSON text must be in double quotes ("), not single quotes (\')');
    if (ch === '+') this.stop(at, 'a JSON number has no + sign (write 5, not +5)');
    if (ch === '.') this.stop(at, 'a JSON number starts with a digit (write 0.5, not .5)');
    if (/[A-Za-z_$]/.test(ch)) { this.word(); return; }
    if (ch === '}' || ch === ']') this.stop(at, `a value was expected here, not ${ch}`);
    if (ch === ',') this.stop(at, 'a value was expected here, not a comma (an empty item?)');
    if (ch === ':') this.stop(at, 'a value was expected here, not a colon');
    this.stop(at, `unexpected character ${shown(ch)} where a value was expected`);
  }

  private word(): void {
    const text = this.text;
    const start = this.i;
    while (isWordChar(text[this.i])) this.i++;
    const word = text.slice(start, this.i);
    if (word === 'true' || word === 'false' || word === 'null') return;
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'null') this.stop(start, `write ${lower} in lower case: JSON's true, false and null are lower case (not ${word})`);
    const foreign = FOREIGN_WORDS[lower];
    if (foreign !== undefined) this.stop(start, foreign);
    const literal = closest(word, ['true', 'false', 'null']);
    if (literal !== undefined) this.stop(start, `${word} is not a JSON value; did you mean ${literal}?`);
    this.stop(start, `text must be in double quotes: write ${quote(word)}, not ${word}`);
  }

  private number(): void {
    const text = this.text;
    const start = this.i;
    if (text[this.i] === '-') this.i++;
    if (text[this.i] === '0') {
      this.i++;
      if (isDigit(text[this.i])) this.stop(start, 'a JSON number cannot start with 0 (write 7, not 07; or put it in quotes as text)');
      if (text[this.i] === 'x' || text[this.i] === 'X') this.stop(start, 'JSON numbers are decimal: hexadecimal (0x…) is not allowed');
    } else if (isDigit(text[this.i])) {
      while (isDigit(text[this.i])) this.i++;
    } else {
      this.stop(start, 'a digit must follow the minus sign');
    }
    if (text[this.i] === '.') {
      this.i++;
      if (!isDigit(text[this.i])) this.stop(this.i - 1, 'a digit must follow the decimal point (write 1.0 or 1, not 1.)');
      while (isDigit(text[this.i])) this.i++;
    }
    if (text[this.i] === 'e' || text[this.i] === 'E') {
      this.i++;
      if (text[this.i] === '+' || text[this.i] === '-') this.i++;
      if (!isDigit(text[this.i])) this.stop(start, 'the number\'s exponent has no digits');
      while (isDigit(text[this.i])) this.i++;
    }
    if (isWordChar(text[this.i])) {
      let end = this.i;
      while (isWordChar(text[end])) end++;
      this.stop(start, `${quote(text.slice(start, end))} is not a number; text must be in double quotes`);
    }
  }

  private string(): void {
    const text = this.text;
    const start = this.i;
    this.i++;
    for (;;) {
      // Plain characters first, by code: this loop is most of the reading.
      for (let c = text.charCodeAt(this.i); c >= 32 && c !== 34 && c !== 92; c = text.charCodeAt(++this.i));
      const ch = text[this.i];
      if (ch === undefined) this.stop(start, 'the string that starts here is never closed (a " missing?)');
      if (ch === '"') { this.i++; this.lastStart = start; this.lastEnd = this.i - 1; return; }
      if (ch === '\\') {
        const next = text[this.i + 1];
        if (next === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(this.i + 2, this.i + 6))) this.stop(this.i, '\\u must be followed by four hexadecimal digits');
          this.i += 6;
          continue;
        }
        if (next !== undefined && '"\\/bfnrt'.includes(next)) { this.i += 2; continue; }
        if (next === undefined) this.stop(start, 'the string that starts here is never closed (a " missing?)');
        this.stop(this.i, `${quote(`\\${next}`)} is not a JSON escape: a backslash in text must be doubled (write C:\\\\folder, not C:\\folder)`);
      }
      if (ch === '\n' || ch === '\r') {
        this.stop(start, 'the string that starts here does not end on its line: a closing " is missing, or the text has a line break (write \\n)');
      }
      if (ch === '\t') this.stop(this.i, 'a tab inside a string must be written \\t');
      if (ch < ' ') this.stop(this.i, `a control character (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) inside a string; write it as \\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
      this.i++;
    }
  }

  /** After an item of an object or array (whose first item starts at `first`): what separates it from the next, or ends the list. */
  private afterItem(open: number, first: number, key: number, count: number): 'next' | 'end' {
    this.space();
    const text = this.text;
    const ch = text[this.i];
    const closer = CLOSER[text[open] as string] as string;
    if (ch === undefined) this.unclosed(open);
    if (ch === ',') { this.i++; return 'next'; }
    if (ch === closer) { this.pairs.push([open, this.i]); this.i++; return 'end'; }
    if (ch === '}' || ch === ']') {
      this.stop(open, `this ${text[open] ?? ''} is never closed: a ${ch} at ${this.where(this.i)} comes first (a ${closer} missing there, or a stray ${ch}?)`);
    }
    if (this.isCurly(ch)) this.curly(this.i);
    this.blameCurlyInLastString();
    // `"He said "yes" to it"`: text straight after a string's closing quote means the quote was
    // meant inside the text.
    if (this.lastEnd === this.i - 1 && isWordChar(ch)) {
      this.stop(this.lastEnd, 'a double quote inside text must be written \\" (this one ends the string early)');
    }
    // In an indented file, a line that starts no further in than the line that opened the list
    // is not in it: the list was never closed.
    const indent = this.indentOf(this.i);
    const itemIndent = this.indentOf(first);
    if (indent !== undefined && itemIndent !== undefined && itemIndent > this.lineIndent(open) && indent <= this.lineIndent(open)) {
      this.stop(open, `this ${text[open] ?? ''} is never closed: a ${closer} is missing before ${this.where(this.i)} (or a comma, if what is there belongs in it)`);
    }
    const what = key >= 0 ? `the value of ${quote(this.keyAt(key))}` : `item ${count}`;
    this.stop(this.i, `a comma (,) is missing before this: after ${what}, a comma or ${closer} must come`);
  }

  private object(depth: number): void {
    const text = this.text;
    const open = this.i++;
    this.space();
    if (text[this.i] === '}') { this.pairs.push([open, this.i]); this.i++; return; }
    const first = this.i;
    let comma: number | undefined;
    for (;;) {
      this.space();
      const at = this.i;
      const ch = text[at];
      if (ch === undefined) this.unclosed(open);
      if (ch === '}' && comma !== undefined) this.stop(comma, 'a comma after the last item: JSON allows no comma before }; remove it');
      if (ch === '"') {
        this.string();
      } else if (this.isCurly(ch)) {
        this.curly(at);
      } else if (ch === "'") {
        this.stop(at, 'JSON keys must be in double quotes ("), not single quotes (\')');
      } else if (/[A-Za-z_$]/.test(ch)) {
        let end = at;
        while (isWordChar(text[end]) || text[end] === '-') end++;
        this.stop(at, `JSON keys must be in double quotes: write ${quote(text.slice(at, end))}`);
      } else if (ch === '{' || ch === '[') {
        this.stop(open, `this { is never closed: at ${this.where(at)} a ${ch} begins where a key in double quotes (or the }) was expected (a } missing?)`);
      } else if (ch === ',') {
        this.stop(at, 'two commas in a row: a key in double quotes was expected here');
      } else {
        this.stop(at, `a key in double quotes was expected here, not ${shown(ch)}`);
      }
      this.space();
      const colon = text[this.i];
      if (colon === undefined) this.unclosed(open);
      if (colon !== ':') {
        if (this.isCurly(colon)) this.curly(this.i);
        this.blameCurlyInLastString();
        if (colon === '=') this.stop(this.i, 'a colon (:) goes between a key and its value, not =');
        this.stop(this.i, `a colon (:) must follow the key ${quote(this.keyAt(at))}`);
      }
      this.i++;
      this.value(depth, open);
      if (this.afterItem(open, first, at, 0) === 'end') return;
      comma = this.i - 1;
    }
  }

  private array(depth: number): void {
    const text = this.text;
    const open = this.i++;
    this.space();
    if (text[this.i] === ']') { this.pairs.push([open, this.i]); this.i++; return; }
    const first = this.i;
    let count = 0;
    let comma: number | undefined;
    for (;;) {
      this.space();
      const ch = text[this.i];
      if (ch === ']' && comma !== undefined) this.stop(comma, 'a comma after the last item: JSON allows no comma before ]; remove it');
      if (ch === ',') this.stop(this.i, count > 0 ? 'two commas in a row: an empty item (remove one comma)' : 'a comma before the first item (remove it)');
      this.value(depth, open);
      count++;
      if (this.afterItem(open, first, -1, count) === 'end') return;
      comma = this.i - 1;
    }
  }

  /** The key whose opening quote is at `at` (its escapes read, where they can be). */
  private keyAt(at: number): string {
    let end = at + 1;
    while (end < this.text.length && this.text[end] !== '"') end += this.text[end] === '\\' ? 2 : 1;
    const raw = this.text.slice(at + 1, end);
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  }

  /** Text after the one JSON value a file holds. */
  private extra(): never {
    const ch = this.text[this.i] as string;
    if (ch === '}' || ch === ']') this.stop(this.i, `an extra ${ch}: everything before it is already closed`);
    if (ch === ',') this.stop(this.i, 'a comma after the end of the JSON value; remove it');
    if (ch === '{' || ch === '[') this.stop(this.i, 'a second JSON value after the first: a file holds one object (join them, or split the file)');
    this.stop(this.i, `unexpected ${shown(ch)} after the end of the JSON value`);
  }
}

/** The first mistake in a JSON text that JSON.parse refused, or undefined if none is found. */
export function explainJsonSyntax(text: string, maxDepth: number): JsonMistake | undefined {
  return new Reader(text, maxDepth).explain();
}
