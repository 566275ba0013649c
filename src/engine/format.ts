/** A share as a whole percentage for prose ("67%"). */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A threshold as a percentage with at most one decimal ("50%", "33.3%"). */
export function thresholdPercent(value: number): string {
  return `${Number((value * 100).toFixed(1))}%`;
}

/** "1 criterion" / "3 criteria". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A list of criterion ids with their text: `NP-F1 "…"; NP-F4 "…"`. */
export function namedList(items: ReadonlyArray<{ id: string; text: string }>): string {
  return items.map((item) => `${item.id} "${item.text}"`).join('; ');
}
