/**
 * A title from an id ("beacon" → "Beacon", "borderline-poor" → "Borderline poor"), for what a
 * file may name by id alone: an excellence factor without a title, an advisory.
 */
export function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words === '' ? id : words.charAt(0).toUpperCase() + words.slice(1);
}
