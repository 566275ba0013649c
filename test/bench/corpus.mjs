// Deterministic synthetic evidence for the benchmark, in shapes (issue #17): every file is written
// from a PRNG seeded by its corpus and its index alone, so the same shape and size always give
// the same bytes. Corpora live under .bench/shapes-v<GENERATOR_VERSION>/ (gitignored), in folders
// of 1,000 files (part-NNN), or one folder for fewer (small-N); a folder is written once (it is
// marked .complete) and reused by later runs. Changing what the generator writes means bumping
// GENERATOR_VERSION: the next run removes the old version's folders and writes new ones.
// Forces are clearly synthetic (bench-force-NNNNN, bench-other-NN), never real ones (SPEC §6).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const GENERATOR_VERSION = 3;
export const PART_SIZE = 1000;
const HMIC_FRAMEWORKS = ['neighbourhood-policing', 'performance-management', 'child-abuse', 'domestic-violence', 'public-protection', 'missing-persons'];
// Sized like the national fixture's synthetic files: a sentence or two per finding and a short
// report narrative (about 10 kB a file with the shipped criteria).
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
/** 2 KB evidence strings: the sentences run on from each starting point, cut at 2,048 characters. */
const LONG = SENTENCES.map((_, start) => {
  let text = '';
  for (let k = start; text.length < 2048; k++) text += `${SENTENCES[k % SENTENCES.length]} `;
  return text.slice(0, 2048);
});

/**
 * The shapes of the matrix. Each varies one thing from `base` (HMIC 2007's six shipped
 * frameworks, six files per force, forces in the registry, the shipped criteria, short evidence).
 * - layout: `six` (each force has a file for each of six frameworks) or `one` (every file a
 *   different force);
 * - registered: whether the forces are in the --forces registry (if not, the registry names 43
 *   other synthetic forces: every file draws an unknown-force warning);
 * - criteria: `shipped` (the default folder), `copies` (the six shipped files with a changed
 *   comment, passed with --criteria: parsed in full, not the build-time parse), or a number: six
 *   generated frameworks with that many criteria each (so that many findings a file);
 * - evidence: `short` (a sentence or two a finding) or `2kb` (one 2,048-character string).
 */
const base = { scheme: 'hmic-2007', layout: 'six', registered: true, criteria: 'shipped', evidence: 'short' };
export const SHAPES = [
  { id: 'base', ...base, about: 'HMIC 2007, six frameworks per force, registered, shipped criteria (24-29 findings), short evidence' },
  { id: 'one-per-force', ...base, layout: 'one', about: 'base, but every file a different force' },
  { id: 'unregistered', ...base, registered: false, about: 'base, forces not in the --forces registry' },
  { id: 'unshipped', ...base, criteria: 'copies', about: 'base, --criteria: copies of the shipped files, not byte-identical' },
  { id: 'findings-5', ...base, criteria: 5, about: 'base, generated criteria with 5 findings per file' },
  { id: 'findings-20', ...base, criteria: 20, about: 'base, generated criteria with 20 findings per file' },
  { id: 'findings-80', ...base, criteria: 80, about: 'base, generated criteria with 80 findings per file' },
  { id: 'evidence-2kb', ...base, evidence: '2kb', about: 'base, 2 KB evidence strings' },
  { id: 'peel-2021', ...base, scheme: 'peel-2021', layout: 'one', about: 'criteria/peel-2021-example.yaml, one file per force' },
  { id: 'cqc-saf', ...base, scheme: 'cqc-saf', layout: 'one', about: 'criteria/cqc-saf-example.yaml (scores), one file per force' },
];
export const shapeById = (id) => {
  const shape = SHAPES.find((s) => s.id === id);
  if (!shape) throw new Error(`unknown bench shape "${id}" (known: ${SHAPES.map((s) => s.id).join(', ')})`);
  return shape;
};

/** A small deterministic PRNG (mulberry32), so every run writes the same files. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a string (FNV-1a). */
function seedOf(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const versionDir = (benchDir) => join(benchDir, `shapes-v${GENERATOR_VERSION}`);

/** Removes corpora written by other versions of this generator (and the one before shapes). */
export function removeStale(benchDir) {
  if (!existsSync(benchDir)) return;
  for (const name of readdirSync(benchDir)) {
    if ((/^shapes-v\d+$/.test(name) && name !== `shapes-v${GENERATOR_VERSION}`) || /^corpus(-\d+)?$/.test(name)) {
      rmSync(join(benchDir, name), { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------------------------- criteria

/** The model of one generated framework with `n` criteria: 60% Fair (a fifth of them significant, one in four of those dominant), the rest Good. */
function generatedFramework(n, k) {
  const letter = String.fromCharCode(97 + k);
  const id = `bench-n${n}-${letter}`;
  const prefix = `N${n}${letter.toUpperCase()}`;
  const fair = Math.max(2, Math.round(n * 0.6));
  const significant = Math.max(1, Math.round(fair / 5));
  const dominant = Math.max(1, Math.round(significant / 4));
  const criteria = [];
  for (let i = 0; i < n; i++) {
    const isFair = i < fair;
    criteria.push({
      id: isFair ? `${prefix}-F${i + 1}` : `${prefix}-G${i - fair + 1}`,
      level: isFair ? 'fair' : 'good',
      theme: `theme-${(i % 4) + 1}`,
      significant: isFair && i < significant,
      dominant: isFair && i < dominant,
    });
  }
  return { id, version: `bench.${GENERATOR_VERSION}`, criteria, factors: ['beacon', 'innovation'], order: 200 + k };
}

const q = (text) => JSON.stringify(text); // a JSON string is a YAML double-quoted scalar

/** A generated framework written as a criteria file (SPEC §2, the layout of criteria/*.yaml). */
function criteriaYaml(framework, n) {
  const lines = [
    '# yaml-language-server: $schema=../../../schemas/criteria.schema.json',
    `# Synthetic benchmark criteria written by test/bench/corpus.mjs (generator v${GENERATOR_VERSION}): ${n} criteria,`,
    '# not a real framework. Regenerated by `npm run bench`; do not edit.',
    `framework: ${framework.id}`,
    `title: ${q(`Benchmark framework ${framework.id.slice(6)} (synthetic)`)}`,
    `group: ${q(`Benchmark, ${n} criteria (synthetic)`)}`,
    `order: ${framework.order}`,
    `version: ${q(framework.version)}`,
    'period: { from: 2006-04-01, to: 2007-07-31 }',
    'thresholds: { most: 0.5, vastMajority: 0.8, wellShort: 0.25, maxJudgementShift: 1 }',
    'excellence:',
    '  - id: beacon',
    '    title: Beacon to others',
    `    text: ${q('The force is recognised as a beacon to others in this synthetic framework.')}`,
    '  - id: innovation',
    '    title: Innovation',
    `    text: ${q('The force has introduced and evaluated new ways of working in this synthetic framework.')}`,
    'themes:',
    ...[1, 2, 3, 4].map((t) => `  - { id: theme-${t}, title: ${q(`Theme ${t}`)} }`),
    'criteria:',
  ];
  for (const [i, c] of framework.criteria.entries()) {
    lines.push(
      `  - id: ${c.id}`,
      `    level: ${c.level}`,
      `    theme: ${c.theme}`,
      ...(c.level === 'fair' ? [`    significant: ${c.significant}`, `    dominant: ${c.dominant}`] : []),
      `    text: ${q(`Synthetic criterion ${c.id}: ${SENTENCES[i % SENTENCES.length]}`)}`,
      `    guidance: ${q(`Synthetic guidance for ${c.id}: ${SENTENCES[(i + 3) % SENTENCES.length]}`)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function shippedFramework(root, id) {
  const doc = parse(readFileSync(join(root, 'criteria', `${id}.yaml`), 'utf8'));
  return {
    id, version: doc.version,
    criteria: doc.criteria.map((c) => ({ id: c.id, level: c.level, significant: c.significant === true || c.dominant === true, dominant: c.dominant === true })),
    factors: (doc.excellence ?? []).map((f) => f.id),
  };
}

/** The frameworks a shape's evidence is written for. */
function frameworksOf(root, shape) {
  if (shape.scheme === 'peel-2021') return [shippedFramework(root, 'peel-2021-example')];
  if (shape.scheme === 'cqc-saf') return [shippedFramework(root, 'cqc-saf-example')];
  if (typeof shape.criteria === 'number') return HMIC_FRAMEWORKS.map((_, k) => generatedFramework(shape.criteria, k));
  return HMIC_FRAMEWORKS.map((id) => shippedFramework(root, id));
}

/** The --criteria folder of a shape (written once), or null for the shipped criteria. */
export function ensureCriteria(root, benchDir, shape) {
  if (shape.criteria === 'shipped') return null;
  const dir = join(versionDir(benchDir), typeof shape.criteria === 'number' ? `criteria-n${shape.criteria}` : 'criteria-copies');
  if (existsSync(join(dir, '.complete'))) return dir;
  mkdirSync(dir, { recursive: true });
  for (const [k, id] of HMIC_FRAMEWORKS.entries()) {
    if (typeof shape.criteria === 'number') {
      const framework = generatedFramework(shape.criteria, k);
      writeFileSync(join(dir, `${framework.id}.yaml`), criteriaYaml(framework, shape.criteria));
    } else {
      // The shipped file with one more comment line: the same criteria, but not the text the
      // build parsed, so grade parses it (and hashes it) as it would a user's file.
      const [first, ...rest] = readFileSync(join(root, 'criteria', `${id}.yaml`), 'utf8').split('\n');
      writeFileSync(join(dir, `${id}.yaml`), [first, `# Benchmark copy of criteria/${id}.yaml (generator v${GENERATOR_VERSION}): the same criteria, not byte-identical.`, ...rest].join('\n'));
    }
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

// ---------------------------------------------------------------------------------- evidence

const pick = (next, list) => list[Math.floor(next() * list.length)];

function evidenceText(shape, next) {
  if (shape.evidence === '2kb') return [pick(next, LONG)];
  const evidence = [pick(next, SENTENCES)];
  if (next() < 0.5) evidence.push(pick(next, SENTENCES));
  return evidence;
}

const forceIndex = (shape, i, frameworks) => (shape.layout === 'six' ? Math.floor(i / frameworks.length) : i);
const forceId = (index) => `bench-force-${String(index).padStart(5, '0')}`;

function evidenceFor(shape, frameworks, i, next) {
  const framework = frameworks[i % frameworks.length];
  const force = forceId(forceIndex(shape, i, frameworks));
  // A force's quality moves every finding a little, so the grades spread over the scale.
  const quality = next();
  const sources = ['Synthetic benchmark: Strengths'];
  const findings = framework.criteria.map((c) => {
    const evidence = evidenceText(shape, next);
    if (shape.scheme === 'cqc-saf') {
      const r = next() * (0.9 + quality * 0.1);
      return { criterion: c.id, score: r < 0.03 ? 1 : r < 0.2 ? 2 : r < 0.7 ? 3 : 4, evidence, sources };
    }
    const r = next();
    let status;
    if (c.dominant) status = r < 0.995 ? 'met' : 'not-met'; // never not-applicable (refused)
    else if (c.significant) status = r < 0.97 ? 'met' : r < 0.99 ? 'partly-met' : 'not-met';
    else {
      const met = 0.55 + quality * 0.4;
      // Not-applicable only on Fair criteria: every Good one not applicable leaves no share.
      status = r < met ? 'met' : r < met + (1 - met) * 0.5 ? 'partly-met' : c.level === 'fair' && r > 0.99 ? 'not-applicable' : 'not-met';
    }
    return { criterion: c.id, status, evidence, sources };
  });
  const file = {
    framework: framework.id, criteriaVersion: framework.version,
    force: { id: force, name: `Bench Force ${force.slice(-5)}` }, findings,
  };
  if (shape.scheme === 'cqc-saf') return file;
  // Every factor cites what was seen, as a real file does (a met one that cites nothing is a warning).
  file.excellence = framework.factors.map((factor, k) => ({ factor, status: next() < 0.2 + quality * 0.2 ? 'met' : k === 0 ? 'not-met' : 'partly-met', evidence: [SENTENCES[k]] }));
  if (shape.scheme === 'peel-2021') {
    if (next() < 0.1) file.concerns = [{ text: `Synthetic: ${SENTENCES[4]}`, recommendation: 'Synthetic: the force should make the practice consistent within six months.' }];
    return file;
  }
  file.report = {
    contextualFactors: [PARAGRAPH, PARAGRAPH], strengths: SENTENCES.slice(0, 4), workInProgress: SENTENCES.slice(4, 5),
    areasForImprovement: SENTENCES.slice(4, 7), recommendations: ['That the force develops its performance framework.'],
  };
  return file;
}

/** The evidence of shapes that differ only in registry or criteria text is shared. */
function corpusKey(shape) {
  const criteria = shape.scheme !== 'hmic-2007' ? shape.scheme : typeof shape.criteria === 'number' ? `n${shape.criteria}` : 'hmic';
  return `${criteria}-${shape.layout}-${shape.evidence}`;
}

function writeFiles(dir, shape, frameworks, from, to) {
  mkdirSync(dir, { recursive: true });
  const seed = seedOf(`${GENERATOR_VERSION}:${corpusKey(shape)}`);
  for (let i = from; i < to; i++) {
    const next = random(seed ^ Math.imul(i + 1, 0x9e3779b1));
    const file = evidenceFor(shape, frameworks, i, next);
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}-${file.framework}.json`), `${JSON.stringify(file, null, 2)}\n`);
  }
  writeFileSync(join(dir, '.complete'), '');
}

/** The folders holding the first `count` files of a shape's corpus (a multiple of 1,000 above 1,000), written if missing. */
export function ensureEvidence(root, benchDir, shape, count) {
  const base = join(versionDir(benchDir), `evidence-${corpusKey(shape)}`);
  const frameworks = frameworksOf(root, shape);
  if (count < PART_SIZE) {
    const dir = join(base, `small-${count}`);
    if (!existsSync(join(dir, '.complete'))) writeFiles(dir, shape, frameworks, 0, count);
    return [dir];
  }
  const parts = [];
  for (let part = 0; part * PART_SIZE < count; part++) {
    const dir = join(base, `part-${String(part).padStart(3, '0')}`);
    parts.push(dir);
    if (!existsSync(join(dir, '.complete'))) writeFiles(dir, shape, frameworks, part * PART_SIZE, (part + 1) * PART_SIZE);
  }
  return parts;
}

/** The --forces registry of a shape at `count` files: exactly its forces, or 43 others. JSON, which is YAML too. */
export function ensureRegistry(root, benchDir, shape, count) {
  const dir = versionDir(benchDir);
  mkdirSync(dir, { recursive: true });
  if (!shape.registered) {
    const file = join(dir, 'forces-others.yaml');
    if (!existsSync(file)) {
      const forces = Array.from({ length: 43 }, (_, f) => ({ id: `bench-other-${String(f).padStart(2, '0')}`, name: `Bench Other Force ${String(f).padStart(2, '0')}` }));
      writeFileSync(file, `${JSON.stringify({ title: 'Benchmark forces not in the evidence (synthetic)', forces }, null, 1)}\n`);
    }
    return file;
  }
  const files = count < PART_SIZE ? count : Math.ceil(count / PART_SIZE) * PART_SIZE;
  const perForce = shape.layout === 'six' ? frameworksOf(root, shape).length : 1;
  const total = Math.ceil(files / perForce);
  const file = join(dir, `forces-${perForce}-${total}.yaml`);
  if (!existsSync(file)) {
    const forces = Array.from({ length: total }, (_, f) => ({ id: forceId(f), name: `Bench Force ${String(f).padStart(5, '0')}` }));
    writeFileSync(file, `${JSON.stringify({ title: 'Benchmark forces (synthetic)', forces }, null, 1)}\n`);
  }
  return file;
}

/** Everything a run of one shape at `count` files needs: its folders and `grade batch`'s arguments (without --format). */
export function ensureShape(root, benchDir, shape, count) {
  const parts = ensureEvidence(root, benchDir, shape, count);
  const forces = ensureRegistry(root, benchDir, shape, count);
  const criteria = ensureCriteria(root, benchDir, shape);
  return { parts, forces, criteria, batchArgs: ['batch', ...parts, '--forces', forces, ...(criteria ? ['--criteria', criteria] : [])] };
}
