// Three rows reused by every call (it is called for each candidate of each unknown id).
let rows: Int32Array[] = [0, 1, 2].map(() => new Int32Array(64));

/**
 * The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
 * substitutions and swaps of two adjacent code units, each one edit), if it is at most `max`;
 * otherwise `max + 1`. None is computed when the lengths differ by more than `max`. Two ASCII
 * texts, the shorter of at most 32 code units, are measured on bit vectors (`osaBitParallel`:
 * one step per code unit of the longer, which is then at most 32 + `max` long); any other pair
 * on the cells within `max` of the table's diagonal, three rows at a time, stopping as soon as a
 * whole row is past `max`: at most (shorter length) × (2 × `max` + 1) cells. So untrusted text
 * cannot make it slow.
 */
export function osaDistanceWithin(a: string, b: string, max: number): number {
  const over = max + 1;
  const swap = a.length > b.length;
  const s = swap ? b : a;
  const t = swap ? a : b;
  const n = s.length;
  const m = t.length;
  if (m - n > max) return over;
  if (n === 0) return m;
  if (n <= WORD_BITS && isAscii(s) && isAscii(t)) return Math.min(osaBitParallelOnce(s, t), over);
  let buffers = rows;
  if (buffers[0]!.length <= m) {
    buffers = [0, 1, 2].map(() => new Int32Array(m + 1));
    if (m < 4096) rows = buffers; // kept for the next call, unless it is long text
  }
  let [before, prev, cur] = buffers as [Int32Array, Int32Array, Int32Array];
  // A cell never written reads as `over`: outside the band the distance is past `max` anyway.
  before.fill(over, 0, m + 1);
  prev.fill(over, 0, m + 1);
  cur.fill(over, 0, m + 1);
  for (let j = 0; j <= Math.min(m, max); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    // The cells just outside this row's band are read by this row and the next; rows are reused.
    cur[lo - 1] = lo === 1 ? Math.min(i, over) : over;
    if (hi < m) cur[hi + 1] = over;
    let rowMin = cur[lo - 1]!;
    const si = s.charCodeAt(i - 1);
    const sBefore = i > 1 ? s.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const tj = t.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (si === tj ? 0 : 1));
      if (j > 1 && sBefore === tj && si === t.charCodeAt(j - 2)) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d > over ? over : d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return over;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return prev[m]!;
}

/** Code units of the shorter text that fit one word of bit vectors (`osaBitParallel`). */
const WORD_BITS = 32;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

// Per ASCII code unit, the positions in the shorter text where it stands: reused, left at zero.
const positions = new Int32Array(128);

/** Marks in `table` the positions where each code unit of `text` stands (the bit vectors' input). */
function markPositions(table: Int32Array, text: string): Int32Array {
  for (let i = 0; i < text.length; i++) table[text.charCodeAt(i)]! |= 1 << i;
  return table;
}

/** `osaBitParallel` with the shorter text's positions in the shared table, cleared after. */
function osaBitParallelOnce(s: string, t: string): number {
  const distance = osaBitParallel(markPositions(positions, s), s.length, t);
  for (let i = 0; i < s.length; i++) positions[s.charCodeAt(i)] = 0;
  return distance;
}

/**
 * The optimal-string-alignment distance of a text of `m` code units (1 to 32, ASCII), given as
 * the positions where each code unit stands in it, and `t` (ASCII), exact: Hyyrö's bit-parallel
 * algorithm (2003), one step of a few word operations per code unit of `t` instead of a row of
 * the table. The columns of the table are kept as bit vectors of their vertical steps (+1, -1)
 * and the distance is followed along the last row.
 */
function osaBitParallel(table: Int32Array, m: number, t: string): number {
  const last = 1 << (m - 1);
  let up = -1;
  let down = 0;
  let zero = 0;
  let previous = 0;
  let distance = m;
  for (let j = 0; j < t.length; j++) {
    const equal = table[t.charCodeAt(j)]!;
    const swapped = ((~zero & equal) << 1) & previous;
    // Sums of two 32-bit words, cut back to 32 bits by the bitwise operator that follows.
    zero = ((((equal & up) + up) ^ up) | equal | down | swapped);
    let right = down | ~(zero | up);
    let left = zero & up;
    if ((right & last) !== 0) distance++;
    else if ((left & last) !== 0) distance--;
    right = (right << 1) | 1;
    left <<= 1;
    up = left | ~(zero | right);
    down = right & zero;
    previous = equal;
  }
  return distance;
}

// One count per ASCII code unit, reused by every call and left at zero.
const counts = new Int32Array(128);

/**
 * The letters of a text, as pairs of an ASCII code unit and how many times it stands there
 * (one character each: code, count, code, count, …), for `osaDistancesFrom`'s screen; undefined
 * outside ASCII. Made once per candidate of a registry, not once per comparison; a string, as a
 * registry may have thousands of candidates in every worker thread (a typed array each weighs
 * many times as much).
 */
export function letterProfile(text: string): string | undefined {
  if (!isAscii(text)) return undefined;
  for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i)]!++;
  let profile = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (counts[code] === 0) continue;
    profile += String.fromCharCode(code, counts[code]!);
    counts[code] = 0;
  }
  return profile;
}

// The bit vectors and letter counts of the text `osaDistancesFrom` last measured from, shared by
// every call (one per unknown id of a batch) rather than made anew: `marked` says whose they are.
const markedPositions = new Int32Array(128);
const markedCounts = new Int32Array(128);
let marked: string | undefined;

/** Puts `a`'s positions (when it fits a word) and letter counts in the shared tables, clearing the last text's. */
function mark(a: string): void {
  if (marked === a) return;
  if (marked !== undefined) {
    for (let i = 0; i < marked.length; i++) { const c = marked.charCodeAt(i); markedPositions[c] = 0; markedCounts[c] = 0; }
  }
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (a.length <= WORD_BITS) markedPositions[c]! |= 1 << i;
    markedCounts[c]!++;
  }
  marked = a;
}

/**
 * The distances from one text to many (a name to every candidate of a registry), each as
 * `osaDistanceWithin(a, b, max)` gives it. A candidate given with its `letterProfile` is first
 * screened by its letters (`editsForLetters`, without reading it), which passes over most
 * candidates of a registry; then `a`'s bit vectors measure it when `a` is ASCII and 32 code units
 * at most; otherwise the table does.
 */
export function osaDistancesFrom(a: string): (b: string, max: number, profileOfB?: string) => number {
  if (!isAscii(a)) return (b, max) => (letterCountBound(a, b) > max ? max + 1 : osaDistanceWithin(a, b, max));
  const screened = (b: string, max: number, profile: string | undefined): boolean => {
    if (profile === undefined) return letterCountBound(a, b) > max;
    mark(a);
    let shared = 0;
    for (let k = 0; k < profile.length; k += 2) shared += Math.min(markedCounts[profile.charCodeAt(k)]!, profile.charCodeAt(k + 1));
    return editsForLetters(a.length, b.length, shared) > max;
  };
  if (a.length === 0 || a.length > WORD_BITS) {
    return (b, max, profile) => (screened(b, max, profile) ? max + 1 : osaDistanceWithin(a, b, max));
  }
  return (b, max, profile) => {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    if (b.length === 0) return a.length;
    // A profile is only made of ASCII text.
    if (profile !== undefined) {
      if (screened(b, max, profile)) return max + 1;
    } else if (!isAscii(b)) {
      return osaDistanceWithin(a, b, max);
    }
    mark(a);
    return Math.min(osaBitParallel(markedPositions, a.length, b), max + 1);
  };
}

/**
 * A lower bound on the edit distance of two texts from their letters alone: an edit changes at
 * most two letter counts (a substitution: one down, one up; a swap none), so at least half the
 * counts' total difference, the letters not `shared` (counted with their repeats) on either side.
 */
function editsForLetters(aLength: number, bLength: number, shared: number): number {
  return Math.ceil((aLength + bLength - 2 * shared) / 2);
}

/**
 * The letter bound (`editsForLetters`) of `a` and `b`. Linear, so a suggestion can pass over most
 * candidates without the distance itself; 0 (no bound) for text outside ASCII.
 */
export function letterCountBound(a: string, b: string): number {
  if (!isAscii(a) || !isAscii(b)) return 0;
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)]!++;
  let shared = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (counts[c]! > 0) { counts[c]!--; shared++; }
  }
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = 0;
  return editsForLetters(a.length, b.length, shared);
}
