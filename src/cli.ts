#!/usr/bin/env node
// The zoom-cc-webhooks command (package.json `bin`): the process around runCli.
import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { runCli } from './cli/run-cli.js';

const io = {
  out: (chunk: string) => void process.stdout.write(chunk),
  err: (chunk: string) => void process.stderr.write(chunk),
  readFile: async (path: string) => readFile(path),
  readStdin: async () => new Uint8Array(await buffer(process.stdin)),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    // exitCode, not exit(): output still being written to a pipe is not cut off.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`zoom-cc-webhooks: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
