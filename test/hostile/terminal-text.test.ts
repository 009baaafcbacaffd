// Safe text out: every untrusted string (event names, property names, values, thrown messages) that the
// package puts in a message or a log line goes through src/kernel/quote-text.ts, so ESC, newlines, C1 and
// bidirectional controls arrive escaped and cannot clear a screen or forge a line. (The CLI's output is
// checked in test/cli/.)
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { examples } from '../../generated/examples.ts';
import { escapeControls, printableText, quoteText } from '../../src/kernel/quote-text.ts';
import { createWebhookHandler, parseEvent, safeParseEvent, WebhookEventError } from '../../src/index.ts';
import { signDelivery } from '../../src/testing.ts';
import { assertProperty } from '../support/seeded.ts';

/** What a terminal or an editor could act on: C0 and C1 controls, DEL, separators, invisible and bidi controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|\p{Cs}/u;
const lines = (text: string): string[] => text.split('\n');
const ATTACK = 'x\u001b[2J\u001b[Hcontact_center.task_created: valid\n\u009b31m\u202etxt.exe\ud800';

const TASK = examples['contact_center.task_created'];
const withObject = (object: Record<string, unknown>): Record<string, unknown> => ({
  ...TASK,
  payload: { ...TASK.payload, object: { ...TASK.payload.object, ...object } },
});

describe('quoteText, printableText, escapeControls', () => {
  it('escape every control, keep printable text (an emoji included) as it is', () => {
    expect(quoteText('a\u001b[2J\nb')).toBe('"a\\u001b[2J\\nb"');
    expect(quoteText('\u009b\u202e\u2028\u007f\ud800')).toBe('"\\u009b\\u202e\\u2028\\u007f\\ud800"');
    expect(quoteText('plain "quoted" 😀')).toBe('"plain \\"quoted\\" 😀"');
    expect(quoteText('abcdef', 3)).toBe('"abc"... (6 characters)');
    expect(printableText('/payload/object/task_id')).toBe('/payload/object/task_id');
    expect(printableText('/payload/a\u001bb')).toBe('"/payload/a\\u001bb"');
    expect(printableText('x'.repeat(10), 4)).toBe('"xxxx"... (10 characters)');
    expect(escapeControls("Unexpected token '\u001b'")).toBe("Unexpected token '\\u001b'");
  });

  it('property: the quoted text has no control character, and reads back as the text (fixed seed and runs)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constant(ATTACK));
    assertProperty(
      fc.property(text, (s) => {
        const quoted = quoteText(s);
        expect(quoted).not.toMatch(CONTROL);
        expect(JSON.parse(quoted)).toBe(s);
        expect(printableText(s)).not.toMatch(CONTROL);
        expect(escapeControls(s)).not.toMatch(CONTROL);
      }),
      2000,
    );
  });
});

describe('messages carry no raw control character', () => {
  it('an unknown event name with ESC and a newline', () => {
    const { error } = safeParseEvent({ ...TASK, event: ATTACK });
    expect(error?.code).toBe('unknown_event');
    expect(error?.event).toBe(ATTACK); // the data itself is kept as it came
    expect(error?.message).not.toMatch(CONTROL);
    expect(error?.issues[0]?.message).toBe(`${quoteText(ATTACK)} is not an event of the Zoom Contact Center document`);
  });

  it('an unknown property name, in strict mode, in the issue and in the error message', () => {
    const { error } = safeParseEvent(withObject({ [ATTACK]: 1 }), { strict: true });
    expect(error?.issues[0]?.message).toBe(
      `unknown property ${quoteText(ATTACK)} (not in the document; refused in strict mode)`,
    );
    expect(error?.message).not.toMatch(CONTROL);
  });

  it('values, paths and JSON syntax errors', () => {
    const wrong = safeParseEvent(withObject({ task_status: ATTACK, teams: { [ATTACK]: 1 } }));
    expect(wrong.error?.message).not.toMatch(CONTROL);
    for (const issue of wrong.error?.issues ?? []) expect(issue.message).not.toMatch(CONTROL);
    const syntax = safeParseEvent(`{"event": ${ATTACK}}`);
    expect(syntax.error?.code).toBe('invalid_json');
    expect(syntax.error?.message).not.toMatch(CONTROL);
    expect(() =>
      parseEvent(
        Object.defineProperty({}, 'event', {
          enumerable: true,
          get: () => {
            throw new Error(ATTACK);
          },
        }),
      ),
    ).toThrow(WebhookEventError);
    const thrown = safeParseEvent(
      Object.defineProperty({}, 'event', {
        enumerable: true,
        get: () => {
          throw new Error(ATTACK);
        },
      }),
    );
    expect(thrown.error?.message).not.toMatch(CONTROL);
  });
});

describe("the webhook handler's default log lines", () => {
  const SECRET = 'secret-token';
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['an unknown event name', { ...TASK, event: ATTACK }],
    ['an off-spec payload', withObject({ task_status: ATTACK })],
  ])('%s is logged escaped, on one line', async (_label, body) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const handler = createWebhookHandler({ secret: SECRET });
    const signed = await signDelivery({ secret: SECRET, body });
    const response = await handler(new Request('http://localhost/', { method: 'POST', ...signed }));
    expect(response.status).toBe(200);
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]![0]);
    expect(line).not.toMatch(CONTROL);
    expect(lines(line)).toHaveLength(1);
  });
});
