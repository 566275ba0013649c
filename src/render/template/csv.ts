import { excellenceTitle, type Criteria } from '../../criteria/model.js';
import { FACTOR_LEVEL, SHEET_COLUMNS, sheetHeaders, type SheetColumn } from '../../evidence/sheet.js';
import { titleOf } from '../../criteria/scheme/model.js';
import { csvLine, UTF8_BOM } from '../../shared/csv.js';

/**
 * The findings spreadsheet for a framework: UTF-8 with a byte-order mark (so a spreadsheet
 * program reads it as UTF-8), RFC 4180 with CRLF line ends, formula-like text neutralised
 * (src/shared/csv.ts). One row per criterion in file order (id, level, theme, flags, statement,
 * guidance), then one per excellence factor (its title in the theme column); status (in a scored
 * scheme: score), evidence, sources and date are left for the inspector. `grade import` reads it back.
 */
export function renderTemplateCsv(criteria: Criteria): string {
  const themes = new Map(criteria.themes.map((t) => [t.id, t.title]));
  const row = (cells: Partial<Record<SheetColumn, string>>) => csvLine(SHEET_COLUMNS.map((column) => cells[column] ?? ''));
  const lines = [csvLine(sheetHeaders(criteria.scheme.scores !== undefined))];
  for (const c of criteria.criteria) {
    const flags = c.flags.join(', ');
    lines.push(row({ id: c.id, level: titleOf(criteria.scheme.levels, c.level), theme: themes.get(c.theme) ?? c.theme, flags, statement: c.text, guidance: c.guidance ?? '' }));
  }
  for (const f of criteria.excellence) lines.push(row({ id: f.id, level: FACTOR_LEVEL, theme: excellenceTitle(f), statement: f.text }));
  return `${UTF8_BOM}${lines.join('')}`;
}
