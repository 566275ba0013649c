/** Longest piece of user text quoted in a message; longer text is cut with an ellipsis. */
export const MAX_QUOTED = 60;

/**
 * A user-supplied value quoted for a message: JSON-quoted (so control characters show as
 * escapes) and cut to a readable length, so no input can flood or forge a diagnostic line.
 */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const cut = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return typeof value === 'string' ? JSON.stringify(cut) : cut;
}
