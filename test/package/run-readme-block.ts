// Runs a README example in the consumer project (where the packed package is installed), as a user would
// after copying it: TypeScript stripped by esbuild, then plain `node`.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { signDelivery } from '../../src/testing.ts';
import { examples } from '../../generated/examples.ts';
import { instrumentBlock, type ReadmeBlock } from './readme-blocks.ts';

/** The secret the examples read from process.env.ZOOM_WEBHOOK_SECRET_TOKEN. */
export const README_SECRET = 'readme-example-secret';

export interface BlockRun {
  status: number | null;
  stdout: string;
  stderr: string;
  assertions: number;
}

async function writeModule(consumer: string, block: ReadmeBlock, code: string): Promise<string> {
  const { code: javascript } = await transform(code, {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcefile: `README.md:${block.line}`,
  });
  const file = join(consumer, 'readme', `run-line-${block.line}.mjs`);
  writeFileSync(file, javascript);
  return file;
}

const environment = (): NodeJS.ProcessEnv => ({
  ...process.env,
  ZOOM_WEBHOOK_SECRET_TOKEN: README_SECRET,
  NODE_OPTIONS: '',
});

/** Runs a `run` block to its end; it exits 1, naming the README line, when a stated result differs. */
export async function runBlock(consumer: string, block: ReadmeBlock): Promise<BlockRun> {
  const { code, assertions } = instrumentBlock(block);
  const file = await writeModule(consumer, block, code);
  const run = spawnSync(process.execPath, [file], {
    cwd: consumer,
    encoding: 'utf8',
    timeout: 60_000,
    env: environment(),
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, assertions };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ServedBlock {
  status: number;
  /** What the server printed while handling the delivery (waited for when the block logs anything). */
  stdout: string;
  taskId: string;
}

/**
 * Starts a `serve` block on a free port (its literal 3000 replaced), posts a signed task_created delivery
 * to `path` until the server answers, then stops it.
 */
export async function serveBlock(consumer: string, block: ReadmeBlock, path: string): Promise<ServedBlock> {
  if (!block.code.includes('3000')) throw new Error(`README.md:${block.line}: a serve block listens on port 3000`);
  const port = await freePort();
  const file = await writeModule(consumer, block, block.code.replaceAll('3000', String(port)));
  const child = spawn(process.execPath, [file], {
    cwd: consumer,
    env: environment(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('exit', () => (exited = true));
  try {
    const event = examples['contact_center.task_created'];
    const delivery = await signDelivery({ secret: README_SECRET, body: event });
    // Until it listens: no deadline here, the test's own timeout bounds the wait.
    for (;;) {
      if (exited) throw new Error(`README.md:${block.line}: the server exited before answering:\n${output}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', ...delivery });
        await response.arrayBuffer();
        // The example's handler logs the task's ID before answering; wait for the pipe to deliver it.
        const taskId = event.payload.object.task_id;
        const logs = block.code.includes('console.log(');
        while (logs && response.status === 200 && !output.includes(taskId) && !exited)
          await new Promise((resolve) => setTimeout(resolve, 20));
        return { status: response.status, stdout: output, taskId };
      } catch (error) {
        if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNREFUSED') throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  } finally {
    child.kill();
  }
}
