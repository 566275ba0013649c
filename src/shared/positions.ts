/** 1-based line and column in a text file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps character offsets to 1-based line and column. Line starts are found once per file;
 * each lookup is a binary search. CRLF counts as one line end.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // Without CR, the line ends are found by indexOf: far cheaper than a loop over every character in cold code.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.starts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** The position of a 0-based offset; offsets past the end clamp to the end. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}

/** The position used when a problem concerns a whole file rather than a place in it. */
export const FILE_START: Position = { line: 1, column: 1 };
