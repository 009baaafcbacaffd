// The TypeScript examples of README.md: every fenced block whose info string is exactly `ts` (a block
// marked `ts no-check` is prose-like code that is not meant to compile on its own).
//
// Every block is type-checked. A block that declares nothing (no `declare`: it needs no value from the
// reader's own program) is also run, and the results its comments state are asserted:
// - `console.log(...); // text`: that call prints `text`;
// - `console.log(...);` followed by comment lines: that call prints those lines, one per call, in order;
// - `expression; // literal` or `const name = expression; // literal`, where the comment is a JavaScript
//   literal (`'invalid_payload'`, `false`, `122`, `[]`): the value deep-equals it.
// An HTML comment on the line before the fence changes how a block runs:
// - `<!-- readme-test: serve PATH -->`: it starts a server on port 3000; the test runs it on a free port
//   instead, posts a signed delivery to PATH, expects 200, and stops it;
// - `<!-- readme-test: no-run REASON -->`: it is only type-checked; the reason is required.

export interface ReadmeBlock {
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
  /** How the test runs it: `run` (and assert its comments), `serve`, or not at all. */
  run: { mode: 'run' } | { mode: 'serve'; path: string } | { mode: 'no-run'; reason: string } | { mode: 'declares' };
}

const MARKER = /^<!-- readme-test: (serve|no-run) (\S.*?) -->$/;

export function readmeTypeScriptBlocks(markdown: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(.*)$/.exec(lines[index]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !lines[index]!.trimStart().startsWith(fence!); index++) {
      body.push(lines[index]!.slice(Math.min(indent!.length, lines[index]!.length - lines[index]!.trimStart().length)));
    }
    if (index === lines.length) throw new Error(`README.md:${start + 1}: code block is never closed`);
    if (info!.trim() !== 'ts') continue;
    const code = body.join('\n');
    const marker = MARKER.exec(lines[start - 1]?.trim() ?? '');
    const run: ReadmeBlock['run'] = marker
      ? marker[1] === 'serve'
        ? { mode: 'serve', path: marker[2]! }
        : { mode: 'no-run', reason: marker[2]! }
      : /^\s*declare\s/m.test(code)
        ? { mode: 'declares' }
        : { mode: 'run' };
    blocks.push({ line: start + 1, code, run });
  }
  return blocks;
}

/** What a run block's comments say it does, checked by the instrumented code itself. */
export interface Instrumented {
  /** The block's code, calling `__readme` where a comment states a result, then checking them all. */
  code: string;
  /** How many results its comments state. */
  assertions: number;
}

const LOG = /console\.log\(/;
const TRAILING = /^(.*;)\s+\/\/ (.+)$/;
const COMMENT_LINE = /^\s*\/\/ ?(.*)$/;
const DECLARATION = /^\s*(?:export\s+)?(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*/;

/** A comment that is a JavaScript literal (a value, not prose), or undefined. */
function literal(comment: string): string | undefined {
  try {
    // The comment is our own README's text, evaluated only to see whether it is a plain value.
    new Function(`return (${comment});`)();
    return comment;
  } catch {
    return undefined;
  }
}

/**
 * Turns the results a block's comments state into checks: the block runs as written, with its own output,
 * and exits 1 listing every result that differs (README line, expected, actual) on standard error.
 */
export function instrumentBlock(block: ReadmeBlock): Instrumented {
  const lines = block.code.split('\n');
  const out: string[] = [];
  const logs: Record<number, string[]> = {};
  let assertions = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const readmeLine = block.line + 1 + index;
    const trailing = TRAILING.exec(line);
    if (LOG.test(line)) {
      const expected: string[] = [];
      if (trailing) expected.push(trailing[2]!);
      else
        for (let next = index + 1; COMMENT_LINE.test(lines[next] ?? ''); next++)
          expected.push(COMMENT_LINE.exec(lines[next]!)![1]!);
      if (expected.length > 0) {
        logs[readmeLine] = expected;
        assertions++;
        out.push(line.replace(LOG, `__readme.log(${readmeLine}, `));
        continue;
      }
    } else if (trailing && literal(trailing[2]!) !== undefined) {
      const declared = DECLARATION.exec(trailing[1]!);
      assertions++;
      out.push(
        declared
          ? `${line}\n__readme.equal(${readmeLine}, ${declared[1]}, ${trailing[2]});`
          : `__readme.equal(${readmeLine}, (${trailing[1]!.trim().replace(/;$/, '')}), ${trailing[2]});`,
      );
      continue;
    }
    out.push(line);
  }
  const prelude = `import { format as __format, isDeepStrictEqual as __equal, inspect as __inspect } from 'node:util';
const __readme = {
  printed: new Map(),
  failures: [],
  log(line, ...values) {
    console.log(...values);
    this.printed.set(line, [...(this.printed.get(line) ?? []), ...__format(...values).split('\\n')]);
  },
  equal(line, actual, expected) {
    if (!__equal(actual, expected)) this.failures.push(\`README.md:\${line}: expected \${__inspect(expected)}, got \${__inspect(actual)}\`);
  },
};
`;
  const check = `
for (const [line, expected] of Object.entries(${JSON.stringify(logs)})) {
  const printed = __readme.printed.get(Number(line)) ?? [];
  if (!__equal(printed, expected)) __readme.failures.push(\`README.md:\${line}: expected it to print \${__inspect(expected)}, it printed \${__inspect(printed)}\`);
}
if (__readme.failures.length > 0) {
  console.error(__readme.failures.join('\\n'));
  process.exitCode = 1;
}
`;
  return { code: `${prelude}${out.join('\n')}\n${check}`, assertions };
}
