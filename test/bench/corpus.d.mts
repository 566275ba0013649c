// Types for corpus.mjs, the benchmark's corpus generator (used by test/bench/corpus.test.ts).
export interface Shape {
  id: string;
  scheme: 'hmic-2007' | 'peel-2021' | 'cqc-saf';
  layout: 'six' | 'one';
  registered: boolean;
  criteria: 'shipped' | 'copies' | number;
  evidence: 'short' | '2kb';
  about: string;
}
export const GENERATOR_VERSION: number;
export const PART_SIZE: number;
export const SHAPES: readonly Shape[];
export function shapeById(id: string): Shape;
export function random(seed: number): () => number;
export function versionDir(benchDir: string): string;
export function removeStale(benchDir: string): void;
export function ensureCriteria(root: string, benchDir: string, shape: Shape): string | null;
export function ensureEvidence(root: string, benchDir: string, shape: Shape, count: number): string[];
export function ensureRegistry(root: string, benchDir: string, shape: Shape, count: number): string;
export function ensureShape(root: string, benchDir: string, shape: Shape, count: number): {
  parts: string[]; forces: string; criteria: string | null; batchArgs: string[];
};
