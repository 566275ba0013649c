import { describe, expect, it } from 'vitest';
import { NAME_WIDTH } from '../../src/render/box-table.js';
import { renderBatchText } from '../../src/render/batch/text.js';
import { listRenderers } from '../../src/render/list/index.js';
import fastStringWidth from '../../src/render/fast-string-width.js';
import { FRAMEWORKS, batchReport, batchResult, reportWithName } from './batch-factories.js';

const render = (report: Parameters<typeof renderBatchText>[0]) => renderBatchText(report, { color: false });
const tableLines = (text: string) => text.split('\n').filter((line) => /^[┌│└]/.test(line));
const widest = (lines: readonly string[]) => lines.reduce((most, line) => Math.max(most, fastStringWidth(line)), 0);

describe('grade batch text', () => {
  it('draws compact tables, counts aligned right, as cli-table3 did', () => {
    const text = render(reportWithName('Synthetic Force 01'));
    expect(text).toBe([
      '3 evidence files graded for 2 forces; 0 could not be graded.',
      '',
      'National summary of judgements',
      '┌──────────────────────────────┬───────────┬──────┬──────┬──────┐',
      '│                              │ Excellent │ Good │ Fair │ Poor │',
      '│ Neighbourhood Policing       │           │      │      │      │',
      '│   Neighbourhood Policing     │         0 │    0 │    1 │    0 │',
      '│ Protecting vulnerable people │           │      │      │      │',
      '│   Child abuse                │         1 │    0 │    0 │    1 │',
      '└──────────────────────────────┴───────────┴──────┴──────┴──────┘',
      '',
      'Force summary of judgements',
      '┌────────────────────┬────────────────┬────────────────┐',
      '│ Force              │ Neighbourhood  │ Child abuse    │',
      '│                    │ Policing       │                │',
      '│ Synthetic Force 01 │ Fair*          │ Poor           │',
      '│ Synthetic Force 02 │ -              │ Excellent      │',
      '└────────────────────┴────────────────┴────────────────┘',
      '* the final grade is a professional judgement (see the computed grade in the JSON or CSV output)',
      '',
    ].join('\n'));
  });

  it.each([
    ['200,000 characters, words', 'Synthetic Force '.repeat(12_500)],
    ['200,000 characters, one word', 'x'.repeat(200_000)],
    ['4.5 MB, words', 'Synthetic Force '.repeat(281_250)],
    ['4.5 MB of wide characters', '漢'.repeat(1_500_000)],
  ])('cuts a force name of %s to NAME_WIDTH columns, on one line', (_name, name) => {
    const text = render(reportWithName(name));
    const row = text.split('\n').find((line) => line.includes('Fair*')) ?? '';
    const cell = row.split('│')[1] ?? '';
    expect(cell.trim().endsWith('…')).toBe(true);
    expect(fastStringWidth(cell)).toBeLessThanOrEqual(NAME_WIDTH + 2);
    expect(fastStringWidth(cell)).toBeGreaterThanOrEqual(NAME_WIDTH);
    expect(name.startsWith(cell.trim().slice(0, -1))).toBe(true);
    // One row per force: nothing wraps, and no table line grows with the name.
    expect(tableLines(text)).toHaveLength(tableLines(render(reportWithName('Synthetic Force 01'))).length);
    expect(widest(tableLines(text))).toBeLessThanOrEqual(1 + NAME_WIDTH + 2 + 2 * 17 + 1);
  });

  it('does the same work for a name of 200,000 characters as for one of 4.5 MB: the output is the same', () => {
    expect(render(reportWithName('Synthetic Force '.repeat(281_250)))).toBe(render(reportWithName('Synthetic Force '.repeat(12_500))));
  });

  it('cuts long names in the movement tables and the missing-forces list too', () => {
    const name = `Long ${'name '.repeat(50_000)}`;
    const base = reportWithName(name);
    const text = render({
      ...base,
      registry: { title: 'Registry', file: 'forces.yaml', forces: 3 },
      missing: { 'neighbourhood-policing': [{ id: 'force-03', name }], 'child-abuse': [] },
      movement: {
        previous: 'previous.json',
        frameworks: { 'neighbourhood-policing': { improved: 1, stable: 0, deteriorated: 0, 'not-comparable': 0, new: 0 }, 'child-abuse': { improved: 0, stable: 0, deteriorated: 0, 'not-comparable': 0, new: 1 } },
        moves: [{ force: { id: 'force-01', name }, framework: 'neighbourhood-policing', previous: 'poor', current: 'fair', direction: 'improved' }],
        absent: [{ force: { id: 'force-04', name }, framework: 'neighbourhood-policing', previous: 'good' }],
      },
    });
    expect(text.length).toBeLessThan(5_000);
    expect(widest(text.split('\n'))).toBeLessThanOrEqual(100);
    expect(text).toContain('│ Long name name name name name name… │ Neighbourhood Policing │');
    expect(text).toContain('  Neighbourhood Policing (1): Long name name name name name name…\n');
  });

  it('wraps a long framework title in its column after cutting it: a few lines, not thousands', () => {
    const frameworks = [{ ...FRAMEWORKS[0]!, title: 'Neighbourhood policing and citizen focus '.repeat(5_000) }, FRAMEWORKS[1]!];
    const text = render({ ...reportWithName('Synthetic Force 01'), frameworks });
    const forceTable = tableLines(text.slice(text.indexOf('Force summary')));
    expect(forceTable.slice(1, -3)).toEqual([
      '│ Force              │ Neighbourhood  │ Child abuse    │',
      '│                    │ policing and   │                │',
      '│                    │ citizen…       │                │',
    ]);
    expect(text).toContain('│   Neighbourhood policing and citize… │');
  });

  it('draws a row per force, 20,000 of them, each line as wide as the others', () => {
    const results = Array.from({ length: 20_000 }, (_, i) => batchResult({ id: `force-${i}`, name: `Force ${i}` }, 'child-abuse'));
    const rows = tableLines(render(batchReport(results))).filter((line) => /^│ Force \d/.test(line));
    expect(rows).toHaveLength(20_000);
    expect(new Set(rows.map((line) => line.length))).toEqual(new Set([rows[0]?.length]));
  });

  it('lists 150,000 errors: no section is spread into push(), which overflows the stack past ~120,000', () => {
    const errors = Array.from({ length: 150_000 }, (_, i) => ({ file: `f${i}.json`, errorCount: 1,
      diagnostic: { file: `f${i}.json`, line: 1, column: 1, severity: 'error' as const, code: 'syntax-error' as const, message: 'broken' } }));
    const text = render(batchReport([], { errors }));
    expect(text).toContain('Files that could not be graded (150,000)');
    expect(text.split('\n').filter((line) => line.endsWith('[syntax-error]'))).toHaveLength(150_000);
  });

  it('groups 150,000 warnings by code: a count, the first 10, and how many more', () => {
    const warning = (i: number, code: 'unknown-force' | 'force-name-mismatch') => ({ file: `f${String(i).padStart(6, '0')}.json`, line: 1, column: 1, severity: 'warning' as const, code, message: 'not registered' });
    const warnings = [...Array.from({ length: 149_998 }, (_, i) => warning(i, 'unknown-force')), warning(1, 'force-name-mismatch'), warning(2, 'force-name-mismatch')];
    const text = render(batchReport([], { warnings }));
    const lines = text.split('\n');
    expect(text).toContain('\nWarnings (150,000)\n');
    expect(lines.filter((line) => line.endsWith('[unknown-force]'))).toHaveLength(10);
    expect(lines.filter((line) => line.endsWith('[force-name-mismatch]'))).toHaveLength(2);
    expect(lines).toContain('  unknown-force (149,998): The evidence names a force that is not in the force registry.');
    expect(lines).toContain('    … and 149,988 more unknown-force warnings; --format json lists all');
    expect(lines.findIndex((l) => l.startsWith('  force-name-mismatch (2)'))).toBeLessThan(lines.findIndex((l) => l.startsWith('  unknown-force (')));
    expect(text).not.toContain('more force-name-mismatch');
    // --quiet hides them all, but the headline still counts them; errors are never hidden.
    const quiet = renderBatchText(batchReport([], { warnings }), { color: false, quiet: true });
    expect(quiet).not.toContain('[unknown-force]');
    expect(quiet.split('\n')[0]).toBe('0 evidence files graded for 0 forces; 0 could not be graded; 150,000 warnings (not shown: --quiet).');
  });
});

describe('grade list text', () => {
  it('cuts a long id, title or group to NAME_WIDTH columns, one line per framework', () => {
    const long = 'x'.repeat(200_000);
    const text = listRenderers.text([{ id: long, title: long, group: 'Group', version: '1', scheme: 'hmic-2007', criteria: 1,
      counts: { fair: 1, good: 0 }, breakdown: '1 Fair, 0 Good', sha256: '0' }], { color: false });
    expect(text.split('\n')).toHaveLength(5);
    expect(text.split('\n')[2]).toBe(`│ ${'x'.repeat(35)}… │ ${'x'.repeat(35)}… │ Group │ hmic-2007 │ 1       │ 1: 1 Fair, 0 Good │`);
  });
});
