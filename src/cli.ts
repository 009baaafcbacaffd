#!/usr/bin/env node
// The zoom-cc-webhooks command (package.json `bin`): the process around runCli.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { runCli } from './cli/run-cli.js';
import { escapeControls } from './kernel/index.js';

const CHUNK_BYTES = 1024 * 1024;

// A reader that went away (`| head`) is not an error of ours: stop quietly, as other commands do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const io = {
  // Waiting for 'drain' when the pipe is full keeps memory flat however much is printed.
  out: (chunk: string) =>
    process.stdout.write(chunk) ? undefined : once(process.stdout, 'drain').then(() => undefined),
  err: (chunk: string) => void process.stderr.write(chunk),
  readFile: (path: string) => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
  sizeOf: async (path: string) => {
    try {
      const stats = await stat(path);
      return stats.isFile() ? stats.size : undefined;
    } catch {
      return undefined; // reading it will say why
    }
  },
  readStdin: () => process.stdin,
  status: process.stderr.isTTY ? (line: string) => void process.stderr.write(`\r\u001b[2K${line}`) : undefined,
  now: () => performance.now(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    // exitCode, not exit(): output still being written to a pipe is not cut off.
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`zoom-cc-webhooks: internal error: ${escapeControls(detail)}\n`);
    process.exitCode = 2;
  },
);
