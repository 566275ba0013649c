/** A problem with how the tool was called (exit 2): unknown framework, unreadable path, bad option. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
