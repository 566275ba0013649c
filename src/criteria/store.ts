import { join, resolve } from 'node:path';
import type { Loaded } from '../shared/diagnostics.js';
import { loadCriteriaFile } from './load.js';
import type { Criteria } from './model.js';

/**
 * The criteria files of one folder, each loaded at most once however many evidence files or
 * test cases need it (and however it is named: paths are compared resolved).
 */
export class CriteriaStore {
  private readonly loads = new Map<string, Promise<Loaded<Criteria>>>();

  /** `ids` are the framework ids found in `dir` (its `*.yaml` file stems). */
  constructor(readonly dir: string, readonly ids: readonly string[], private readonly maxBytes?: number) {}

  /** The criteria file of a framework in the folder. */
  fileOf(framework: string): string {
    return join(this.dir, `${framework}.yaml`);
  }

  has(framework: string): boolean {
    return this.ids.includes(framework);
  }

  /** Loads a criteria file (by any path), once. */
  load(file: string): Promise<Loaded<Criteria>> {
    const key = resolve(file);
    let loading = this.loads.get(key);
    if (!loading) {
      loading = loadCriteriaFile(file, this.maxBytes);
      this.loads.set(key, loading);
    }
    return loading;
  }

  /** Loads the criteria of a framework in the folder; undefined when the folder has none. */
  forFramework(framework: string): Promise<Loaded<Criteria>> | undefined {
    return this.has(framework) ? this.load(this.fileOf(framework)) : undefined;
  }
}
