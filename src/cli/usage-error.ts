/** A command line the CLI cannot act on (unknown command, missing argument, unreadable file): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
