import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const FRAMEWORKS = ['child-abuse', 'domestic-violence', 'missing-persons', 'neighbourhood-policing', 'performance-management', 'public-protection'];

interface ShowJson {
  framework: { id: string; version: string };
  criteria: Array<{ id: string; level: string; theme: string; themeTitle: string; significant: boolean; dominant: boolean; text: string; guidance: string | null }>;
  excellence: Array<{ id: string; title: string; text: string }>;
}

describe('grade show', () => {
  it.each(FRAMEWORKS)('%s: every criterion and factor, in lines of at most 100 columns', async (framework) => {
    const text = await runInProcess(['show', framework]);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    const json = JSON.parse((await runInProcess(['show', framework, '--format', 'json'])).stdout) as ShowJson;
    expect(json.criteria.length).toBeGreaterThan(10);
    for (const c of json.criteria) expect(text.stdout).toContain(`\n    ${c.id}`);
    for (const f of json.excellence) expect(text.stdout).toContain(`\n    ${f.title} (${f.id})\n`);
    expect(Math.max(...text.stdout.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(100);
    const fair = text.stdout.indexOf('\nFair criteria\n');
    const good = text.stdout.indexOf('\nGood criteria\n');
    expect(fair).toBeGreaterThan(0);
    expect(good).toBeGreaterThan(fair);
    expect(text.stdout.indexOf('\nExcellence factors\n')).toBeGreaterThan(good);
  });

  it('shows just the ids given, in the order given, each once; factors too', async () => {
    const run = await runInProcess(['show', 'neighbourhood-policing', 'NP-G7', 'NP-F1', 'NP-G7', 'beacon', '--format', 'json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as ShowJson;
    expect(json.criteria.map((c) => c.id)).toEqual(['NP-G7', 'NP-F1']);
    expect(json.criteria[1]).toMatchObject({ level: 'fair', significant: true, dominant: true, theme: 'resources', themeTitle: 'Resources' });
    expect(json.excellence.map((f) => f.id)).toEqual(['beacon']);
    const text = await runInProcess(['show', 'neighbourhood-policing', 'NP-G7', 'beacon']);
    expect(text.stdout.startsWith('NP-G7: a Good criterion\n  Theme: Familiarity and accessibility\n  Flags: none\n  Statement:\n')).toBe(true);
    expect(text.stdout).toContain('\n\nBeacon to others (beacon): an excellence factor\n');
  });

  it('refuses an unknown id with a usage error (exit 2) that suggests the close one', async () => {
    const one = await runInProcess(['show', 'neighbourhood-policing', 'NP-G8x']);
    expect(one.status).toBe(2);
    expect(one.stdout).toBe('');
    expect(one.stderr).toBe('grade: error: neighbourhood-policing has no criterion or excellence factor "NP-G8x"; did you mean "NP-G8"?\n');
    const many = await runInProcess(['show', 'neighbourhood-policing', 'np-g7', 'zzz', 'NP-F1']);
    expect(many.status).toBe(2);
    expect(many.stderr).toBe('grade: error: neighbourhood-policing has no criteria or excellence factors "np-g7" (did you mean "NP-G7"?), "zzz" (`grade show neighbourhood-policing` lists them)\n');
    const framework = await runInProcess(['show', 'neighbourhod-policing']);
    expect(framework.status).toBe(2);
    expect(framework.stderr).toContain('did you mean "neighbourhood-policing"?');
  });

  it('keeps hostile criteria text from the terminal and from Markdown', async () => {
    const args = ['show', 'hostile-framework', '--criteria', 'fixtures/report/hostile/criteria'];
    const text = await runInProcess(args);
    expect(text.status).toBe(0);
    expect(text.stdout).not.toMatch(/\u001b/);
    const markdown = (await runInProcess([...args, '--format', 'markdown'])).stdout;
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\<script\\>');
  });
});
