// What the commands need from the outside world, so they can be driven by something other than a process.

export interface CliIo {
  /** Writes text (with its own newlines) to standard output. */
  readonly out: (text: string) => void;
  /** Writes text (with its own newlines) to standard error. */
  readonly err: (text: string) => void;
  /** The bytes of a file; rejects with the system error when it cannot be read. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** All of standard input. */
  readonly readStdin: () => Promise<Uint8Array>;
}
