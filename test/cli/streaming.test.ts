// `validate` as a stream: inputs far larger than memory (and than V8's longest string, about 512 MiB)
// are validated in constant memory, each line judged alone; progress on a terminal, --quiet, and the
// usual exit codes. The big input is made at run time and piped in; memory is held to a bound (a small
// heap limit and the peak resident size the process reports), never to a time.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.ts';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { MAX_DELIVERY_BYTES } from '../../src/cli/split-deliveries.ts';
import { BUILT_CLI } from './run-built-cli.ts';

const MIB = 1024 * 1024;
const TASK = examples['contact_center.task_created'];
const line = (value: unknown): string => `${JSON.stringify(value)}\n`;

/** A CLI run in process, with files given as chunks, a clock that moves `step` ms per reading, and (tty) a status line. */
function runInProcess(args: string[], files: Record<string, string[]>, options: { tty?: boolean; step?: number } = {}) {
  const events: string[] = [];
  let clock = 0;
  const encoder = new TextEncoder();
  const io: CliIo = {
    out: (text) => void events.push(`out:${text}`),
    err: (text) => void events.push(`err:${text}`),
    readFile: async function* (path) {
      const chunks = files[path];
      if (chunks === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      for (const chunk of chunks) yield encoder.encode(chunk);
    },
    sizeOf: async (path) => files[path]?.reduce((total, chunk) => total + encoder.encode(chunk).length, 0),
    readStdin: async function* () {},
    status: options.tty ? (text) => void events.push(`status:${text}`) : undefined,
    now: () => (clock += options.step ?? 0),
  };
  return runCli(args, io).then((code) => ({ code, events }));
}

describe('progress, --quiet and suggestions (in process)', () => {
  const chunks = Array.from({ length: 20 }, (_, i) => line({ ...TASK, event_ts: i }).repeat(50));
  const invalid = line({ ...TASK, event: 'contact_center.task_craeted' });

  it('on a terminal, a long run shows progress on the status line, cleared before any output and at the end', async () => {
    const { code, events } = await runInProcess(
      ['validate', '--quiet', 'big.ndjson'],
      { 'big.ndjson': [...chunks, invalid] },
      { tty: true, step: 300 },
    );
    expect(code).toBe(1);
    const statuses = events.filter((event) => event.startsWith('status:') && event !== 'status:');
    expect(statuses.length).toBeGreaterThan(3);
    for (const status of statuses)
      expect(status).toMatch(/^status:big\.ndjson: \d+\.\d MiB of \d+\.\d MiB \(\d+%\), [\d,]+ deliveries$/);
    expect(statuses.at(-1)).toMatch(/\(100%\), 1,001 deliveries$/);
    // Every output comes after a cleared line, and the run ends with the line cleared.
    events.forEach((event, i) => {
      if (event.startsWith('out:'))
        expect(
          events
            .slice(0, i)
            .filter((e) => e.startsWith('status:'))
            .at(-1) ?? 'status:',
        ).toBe('status:');
    });
    expect(events.filter((event) => event.startsWith('status:')).at(-1)).toBe('status:');
  });

  it('not on a terminal, or in a short run, there is no progress', async () => {
    const quick = await runInProcess(['validate', 'big.ndjson'], { 'big.ndjson': chunks }, { tty: true, step: 1 });
    expect(quick.events.some((event) => event.startsWith('status:'))).toBe(false);
    const piped = await runInProcess(['validate', 'big.ndjson'], { 'big.ndjson': chunks }, { tty: false, step: 300 });
    expect(piped.events.some((event) => event.startsWith('status:') || event.startsWith('err:'))).toBe(false);
  });

  it('--quiet prints only the invalid deliveries and the summary; with --json, only the invalid results', async () => {
    const files = { 'mixed.ndjson': [line(TASK), invalid, line(TASK)] };
    const text = await runInProcess(['validate', '--quiet', 'mixed.ndjson'], files);
    expect(text.code).toBe(1);
    expect(text.events.join('')).toBe(
      'out:mixed.ndjson:2: invalid contact_center.task_craeted (unknown_event)\n' +
        '  /event: "contact_center.task_craeted" is not an event of the Zoom Contact Center document\n' +
        '  did you mean contact_center.task_created?\n' +
        'out:3 deliveries: 2 valid, 1 invalid\n',
    );
    const json = await runInProcess(['validate', '-q', '--json', 'mixed.ndjson'], files);
    expect(json.events).toHaveLength(1);
    expect(JSON.parse(json.events[0]!.slice('out:'.length))).toMatchObject({
      line: 2,
      valid: false,
      code: 'unknown_event',
    });
    const valid = await runInProcess(['validate', '--quiet', 'valid.ndjson'], { 'valid.ndjson': [line(TASK)] });
    expect(valid).toEqual({ code: 0, events: ['out:1 delivery: 1 valid, 0 invalid\n'] });
  });
});

/** Runs the built CLI on `input` (chunks written in order through a pipe) with a heap limit; resolves to its results and peak memory. */
async function pipeThroughBuiltCli(args: string[], input: () => Iterable<Uint8Array>, heapMiB: number) {
  const preload = pathToFileURL(join(import.meta.dirname, 'support', 'report-peak-memory.mjs')).href;
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMiB}`, '--import', preload, BUILT_CLI, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = once(child, 'close') as Promise<[number | null]>;
  let written = 0;
  for (const chunk of input()) {
    written += chunk.length;
    if (!child.stdin.write(chunk)) await once(child.stdin, 'drain');
  }
  child.stdin.end();
  const [code] = await exited;
  const peak = Number(/peak-rss-kib (\d+)/.exec(stderr)?.[1]);
  return { code, stdout, stderr: stderr.replace(/\npeak-rss-kib \d+\n$/, ''), written, peakMiB: peak / 1024 };
}

describe('big inputs, in constant memory (the built binary)', () => {
  it('more than 512 MiB on standard input: every line judged alone, held to 64 MiB of heap and 160 MiB resident', async () => {
    const encoder = new TextEncoder();
    // 1 MiB lines: a valid delivery padded with spaces (valid JSON, cheap to parse), 560 of them.
    const valid = encoder.encode(JSON.stringify(TASK));
    const padded = new Uint8Array(MIB).fill(0x20);
    padded.set(valid);
    padded[MIB - 1] = 0x0a;
    const notUtf8 = new Uint8Array([0x7b, 0xe9, 0x7d, 0x0a]);
    const oversized = new Uint8Array(MAX_DELIVERY_BYTES + MIB).fill(0x78);
    oversized[oversized.length - 1] = 0x0a;
    function* input(): Iterable<Uint8Array> {
      for (let i = 0; i < 280; i++) yield padded;
      yield notUtf8;
      yield oversized;
      for (let i = 0; i < 280; i++) yield padded;
    }
    const run = await pipeThroughBuiltCli(['validate', '--quiet', '-'], input, 64);
    expect(run.written).toBeGreaterThan(512 * MIB);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      '-:281: invalid (invalid_json)\n  (root): the body is not valid UTF-8\n' +
        `-:282: invalid (invalid_json)\n  (root): the delivery is ${MAX_DELIVERY_BYTES + MIB - 1} bytes, over the ${MAX_DELIVERY_BYTES} bytes this command reads at once\n` +
        '562 deliveries: 560 valid, 2 invalid\n',
    );
    expect(run.code).toBe(1);
    console.info(
      `validate: ${(run.written / MIB).toFixed(0)} MiB piped in, peak resident memory ${run.peakMiB.toFixed(0)} MiB`,
    );
    expect(run.peakMiB).toBeLessThan(160);
  }, 120_000);
});
