// The zoom-cc-webhooks command, run as users run it: the built binary, in a child process.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventNames } from '../../generated/event-names.ts';
import { eventSchemas } from '../../generated/event-schemas.ts';
import { examples, minimalExamples } from '../../generated/examples.ts';
import { ROOT } from '../support/paths.ts';
import { BUILT_CLI, runBuiltCli } from './run-built-cli.ts';

const TASK = 'contact_center.task_created';
const valid = examples[TASK];
const invalid = { ...valid, payload: { ...valid.payload, object: { ...valid.payload.object, task_status: 'paused' } } };
const withUnknownField = {
  ...valid,
  payload: { ...valid.payload, object: { ...valid.payload.object, brand_new_field: 1 } },
};

let dir: string;
const file = (name: string, contents: string): string => {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zoom-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built binary', () => {
  it('is what package.json `bin` points at, and is executable', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(join(ROOT, pkg.bin['zoom-cc-webhooks']!)).toBe(BUILT_CLI);
    expect(readFileSync(BUILT_CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(BUILT_CLI).mode & 0o111).not.toBe(0);
  });

  it('--help prints the usage and exits 0; --version prints package.json version', () => {
    const help = runBuiltCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: zoom-cc-webhooks <command>/);
    for (const command of ['validate', 'events', 'schema EVENT', 'example EVENT'])
      expect(help.stdout).toContain(command);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runBuiltCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(runBuiltCli(['-v']).stdout).toBe(`${version}\n`);
  });
});

describe('events, schema, example', () => {
  it('events prints every event name, one per line, in the document order', () => {
    const run = runBuiltCli(['events']);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toEqual([...eventNames]);
  });

  it("schema prints the event's JSON Schema, by full or short name", () => {
    const full = runBuiltCli(['schema', TASK]);
    expect(full.code).toBe(0);
    expect(JSON.parse(full.stdout)).toEqual(eventSchemas[TASK]);
    expect(runBuiltCli(['schema', 'task_created']).stdout).toBe(full.stdout);
  });

  it('example prints a valid example, and --minimal only the required fields', () => {
    expect(JSON.parse(runBuiltCli(['example', TASK]).stdout)).toEqual(examples[TASK]);
    expect(JSON.parse(runBuiltCli(['example', 'task_created', '--minimal']).stdout)).toEqual(minimalExamples[TASK]);
  });

  it('an unknown event is a usage error (exit 2) that suggests names', () => {
    const run = runBuiltCli(['schema', 'task_create']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown event "task_create"; did you mean contact_center.task_created');
    expect(runBuiltCli(['example', 'no_such_thing']).stderr).toContain('`zoom-cc-webhooks events` lists them');
    // A swap of two letters is one edit; a fragment suggests the names it is part of.
    expect(runBuiltCli(['schema', 'tsak_created']).stderr).toContain(
      'unknown event "tsak_created"; did you mean contact_center.task_created?',
    );
    expect(runBuiltCli(['schema', 'queue_agent']).stderr).toMatch(
      /did you mean contact_center\.queue_agent_\w+, contact_center\.queue_agent_\w+\?/,
    );
    expect(runBuiltCli(['schema']).code).toBe(2);
  });
});

describe('validate', () => {
  it('a valid delivery: exit 0, one line per delivery and a summary', () => {
    const path = file('valid.json', JSON.stringify(valid, null, 2));
    const run = runBuiltCli(['validate', path]);
    expect(run).toEqual({ code: 0, stdout: `${path}: valid ${TASK}\n1 delivery: 1 valid, 0 invalid\n`, stderr: '' });
  });

  it('an invalid delivery: exit 1, with each issue and where it is', () => {
    const path = file('invalid.json', JSON.stringify(invalid));
    const run = runBuiltCli(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${path}: invalid ${TASK} (invalid_payload)\n  /payload/object/task_status: expected one of "pending",`,
    );
    expect(run.stdout).toContain('received "paused"');
    expect(run.stdout).toMatch(/1 delivery: 0 valid, 1 invalid\n$/);
  });

  it('NDJSON from standard input: one result per line, with line numbers; blank lines skipped', () => {
    const input = [JSON.stringify(valid), '', JSON.stringify(invalid), '{"event": 42}', '{not json'].join('\n');
    const run = runBuiltCli(['validate', '-'], { input });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`-:1: valid ${TASK}`);
    expect(lines[1]).toBe(`-:3: invalid ${TASK} (invalid_payload)`);
    expect(run.stdout).toContain('-:4: invalid (invalid_envelope)\n  /event: expected string, received the integer 42');
    expect(run.stdout).toContain('-:5: invalid (invalid_json)');
    expect(run.stdout).toMatch(/4 deliveries: 1 valid, 3 invalid\n$/);
  });

  it('every example of every event, as NDJSON, is valid', () => {
    const all = eventNames.flatMap((name) => [JSON.stringify(examples[name]), JSON.stringify(minimalExamples[name])]);
    const run = runBuiltCli(['validate', file('all.ndjson', `${all.join('\n')}\n`)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${all.length} deliveries: ${all.length} valid, 0 invalid\\n$`));
  });

  it('--strict refuses fields the document does not list; the default accepts them', () => {
    const path = file('unknown-field.json', JSON.stringify(withUnknownField));
    expect(runBuiltCli(['validate', path]).code).toBe(0);
    const strict = runBuiltCli(['validate', '--strict', path]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('/payload/object/brand_new_field: unknown property "brand_new_field"');
  });

  it('a pretty-printed delivery with a syntax error is one invalid_json result, not one per line', () => {
    const path = file('broken.json', JSON.stringify(valid, null, 2).replace('"event_ts"', 'event_ts'));
    const run = runBuiltCli(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${path}: invalid (invalid_json)\n  (root): `);
    expect(run.stdout).toMatch(/1 delivery: 0 valid, 1 invalid\n$/);
  });

  it('bytes that are not UTF-8 and an empty file are reported, not crashed on', () => {
    const notUtf8 = join(dir, 'latin1.json');
    writeFileSync(notUtf8, Buffer.from([0x7b, 0xe9, 0x7d]));
    const run = runBuiltCli(['validate', notUtf8, file('empty.json', '')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${notUtf8}: invalid (invalid_json)\n  (root): the body is not valid UTF-8`);
    expect(run.stdout).toContain('empty.json: invalid (invalid_json)\n  (root): the body is empty');
  });

  it('NDJSON with a line of invalid UTF-8: that line is one invalid delivery, the others are judged', () => {
    const path = join(dir, 'one-bad-line.ndjson');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(`${JSON.stringify(valid)}\n`),
        Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]),
        Buffer.from(`${JSON.stringify(valid)}\n`),
      ]),
    );
    const run = runBuiltCli(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${path}:1: valid ${TASK}\n${path}:2: invalid (invalid_json)\n  (root): the body is not valid UTF-8\n${path}:3: valid ${TASK}\n3 deliveries: 2 valid, 1 invalid\n`,
    );
  });

  it('several pretty-printed deliveries in one file: one result each, at the line where it starts', () => {
    const pretty = JSON.stringify(valid, null, 2);
    const path = file('pretty.json', `${pretty}\n${JSON.stringify(invalid, null, 2)}\n`);
    const run = runBuiltCli(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${path}:1: valid ${TASK}\n${path}:${pretty.split('\n').length + 1}: invalid ${TASK} (invalid_payload)\n`,
    );
  });

  it('untrusted names are printed escaped: no control character reaches the terminal, no line is forged', () => {
    const attack = 'x\u001b[2J\u001b[H\ncontact_center.task_created: valid\u009b\u202e';
    const input = [
      JSON.stringify({ ...valid, event: attack }),
      JSON.stringify({
        ...valid,
        payload: { ...valid.payload, object: { ...valid.payload.object, [attack]: attack } },
      }),
    ].join('\n');
    const run = runBuiltCli(['validate', '--strict', '-'], { input });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '-:1: invalid "x\\u001b[2J\\u001b[H\\ncontact_center.task_created: valid\\u009b\\u202e" (unknown_event)',
    );
    expect(lines.filter((line) => line.includes(': valid '))).toEqual([]);
    expect(lines).toContain(
      '  "/payload/object/x\\u001b[2J\\u001b[H\\ncontact_center.task_created: valid\\u009b\\u202e": unknown property "x\\u001b[2J\\u001b[H\\ncontact_center.task_created: valid\\u009b\\u202e" (not in the document; refused in strict mode)',
    );
  });

  it('--json prints one JSON result per delivery', () => {
    const path = file('two.ndjson', `${JSON.stringify(valid)}\n${JSON.stringify(invalid)}\n`);
    const run = runBuiltCli(['validate', '--json', path]);
    expect(run.code).toBe(1);
    const results = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(results).toEqual([
      { source: path, line: 1, valid: true, event: TASK },
      {
        source: path,
        line: 2,
        valid: false,
        event: TASK,
        code: 'invalid_payload',
        issues: [expect.objectContaining({ path: '/payload/object/task_status', keyword: 'enum' })],
        truncated: false,
      },
    ]);
  });

  it('an unreadable file: exit 2 and a message, while the other files are still validated', () => {
    const missing = join(dir, 'missing.json');
    const run = runBuiltCli(['validate', missing, file('ok.json', JSON.stringify(valid))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read ${missing}: ENOENT`);
    expect(run.stdout).toContain('1 delivery: 1 valid, 0 invalid, 1 unreadable source');
  });
});

describe('usage errors exit 2 with a message on standard error', () => {
  it.each([
    [[], 'missing command'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['validate'], 'validate needs at least one FILE'],
    [['validate', '-', '-'], '"-" (standard input) can be given only once'],
    [['validate', '--minimal', 'x.json'], 'validate does not take --minimal'],
    [['events', '--strict'], 'events does not take --strict'],
    [['events', 'extra'], 'too many arguments for events: extra'],
    [['schema', 'a', 'b'], 'too many arguments for schema: a b'],
    [['validate', '--no-such-option', 'x.json'], "Unknown option '--no-such-option'"],
  ])('%j', (args, message) => {
    const run = runBuiltCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Run "zoom-cc-webhooks --help" for usage.');
  });
});
