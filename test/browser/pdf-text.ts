import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A printed PDF read back with poppler-utils (`pdfinfo`, `pdftotext`; Debian's package,
 * installed by .ci/ensure-poppler.sh): its page count and size, each page's lines of text, and
 * every word with its box in points (origin top left), for the print checks in test/browser/.
 */
const PDFINFO = '/usr/bin/pdfinfo';
const PDFTOTEXT = '/usr/bin/pdftotext';

/** Whether poppler-utils is installed (the print checks skip, saying so, when it is not). */
export const HAS_POPPLER = existsSync(PDFINFO) && existsSync(PDFTOTEXT);

/** A page's size in points. */
export interface PageBox { width: number; height: number }

/** One word as pdftotext -bbox gives it: its page (1-based) and box in points. */
export interface PdfWord { page: number; xMin: number; yMin: number; xMax: number; yMax: number; text: string }

/** The page count and the first page's size, from `pdfinfo`. */
export function pdfInfo(file: string): { pages: number; size: PageBox } {
  const info = execFileSync(PDFINFO, [file], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)$/m.exec(info);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  if (!pages?.[1] || !size?.[1] || !size[2]) throw new Error(`pdfinfo gave no page count or size for ${file}:\n${info}`);
  return { pages: Number(pages[1]), size: { width: Number(size[1]), height: Number(size[2]) } };
}

/** Each page's non-blank lines, trimmed and with runs of spaces made one (`pdftotext -layout`). */
export function pdfPageLines(file: string): string[][] {
  const text = execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // pdftotext ends every page with a form feed: the last piece is what follows the last page.
  return text.split('\f').slice(0, -1).map((page) => page.split('\n').map((line) => line.trim().replace(/\s+/g, ' ')).filter((line) => line !== ''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');

/** Every word of the document with its page and box (`pdftotext -bbox`), and each page's size. */
export function pdfWords(file: string): { pages: PageBox[]; words: PdfWord[] } {
  const xhtml = execFileSync(PDFTOTEXT, ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PageBox[] = [];
  const words: PdfWord[] = [];
  for (const [index, page] of xhtml.split('<page ').slice(1).entries()) {
    const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(page);
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]) });
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: index + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: unescapeXml(m[5] ?? '') });
    }
  }
  return { pages, words };
}

/**
 * The words that reach past the page's printable area (the page less `margin` points on each
 * side, `tolerance` points allowed for glyphs that overhang their line): text that a page edge
 * or margin would cut off.
 */
export function wordsOutside(file: string, margin: { x: number; y: number }, tolerance = 1.5): string[] {
  const { pages, words } = pdfWords(file);
  return words.filter((w) => {
    const page = pages[w.page - 1] ?? { width: 0, height: 0 };
    return w.xMin < margin.x - tolerance || w.yMin < margin.y - tolerance
      || w.xMax > page.width - margin.x + tolerance || w.yMax > page.height - margin.y + tolerance;
  }).map((w) => `page ${w.page} (${w.xMin.toFixed(1)}, ${w.yMin.toFixed(1)})–(${w.xMax.toFixed(1)}, ${w.yMax.toFixed(1)}): ${w.text}`);
}
