/**
 * Appends every item to `target`, one push each, and returns `target`. `target.push(...items)`
 * passes every item as an argument on the stack, and a list as long as a hostile file's
 * problems (150,000 duplicate findings) overflows it: "Maximum call stack size exceeded".
 */
export function appendAll<T>(target: T[], ...lists: ReadonlyArray<Iterable<T>>): T[] {
  for (const items of lists) for (const item of items) target.push(item);
  return target;
}
