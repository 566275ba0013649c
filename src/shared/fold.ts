/**
 * Cyrillic, Greek and other letters that look like the Latin letters ids are written in, each
 * with the Latin letter it passes for. Upper and lower case are listed apart because they pass
 * for different letters (Greek "Η" is an H, "η" an n).
 */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic capitals and small letters.
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S',
  Т: 'T', Х: 'X', У: 'Y', Ү: 'Y', Ԛ: 'Q', Ԝ: 'W', Һ: 'H', Ӏ: 'I', З: '3',
  а: 'a', с: 'c', е: 'e', һ: 'h', і: 'i', ј: 'j', о: 'o', р: 'p', ѕ: 's', х: 'x', у: 'y',
  ү: 'y', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  // Greek capitals and small letters.
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X', Ϲ: 'C', Ϳ: 'J',
  α: 'a', ι: 'i', ν: 'v', ο: 'o', ρ: 'p', υ: 'u', ϲ: 'c', ϳ: 'j',
  // Latin and Armenian letters without a compatibility decomposition.
  ı: 'i', ȷ: 'j', ɡ: 'g', օ: 'o', ս: 'u', հ: 'h', ո: 'n',
  // Dashes and minus signs that pass for the hyphen-minus.
  '\u2010': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u2043': '-', '\ufe58': '-',
};

// Both made on first use: most runs fold only ASCII ids, and the first expression with a Unicode
// property class costs every start-up the loading of its tables (docs/performance.md).
let lookAlike: RegExp | undefined;
/** Characters that show nothing: controls, format characters (U+200B, U+FEFF, bidi marks …). */
let invisible: RegExp | undefined;

/** Printable ASCII folds to its lower case alone: the common case, kept off the slow path. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The form in which two ids are compared for a suggestion: compatibility-normalised (NFKC, so
 * fullwidth "ＭＰ" is "MP"), with look-alike letters taken for the Latin ones, invisible characters
 * removed, and lower-cased. Two ids with the same fold look the same, or differ only in case.
 */
export function foldId(id: string): string {
  if (PRINTABLE_ASCII.test(id)) return id.toLowerCase();
  return id
    .normalize('NFKC')
    .replace((lookAlike ??= new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu')), (ch) => LOOK_ALIKES[ch] ?? ch)
    .replace((invisible ??= /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu), '')
    .toLowerCase();
}

/** True when `id` has a character outside printable ASCII, so its fold may hide a difference. */
export function hasUnusualCharacters(id: string): boolean {
  return !PRINTABLE_ASCII.test(id);
}
