import type { CompiledScheme } from '../criteria/scheme/compile.js';
import { measure } from './conditions.js';
import { decideState, type Decided } from './decide.js';
import { fewestCount } from './changes.js';
import type { Advisory } from './result.js';
import { stateKey, type GradingState } from './state.js';
import { advisoriesOf } from './advisories.js';

/** What the scheme decides from a state alone, whatever the evidence says besides. */
export interface DecisionCore {
  decided: Decided;
  advisories: Advisory[];
  /** That of the scheme's first share or score condition (`goodShare`). */
  share: number;
  /** The grade one down and the fewest changes to it, or null at the lowest grade. */
  margin: { grade: string; changesNeeded: number | null } | null;
}

/** The share a result reports (`goodShare`): that of the scheme's first share or score condition. */
export function reportedShare(compiled: CompiledScheme, state: GradingState): number {
  const condition = compiled.shareCondition;
  if (!condition) return 0;
  const m = measure(condition, compiled, state);
  return m.total === 0 ? 0 : m.count / m.total;
}

/** The margin of a state whose grade is at `rank`, without its candidates. */
function marginAt(compiled: CompiledScheme, state: GradingState, rank: number): DecisionCore['margin'] {
  const grade = compiled.scheme.grades[rank - 1];
  return grade ? { grade: grade.id, changesNeeded: fewestCount(compiled, state, rank, false, rank) } : null;
}

function computeCore(compiled: CompiledScheme, state: GradingState, decided: Decided): DecisionCore {
  return Object.freeze({ decided, advisories: advisoriesOf(compiled, state, decided), share: reportedShare(compiled, state),
    margin: marginAt(compiled, state, decided.rank) });
}

/** Decisions remembered per compiled scheme: a round's files share few states. */
const remembered = new WeakMap<CompiledScheme, Map<string, DecisionCore>>();
const MAX_REMEMBERED = 20_000;

/**
 * The decision of a state with its advisories, share and margin, remembered per scheme for states
 * of the scheme's own classes (no critical mark changing a selection): a batch meets the same few
 * states again and again, and each then costs one key. The results are shared and frozen.
 */
export function decisionCore(compiled: CompiledScheme, state: GradingState): DecisionCore {
  if (state.inSelection !== compiled.classes.inSelection) return computeCore(compiled, state, decideState(compiled, state));
  let memo = remembered.get(compiled);
  if (!memo) remembered.set(compiled, (memo = new Map<string, DecisionCore>()));
  const key = stateKey(state);
  let core = memo.get(key);
  if (!core) {
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    core = computeCore(compiled, state, decideState(compiled, state));
    memo.set(key, core);
  }
  return core;
}
