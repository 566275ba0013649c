import { describe, expect, it } from 'vitest';
import { parseJsonSource } from '../../src/evidence/json-source.js';

describe('positions for many problems in one object', () => {
  // Positioning each of 100,000 keys by scanning its object's properties took quadratic time
  // (minutes); with the node index it is linear, well inside the test's time-out.
  it('locates 100,000 keys of one object, each at its own offset', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}`);
    const text = `{"findings": [{${keys.map((k) => `"${k}": 1`).join(', ')}}]}`;
    const parsed = parseJsonSource(text, 'many.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const columns = keys.map((k) => parsed.value.locate(['findings', 0, k], true).column);
    expect(columns[0]).toBe(text.indexOf('"k0"') + 1);
    expect(columns[99_999]).toBe(text.indexOf('"k99999"') + 1);
    expect(new Set(columns).size).toBe(100_000);
  });

  it('falls back to the nearest parent that exists, and the last of duplicate keys wins', () => {
    const text = '{"a": {"b": 1}, "a": {"c": [10, 20]}}';
    const parsed = parseJsonSource(text, 'dup.json');
    const value = parsed.ok ? parsed.value : parsed.partial!;
    expect(value.locate(['a', 'c', 1]).column).toBe(text.indexOf('20') + 1);
    expect(value.locate(['a', 'nope', 3]).column).toBe(text.lastIndexOf('{"c"') + 1);
    expect(value.locate(['missing']).column).toBe(1);
  });
});
