import { join } from 'node:path';
import { loadCriteriaFile } from '../../criteria/load.js';
import type { Criteria } from '../../criteria/model.js';
import { checkEvidenceFile, loadEvidenceFile, type LoadedEvidence } from '../../evidence/load.js';
import type { GradeResult } from '../../engine/result.js';
import { gradeLoaded } from '../../engine/sequence.js';
import { reportRenderers, type ReportFormat } from '../../render/report/index.js';
import { checkReportInputs, checkReportNarratives } from '../../evidence/report-inputs.js';
import { loadNarrativeFile, type LoadedNarrative } from '../../evidence/narrative/load.js';
import { assembleReport } from '../../batch/report-model.js';
import { loadShippedRegistry } from '../../batch/forces.js';
import { loadShippedGlossary, termsUsed } from '../../batch/glossary.js';
import { checkNationalAgainst, checkNationalEntries, loadNational } from '../../batch/national.js';
import { forceNamesOf } from '../../evidence/force-name.js';
import { hasErrors, type Diagnostic } from '../../shared/diagnostics.js';
import { criteriaDirOf, displayPath, emit, reportDiagnostics, type CommonOptions } from '../common.js';
import { frameworkIds } from '../criteria-dir.js';
import { reportFiles } from '../evidence-paths.js';
import type { ExcludeOptions } from '../exclude.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';
import { assertReadableFile } from '../file-targets.js';
import { shortRun } from '../../io/compiler.js';
import { appendAll } from '../../shared/append.js';
import { advisoriesInWords } from '../../engine/words.js';
import { compileScheme } from '../../criteria/scheme/compile.js';

export interface ReportCommandOptions extends CommonOptions, ExcludeOptions {
  national?: string;
  allowIncomplete?: boolean;
}


/** Loads the evidence files; `partial` holds those whose only faults are unknown keys, to check further. */
async function loadEvidence(files: readonly string[], maxBytes?: number): Promise<{ loaded: LoadedEvidence[]; partial: LoadedEvidence[]; diagnostics: Diagnostic[] }> {
  const results = await Promise.all(files.map((file) => loadEvidenceFile(file, maxBytes)));
  return {
    loaded: results.flatMap((r) => (r.ok ? [r.value] : [])),
    partial: results.flatMap((r) => (!r.ok && r.partial ? [r.partial] : [])),
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

/** Loads the force narratives (`*.narrative.json`); `readable` adds those with faults that leave a model, to check further. */
async function loadNarratives(files: readonly string[], maxBytes?: number): Promise<{ loaded: LoadedNarrative[]; readable: LoadedNarrative[]; diagnostics: Diagnostic[] }> {
  const results = await Promise.all(files.map((file) => loadNarrativeFile(file, maxBytes)));
  return {
    loaded: results.flatMap((r) => (r.ok ? [r.value] : [])),
    readable: results.flatMap((r) => (r.ok ? [r.value] : r.partial ? [r.partial] : [])),
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

async function loadCriteriaFor(dir: string, frameworks: ReadonlySet<string>, maxBytes?: number): Promise<{ criteria: Map<string, Criteria>; diagnostics: Diagnostic[] }> {
  const criteria = new Map<string, Criteria>();
  const diagnostics: Diagnostic[] = [];
  for (const framework of [...frameworks].sort()) {
    const loaded = await loadCriteriaFile(join(dir, `${framework}.yaml`), maxBytes);
    appendAll(diagnostics, loaded.diagnostics);
    if (loaded.ok) criteria.set(framework, loaded.value);
  }
  return { criteria, diagnostics };
}

/**
 * The groups of every valid criteria file in the folder (those already loaded reused): a group
 * overview must name one of them. One of a group with no framework in this report is not shown.
 */
async function groupsIn(dir: string, ids: readonly string[], loaded: ReadonlyMap<string, Criteria>, maxBytes?: number): Promise<string[]> {
  const rest = await loadCriteriaFor(dir, new Set(ids.filter((id) => !loaded.has(id))), maxBytes);
  return [...new Set([...loaded.values(), ...rest.criteria.values()].map((c) => c.group))];
}

/** Runs `grade report` (loaded only when the command is used). */
export async function reportCommand(io: Io, paths: readonly string[], options: ReportCommandOptions): Promise<Outcome> {
  shortRun();
  const { files, narratives: narrativeFiles, problems } = reportFiles(paths, { exclude: options.exclude ?? [] });
  if (options.national) assertReadableFile(options.national);
  const dir = criteriaDirOf(options, io);
  const available = frameworkIds(dir);

  const evidence = await loadEvidence(files, options.maxFileSize);
  const diagnostics = [...problems, ...evidence.diagnostics, ...checkReportInputs(evidence.loaded, available)];
  const frameworks = new Set([...evidence.loaded, ...evidence.partial].map((l) => l.evidence.framework).filter((id) => available.includes(id)));
  const { criteria, diagnostics: criteriaDiagnostics } = await loadCriteriaFor(dir, frameworks, options.maxFileSize);
  appendAll(diagnostics, criteriaDiagnostics);
  const narratives = await loadNarratives(narrativeFiles, options.maxFileSize);
  if (narratives.readable.length > 0) {
    appendAll(diagnostics, checkReportNarratives(narratives.readable, evidence.loaded, await groupsIn(dir, available, criteria, options.maxFileSize)));
  }
  appendAll(diagnostics, narratives.diagnostics);
  // Unknown keys alone leave a usable model: report its other problems in the same run.
  for (const partial of evidence.partial) {
    const forFramework = criteria.get(partial.evidence.framework);
    if (forFramework) appendAll(diagnostics, checkEvidenceFile(forFramework, partial, { allowIncomplete: options.allowIncomplete === true }));
  }

  // The shipped registry names the registered forces, and bounds the national counts.
  const registry = await loadShippedRegistry();
  const forceNames = registry ? forceNamesOf(registry.forces) : undefined;
  const results: GradeResult[] = [];
  for (const loaded of evidence.loaded) {
    const forFramework = criteria.get(loaded.evidence.framework);
    if (!forFramework) continue;
    const graded = gradeLoaded(forFramework, loaded, { allowIncomplete: options.allowIncomplete === true, ...(forceNames ? { forceNames } : {}) });
    appendAll(diagnostics, graded.diagnostics);
    if (graded.ok) results.push(graded.result);
  }

  let national = null;
  if (options.national) {
    const forces = registry ? { count: registry.forces.length, source: `the registry ${displayPath(io.cwd, registry.file)}` } : undefined;
    const gradesOf = (framework: string) => criteria.get(framework)?.scheme.grades.map((g) => g.id).reverse();
    const loaded = await loadNational(options.national, options.maxFileSize, forces, gradesOf);
    appendAll(diagnostics, loaded.diagnostics);
    if (loaded.ok) {
      national = loaded.value;
      appendAll(diagnostics, checkNationalEntries(loaded.value, available));
      if (!hasErrors(diagnostics)) appendAll(diagnostics, checkNationalAgainst(loaded.value, results));
    }
  }

  const outcome = reportDiagnostics(io, options, diagnostics);
  if (outcome !== 'ok' || (options.national && !national)) return 'input-error';
  const narrative = narratives.loaded[0]?.narrative ?? null;
  const advisories = new Map([...criteria.values()].map((c) => [c.scheme.id, advisoriesInWords(compileScheme(c))] as const));
  const report = assembleReport(results, national?.summary ?? null, termsUsed(loadShippedGlossary(), results, narrative), narrative, advisories);
  const render = reportRenderers[options.format as ReportFormat];
  const inputs = [...paths, ...files, ...narrativeFiles, ...[...criteria.values()].map((c) => c.file), ...(options.national ? [options.national] : [])];
  await emit(io, options, render(report, { color: false }), inputs);
  return 'ok';
}
