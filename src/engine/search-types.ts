import type { MeasuredClass } from './measures.js';
import type { TailOption } from './tails.js';

/** A class as the search by measures tries it: its outcomes, cheapest first, and what each adds to the capped measures. */
export interface Tried { m: MeasuredClass; options: TailOption[]; cutAdds: Array<Array<[number, number]>> }

/** One way a class ends: an outcome at its cuts and the steps it takes. */
export interface Move { option: TailOption; steps: number }

/** A key of capped measures with some rises added (each capped). */
export type Advance = (key: number, adds: ReadonlyArray<readonly [number, number]>) => number;
