// SPEC §1's five rules written for json-rules-engine: what a Node user would otherwise reach for.
// Facts are computed from the evidence by fact functions; rules fire by priority; the highest wins.
import { Engine } from 'json-rules-engine';

function counts(criteria, evidence) {
  const status = new Map(evidence.findings.map((f) => [f.criterion, f.status]));
  const critical = new Set((evidence.critical ?? []).map((c) => c.criterion));
  const applicable = criteria.criteria.filter((c) => status.get(c.id) !== 'not-applicable');
  const met = (c) => status.get(c.id) === 'met';
  const good = applicable.filter((c) => c.level === 'good');
  return {
    failedDominant: applicable.filter((c) => (c.flags.includes('dominant') || critical.has(c.id)) && !met(c)).length,
    failedSignificant: applicable.filter((c) => c.level === 'fair' && c.flags.includes('significant') && !met(c)).length,
    failedFair: applicable.filter((c) => c.level === 'fair' && !met(c)).length,
    goodShare: good.length === 0 ? 0 : good.filter(met).length / good.length,
    factorsMet: criteria.excellence.every((f) => evidence.excellence?.find((e) => e.factor === f.id)?.status === 'met'),
  };
}

/** Builds an engine for one framework's thresholds. */
export function rulesEngineFor(criteria) {
  const engine = new Engine([], { allowUndefinedFacts: false });
  const { most, vastMajority } = criteria.thresholds;
  const rule = (grade, priority, all) => engine.addRule({ name: grade, priority, conditions: { all }, event: { type: grade } });
  rule('poor-dominant', 5, [{ fact: 'failedDominant', operator: 'greaterThan', value: 0 }]);
  rule('poor-significant', 4, [{ fact: 'failedSignificant', operator: 'greaterThan', value: 0 }]);
  rule('excellent', 3, [
    { fact: 'failedFair', operator: 'equal', value: 0 },
    { fact: 'goodShare', operator: 'greaterThanInclusive', value: vastMajority },
    { fact: 'factorsMet', operator: 'equal', value: true },
  ]);
  rule('good', 2, [{ fact: 'failedFair', operator: 'equal', value: 0 }, { fact: 'goodShare', operator: 'greaterThan', value: most }]);
  rule('fair', 1, [{ fact: 'failedSignificant', operator: 'equal', value: 0 }]);
  return async (evidence) => {
    const facts = counts(criteria, evidence);
    const { events } = await engine.run(facts);
    const first = events[0]?.type ?? 'fair';
    return first.startsWith('poor') ? 'poor' : first;
  };
}
