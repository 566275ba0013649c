// Deterministic synthetic evidence for the benchmark: files of 1,000 under .bench/corpus/part-NNN,
// graded against the shipped criteria, for clearly synthetic forces (bench-force-NNNNN).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const PART_SIZE = 1000;
const FRAMEWORKS = ['neighbourhood-policing', 'performance-management', 'child-abuse', 'domestic-violence', 'public-protection', 'missing-persons'];
// Sized like the national fixture's synthetic files (about 10 kB): a sentence or two per
// finding and a short report narrative.
const SENTENCES = [
  'Staff interviewed at every level described the arrangements consistently and could explain how they apply to their role.',
  'Documents examined during fieldwork, including minutes of the monthly performance meeting, confirm this practice.',
  'Supervision records sampled on two basic command units show regular review by sergeants and inspectors.',
  'Partners from the local authority described joint working as effective and pointed to shared action plans.',
  'The practice is not yet consistent across the force area, and one division had no written procedure at the time.',
  'Audit results were not available for the whole assessment period, so the effect cannot yet be shown.',
  'A dedicated unit leads this work and has clear terms of reference agreed by the chief officer group.',
  'Training has been delivered to most frontline staff, although newer recruits had not yet attended.',
];
const PARAGRAPH = 'The force serves a mixed urban and rural area with a growing population and has reorganised its basic command units during the assessment period. Chief officers have set clear priorities, and the police authority scrutinises progress through a dedicated committee.';

/** A small deterministic PRNG (mulberry32), so every run writes the same files. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadFrameworks(root) {
  return FRAMEWORKS.map((id) => {
    const doc = parse(readFileSync(join(root, 'criteria', `${id}.yaml`), 'utf8'));
    return { id, version: doc.version, criteria: doc.criteria };
  });
}

function evidenceFor(index, framework, next) {
  const force = `bench-force-${String(Math.floor(index / FRAMEWORKS.length)).padStart(5, '0')}`;
  const findings = framework.criteria.map((c) => {
    const r = next();
    const status = c.dominant ? (r < 0.97 ? 'met' : 'not-met') : r < 0.75 ? 'met' : r < 0.9 ? 'partly-met' : r < 0.98 ? 'not-met' : 'not-applicable';
    const evidence = [SENTENCES[Math.floor(next() * SENTENCES.length)]];
    if (next() < 0.5) evidence.push(SENTENCES[Math.floor(next() * SENTENCES.length)]);
    return { criterion: c.id, status, evidence, sources: ['Synthetic benchmark: Strengths'] };
  });
  return {
    framework: framework.id, criteriaVersion: framework.version,
    force: { id: force, name: `Bench Force ${force.slice(-5)}` }, findings,
    // Every factor cites what was seen, as a real file does (a met one that cites nothing is a warning).
    excellence: [
      { factor: 'beacon', status: next() < 0.2 ? 'met' : 'not-met', evidence: [SENTENCES[0]] },
      { factor: 'innovation', status: next() < 0.3 ? 'met' : 'partly-met', evidence: [SENTENCES[1]] },
    ],
    report: {
      contextualFactors: [PARAGRAPH, PARAGRAPH], strengths: SENTENCES.slice(0, 4), workInProgress: SENTENCES.slice(4, 5),
      areasForImprovement: SENTENCES.slice(4, 7), recommendations: ['That the force develops its performance framework.'],
    },
  };
}

/** Makes sure the corpus holds at least `count` files; returns the part folders for the first `count`. */
export function ensureCorpus(root, count) {
  // The folder names the generator's version: a change to what it writes makes a new corpus.
  const base = join(root, '.bench', 'corpus-2');
  const frameworks = loadFrameworks(root);
  const parts = [];
  for (let part = 0; part * PART_SIZE < count; part++) {
    const dir = join(base, `part-${String(part).padStart(3, '0')}`);
    parts.push(dir);
    if (existsSync(join(dir, '.complete'))) continue;
    mkdirSync(dir, { recursive: true });
    const next = random(part + 1);
    for (let i = part * PART_SIZE; i < (part + 1) * PART_SIZE; i++) {
      const framework = frameworks[i % frameworks.length];
      writeFileSync(join(dir, `${String(i).padStart(6, '0')}-${framework.id}.json`), `${JSON.stringify(evidenceFor(i, framework, next), null, 2)}\n`);
    }
    writeFileSync(join(dir, '.complete'), '');
  }
  return parts;
}

/** A forces registry naming exactly the forces of the first `count` files (JSON, which is YAML too). */
export function ensureRegistry(root, count) {
  const file = join(root, '.bench', `forces-${count}.yaml`);
  if (!existsSync(file)) {
    const forces = [];
    for (let f = 0; f * FRAMEWORKS.length < count; f++) {
      const id = String(f).padStart(5, '0');
      forces.push({ id: `bench-force-${id}`, name: `Bench Force ${id}` });
    }
    writeFileSync(file, `${JSON.stringify({ title: 'Benchmark forces (synthetic)', forces }, null, 1)}\n`);
  }
  return file;
}
