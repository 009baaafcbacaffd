// What the commands need from the outside world, so they can be driven by something other than a process.

export interface CliIo {
  /** Writes text (with its own newlines) to standard output; a promise when the caller should wait for it to drain. */
  readonly out: (text: string) => void | Promise<void>;
  /** Writes text (with its own newlines) to standard error. */
  readonly err: (text: string) => void;
  /** A file's bytes, chunk by chunk; the iteration rejects with the system error when it cannot be read. */
  readonly readFile: (path: string) => AsyncIterable<Uint8Array>;
  /** A file's size in bytes, for progress; undefined when it is not known (a pipe, an unreadable file). */
  readonly sizeOf: (path: string) => Promise<number | undefined>;
  /** Standard input, chunk by chunk. */
  readonly readStdin: () => AsyncIterable<Uint8Array>;
  /** Present when standard error is a terminal: replaces the one status line there ("" clears it). */
  readonly status?: ((line: string) => void) | undefined;
  /** Milliseconds from any fixed origin; paces the progress line. */
  readonly now: () => number;
}
