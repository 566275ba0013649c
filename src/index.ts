/**
 * The programmatic API of `grade`: load criteria and evidence, grade one file, render results.
 * Everything here is what the CLI itself uses.
 */
export { parseCriteria } from './criteria/parse.js';
export { loadCriteriaFile, parseCriteriaText } from './criteria/load.js';
export type { Criteria, Criterion, Thresholds, ExcellenceFactor, Theme } from './criteria/model.js';
export type { Scheme, SchemeRule, Condition, Selector, Limiter } from './criteria/scheme/model.js';
export { parseScheme } from './criteria/scheme/parse.js';
export { loadSchemeFile, schemeLookupFor, type SchemeLookup, type SchemeParser } from './criteria/scheme/load.js';
export { parseEvidence, loadEvidenceFile, checkEvidenceFile, type LoadedEvidence } from './evidence/load.js';
export type { Evidence, Finding, FactorFinding, CriticalMark, Judgement, ReportNarrative } from './evidence/model.js';
export { decideGrade, gradeEvidence, type GradeDecision } from './engine/grade.js';
export type { GradeResult, CriterionResult, FactorResult, StatusCounts, Decision, NextGrade, Margin, Advisory, LimiterResult, Direction, SchemeSummary } from './engine/result.js';
export { decideLoaded, gradeLoaded, type GradeOptions, type GradeOutcome } from './engine/sequence.js';
export { gradeFile } from './batch/grade-file.js';
export { gradeRenderers, type GradeFormat, type GradeRenderOptions } from './render/grade/index.js';
export { assembleReport, type ForceReport, type FrameworkReport, type Distribution } from './batch/report-model.js';
export { parseNational, loadNational, type LoadedNational } from './batch/national.js';
export { reportRenderers, type ReportFormat } from './render/report/index.js';
export type { Diagnostic, DiagnosticCode, Severity, Loaded } from './shared/diagnostics.js';
export { formatDiagnostic } from './render/diagnostics.js';
export { STATUSES, type Status } from './shared/grades.js';
export { run } from './cli/run.js';
export type { Io } from './cli/io.js';
// validate and test: checking criteria, evidence and criteria test files; running criteria tests.
export { validateTargets, validateCriteriaFile, validateTestFile, type ValidateTarget, type ValidateOptions } from './batch/validate/validate.js';
export { validateEvidenceFile, validateEvidenceText } from './batch/validate/evidence-file.js';
export type { ValidationRun, FileCheck, FileKind } from './batch/validate/validation-run.js';
export { validateRenderers, type ValidateFormat } from './render/validate/index.js';
export { CriteriaStore } from './criteria/store.js';
export type { CriteriaProvenance } from './criteria/provenance.js';
export { loadTestFile, parseTestFile, testFileDocument, prebuiltTestName } from './batch/criteria-tests/load.js';
export { prebuiltFileText } from './io/prebuilt.js';
export { runTestFile, type TestFileResult, type CaseResult } from './batch/criteria-tests/run.js';
export { testRenderers, type TestFormat } from './render/test/index.js';
export { DIAGNOSTIC_META } from './shared/diagnostic-meta.js';
export { gradeBatch, type GradeBatchOptions } from './batch/batch.js';
export type { BatchRun, BatchResult, BatchError, BatchFramework, BatchMargin, GradeCounts, Movement, Move, ModerationItem, ModerationReason } from './batch/model.js';
export { loadForcesFile, parseForces, defaultForcesFile, type Force, type ForcesRegistry } from './batch/forces.js';
export { loadPreviousBatch, parsePreviousBatch, type PreviousBatch } from './batch/compare.js';
export { discoverEvidence, type Discovered } from './batch/discover.js';
export { batchRenderers, type BatchFormat, type BatchRenderer } from './render/batch/index.js';
export { defaultCriteriaDir } from './cli/criteria-dir.js';
