import { quote } from './quote.js';
import { didYouMean } from './suggest.js';

/**
 * The one message for evidence (or a criteria test) that names a framework with no criteria,
 * whichever command reads it (`grade <framework>`, `batch`, `validate`, `test`, `report`): the
 * closest framework id as a did-you-mean, else the ids there are and how to name another folder. `dir` is the criteria folder
 * as the user sees it, when there is one.
 */
export function unknownFrameworkMessage(framework: string, ids: readonly string[], dir?: string): string {
  const where = dir === undefined ? '' : ` in ${dir}`;
  const hint = didYouMean(framework, ids);
  // Without a close id, the likeliest cause is criteria kept in another folder.
  return `no criteria for framework ${quote(framework)}${where}${hint || ` (available: ${[...ids].sort().join(', ') || 'none'}); for criteria in another folder, give --criteria <folder>`}`;
}
