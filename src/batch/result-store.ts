import type { Criteria } from '../criteria/model.js';
import type { Advisory } from '../engine/result.js';
import type { BatchMargin, BatchResult } from './model.js';

const EMPTY: never[] = [];
Object.freeze(EMPTY);

/**
 * Per result, in `ints`: force, framework (-1: kept whole in `unusual`), grade, computed grade, rule,
 * flags, margin grade (-1: none), margin changes (-1: null), advisories (-1: none), file.
 */
const FIELDS = 10;
const JUDGED = 1;
const INCOMPLETE = 2;

/**
 * The graded files of a batch while it runs, kept as numbers: indexes into the criteria's
 * framework, grade and rule ids, into this batch's forces and its distinct lists of advisories,
 * and the Good share, in typed arrays. A batch keeps a result per file for its whole run; as
 * objects they would be copied by every young-generation collection of the main thread and
 * make V8 grow that generation (peak memory growing with the batch: docs/performance.md). A
 * result with anything unusual (limiters, a direction, missing findings) is kept as it is.
 * `results()` makes the objects once grading is done, sharing force, margin and list objects.
 */
export class ResultStore {
  private ints = new Int32Array(FIELDS * 1024);
  private shares = new Float64Array(1024);
  private count = 0;
  private readonly unusual = new Map<number, BatchResult>();
  private readonly forceIndex = new Map<string, Map<string, number>>();
  private readonly forces: Array<{ id: string; name: string }> = [];
  private readonly adviceIndex = new Map<string, number>();
  private readonly advice: Advisory[][] = [];
  private readonly frameworkIndex: Map<string, number>;
  private readonly grades: string[][];
  private readonly rules: string[][];

  /** `files` are the batch's files in grading order: the `at` of `add` indexes them. */
  constructor(private readonly criteria: ReadonlyArray<Pick<Criteria, 'framework' | 'scheme'>>, private readonly files: readonly string[]) {
    this.frameworkIndex = new Map(criteria.map((c, i) => [c.framework, i]));
    this.grades = criteria.map((c) => c.scheme.grades.map((g) => g.id));
    this.rules = criteria.map((c) => c.scheme.rules.map((r) => r.id));
  }

  /** How many results it holds. */
  get size(): number {
    return this.count;
  }

  /** Keeps a graded file, the `at`-th of the files (this thread's copy of its path replaces the result's); returns it. */
  add(result: BatchResult, at: number): BatchResult {
    const file = this.files[at];
    if (file !== undefined) result.file = file;
    if (this.count * FIELDS === this.ints.length) this.grow();
    const i = this.frameworkIndex.get(result.framework) ?? -1;
    const g = this.grades[i] ?? EMPTY;
    const grade = g.indexOf(result.grade);
    const computed = g.indexOf(result.computedGrade);
    const rule = i < 0 ? -1 : (this.rules[i] as string[]).indexOf(result.rule);
    const marginGrade = result.margin ? g.indexOf(result.margin.grade) : -1;
    if (grade < 0 || computed < 0 || rule < 0 || (result.margin !== null && marginGrade < 0) || file === undefined
      || result.limiters.length > 0 || result.direction !== null || result.missing.length > 0) {
      this.ints[this.count * FIELDS + 1] = -1;
      this.unusual.set(this.count++, { ...result, force: this.force(result.force) });
      return result;
    }
    const ints = this.ints;
    const base = this.count * FIELDS;
    ints[base] = this.forceOf(result.force);
    ints[base + 1] = i;
    ints[base + 2] = grade;
    ints[base + 3] = computed;
    ints[base + 4] = rule;
    ints[base + 5] = (result.judged ? JUDGED : 0) | (result.incomplete ? INCOMPLETE : 0);
    ints[base + 6] = marginGrade;
    ints[base + 7] = result.margin?.changesNeeded ?? -1;
    ints[base + 8] = this.adviceOf(result.advisories);
    ints[base + 9] = at;
    this.shares[this.count++] = result.goodShare;
    return result;
  }

  /** Every result kept, in the order added, as objects that share their forces, margins and lists. */
  results(): BatchResult[] {
    const margins = new Map<string, BatchMargin>();
    const margin = (grade: string, changes: number): BatchMargin => {
      const key = `${grade}\u0000${changes}`;
      let m = margins.get(key);
      if (!m) margins.set(key, m = Object.freeze({ grade, changesNeeded: changes < 0 ? null : changes }));
      return m;
    };
    const out: BatchResult[] = new Array<BatchResult>(this.count);
    const ints = this.ints;
    for (let n = 0; n < this.count; n++) {
      const base = n * FIELDS;
      const i = ints[base + 1] as number;
      if (i < 0) { out[n] = this.unusual.get(n) as BatchResult; continue; }
      const g = this.grades[i] as string[];
      const flags = ints[base + 5] as number;
      const marginGrade = ints[base + 6] as number;
      const advice = ints[base + 8] as number;
      out[n] = {
        file: this.files[ints[base + 9] as number] as string, force: this.forces[ints[base] as number] as BatchResult['force'],
        framework: (this.criteria[i] as Pick<Criteria, 'framework'>).framework,
        grade: g[ints[base + 2] as number] as string, computedGrade: g[ints[base + 3] as number] as string,
        judged: (flags & JUDGED) !== 0, goodShare: this.shares[n] as number, rule: (this.rules[i] as string[])[ints[base + 4] as number] as string,
        limiters: EMPTY, margin: marginGrade < 0 ? null : margin(g[marginGrade] as string, ints[base + 7] as number), direction: null,
        incomplete: (flags & INCOMPLETE) !== 0, missing: EMPTY, advisories: advice < 0 ? EMPTY : this.advice[advice] as Advisory[],
      };
    }
    return out;
  }

  private grow(): void {
    const ints = new Int32Array(this.ints.length * 2);
    ints.set(this.ints);
    this.ints = ints;
    const shares = new Float64Array(this.shares.length * 2);
    shares.set(this.shares);
    this.shares = shares;
  }

  private forceOf(force: { id: string; name: string }): number {
    let names = this.forceIndex.get(force.id);
    if (!names) this.forceIndex.set(force.id, names = new Map<string, number>());
    let index = names.get(force.name);
    if (index === undefined) {
      names.set(force.name, index = this.forces.length);
      this.forces.push({ id: force.id, name: force.name });
    }
    return index;
  }

  private force(force: { id: string; name: string }): { id: string; name: string } {
    return this.forces[this.forceOf(force)] as { id: string; name: string };
  }

  private adviceOf(advisories: readonly Advisory[]): number {
    if (advisories.length === 0) return -1;
    const key = advisories.map((a) => `${a.code}\u0000${a.message}`).join('\u0001');
    let index = this.adviceIndex.get(key);
    if (index === undefined) {
      this.adviceIndex.set(key, index = this.advice.length);
      this.advice.push(advisories.map((a) => ({ code: a.code, message: a.message })));
    }
    return index;
  }
}
