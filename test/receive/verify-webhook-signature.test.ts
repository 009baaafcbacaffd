import { describe, expect, it, vi } from 'vitest';
import { constantTimeEqual } from '../../src/receive/hmac.ts';
import { verifyWebhookSignature, type VerifyWebhookSignatureOptions } from '../../src/index.ts';
import { genuineBody } from './support/deliveries.ts';
import { CURRENT_SECRET, FORGER_SECRET, PREVIOUS_SECRET, zoomSignature } from './support/zoom-signature.ts';

// A fixed clock, so that every window edge is exact.
const NOW_SECONDS = 1_739_698_035;
const now = (): number => NOW_SECONDS * 1000;
const signature = zoomSignature(CURRENT_SECRET, NOW_SECONDS, genuineBody);

const verify = (overrides: Partial<VerifyWebhookSignatureOptions>) =>
  verifyWebhookSignature({
    secret: CURRENT_SECRET,
    rawBody: genuineBody,
    signature,
    timestamp: String(NOW_SECONDS),
    now,
    ...overrides,
  });

describe('verifyWebhookSignature', () => {
  it('accepts a genuine signature over the raw body: string, Buffer, Uint8Array, ArrayBuffer or DataView', async () => {
    const bytes = new TextEncoder().encode(genuineBody);
    for (const rawBody of [
      genuineBody,
      Buffer.from(genuineBody),
      bytes,
      bytes.buffer.slice(0),
      new DataView(bytes.buffer),
    ]) {
      expect(await verify({ rawBody: rawBody as Uint8Array })).toEqual({ valid: true });
    }
  });

  it('verifies bytes as they are: a body that is not valid UTF-8 still verifies when genuine', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    expect(await verify({ rawBody: bytes, signature: zoomSignature(CURRENT_SECRET, NOW_SECONDS, bytes) })).toEqual({
      valid: true,
    });
  });

  it('takes a number timestamp, and Node-style header arrays of one value', async () => {
    expect(await verify({ timestamp: NOW_SECONDS })).toEqual({ valid: true });
    expect(await verify({ signature: [signature], timestamp: [String(NOW_SECONDS)] })).toEqual({ valid: true });
  });

  it('accepts uppercase hex, and surrounding whitespace', async () => {
    expect(await verify({ signature: `v0=${signature.slice(3).toUpperCase()}` })).toEqual({ valid: true });
    expect(await verify({ signature: ` ${signature} `, timestamp: ` ${NOW_SECONDS} ` })).toEqual({ valid: true });
  });

  it('refuses a forged signature, an altered body, a re-serialised body and a changed timestamp', async () => {
    const mismatch = { valid: false, reason: 'signature_mismatch' };
    expect(await verify({ signature: zoomSignature(FORGER_SECRET, NOW_SECONDS, genuineBody) })).toEqual(mismatch);
    expect(await verify({ rawBody: `${genuineBody} ` })).toEqual(mismatch);
    expect(await verify({ rawBody: JSON.stringify(JSON.parse(genuineBody)) })).toEqual(mismatch);
    expect(await verify({ timestamp: String(NOW_SECONDS - 1), now: () => (NOW_SECONDS - 1) * 1000 })).toEqual(mismatch);
    const flipped = signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0');
    expect(await verify({ signature: flipped })).toEqual(mismatch);
  });

  it('accepts any of several secrets while rotating, and none other', async () => {
    const byPrevious = zoomSignature(PREVIOUS_SECRET, NOW_SECONDS, genuineBody);
    expect(await verify({ secret: [CURRENT_SECRET, PREVIOUS_SECRET], signature: byPrevious })).toEqual({ valid: true });
    expect(await verify({ secret: [CURRENT_SECRET, PREVIOUS_SECRET] })).toEqual({ valid: true });
    expect(await verify({ secret: [CURRENT_SECRET], signature: byPrevious })).toEqual({
      valid: false,
      reason: 'signature_mismatch',
    });
  });

  it('refuses a timestamp outside the window, past or future, and accepts its edges', async () => {
    const at = (seconds: number) =>
      verify({ timestamp: seconds, signature: zoomSignature(CURRENT_SECRET, seconds, genuineBody) });
    const stale = { valid: false, reason: 'stale_timestamp' };
    expect(await at(NOW_SECONDS - 300)).toEqual({ valid: true });
    expect(await at(NOW_SECONDS + 300)).toEqual({ valid: true });
    expect(await at(NOW_SECONDS - 301)).toEqual(stale);
    expect(await at(NOW_SECONDS + 301)).toEqual(stale);
    expect(await at(0)).toEqual(stale);
    expect(await at(NOW_SECONDS * 1000)).toEqual(stale); // milliseconds by mistake: far in the future
    expect(
      await verify({
        timestamp: '9'.repeat(40),
        signature: zoomSignature(CURRENT_SECRET, '9'.repeat(40), genuineBody),
      }),
    ).toEqual(stale);
  });

  it('applies toleranceSeconds, and Infinity turns the window off', async () => {
    const old = NOW_SECONDS - 60;
    const signed = { timestamp: old, signature: zoomSignature(CURRENT_SECRET, old, genuineBody) };
    expect(await verify({ ...signed, toleranceSeconds: 59 })).toEqual({ valid: false, reason: 'stale_timestamp' });
    expect(await verify({ ...signed, toleranceSeconds: 60 })).toEqual({ valid: true });
    expect(
      await verify({
        timestamp: 1,
        signature: zoomSignature(CURRENT_SECRET, 1, genuineBody),
        toleranceSeconds: Infinity,
      }),
    ).toEqual({ valid: true });
  });

  it('says a header is missing when it is absent or empty', async () => {
    const missing = { valid: false, reason: 'missing_signature' };
    for (const value of [undefined, null, '', '   ', []]) {
      expect(await verify({ signature: value as string })).toEqual(missing);
      expect(await verify({ timestamp: value as string })).toEqual(missing);
    }
  });

  it('says the signature is malformed when it is not v0=<64 hex digits>, or is repeated', async () => {
    const hex = signature.slice(3);
    const malformed = { valid: false, reason: 'malformed_signature' };
    for (const value of [
      hex,
      `v1=${hex}`,
      `V0=${hex}`,
      `v0=${hex.slice(1)}`,
      `v0=${hex}0`,
      `v0=${hex.slice(1)}g`,
      `v0:${hex}`,
      `v0=${hex}, v0=${hex}`,
      [signature, signature],
    ]) {
      expect(await verify({ signature: value as string })).toEqual(malformed);
    }
  });

  it('classifies an unreadable timestamp (not whole seconds >= 0, or repeated) as malformed, not stale', async () => {
    const malformed = { valid: false, reason: 'malformed_signature' };
    for (const timestamp of [
      'abc',
      '-5',
      '1.5',
      '1e9',
      '0x10',
      `${NOW_SECONDS}, ${NOW_SECONDS}`,
      [String(NOW_SECONDS), String(NOW_SECONDS)],
      -5,
      1.5,
      Number.NaN,
      Infinity,
    ]) {
      expect(await verify({ timestamp: timestamp as string })).toEqual(malformed);
    }
  });

  it('refuses a parsed body with a TypeError that says why the raw body is needed', async () => {
    await expect(verify({ rawBody: JSON.parse(genuineBody) as string })).rejects.toThrow(TypeError);
    await expect(verify({ rawBody: JSON.parse(genuineBody) as string })).rejects.toThrow(
      /re-serialising.*changes whitespace, key order or escapes/,
    );
    await expect(verify({ rawBody: undefined as unknown as string })).rejects.toThrow(/rawBody is undefined/);
  });

  it('refuses an empty secret, list or element with a TypeError (fail closed)', async () => {
    await expect(verify({ secret: '' })).rejects.toThrow(TypeError);
    await expect(verify({ secret: [] })).rejects.toThrow(/empty list/);
    await expect(verify({ secret: [CURRENT_SECRET, ''] })).rejects.toThrow(/secret\[1\] is empty/);
    await expect(verify({ secret: [CURRENT_SECRET, 5 as unknown as string] })).rejects.toThrow(
      /secret\[1\] must be a string/,
    );
    await expect(verify({ secret: null as unknown as string })).rejects.toThrow(/received null/);
  });

  it('refuses a bad toleranceSeconds or clock with a TypeError', async () => {
    await expect(verify({ toleranceSeconds: -1 })).rejects.toThrow(/toleranceSeconds/);
    await expect(verify({ toleranceSeconds: Number.NaN })).rejects.toThrow(/toleranceSeconds/);
    await expect(verify({ now: (() => new Date()) as unknown as () => number })).rejects.toThrow(
      /now\(\) must return milliseconds/,
    );
  });

  it('uses the real clock by default', async () => {
    const seconds = Math.floor(Date.now() / 1000);
    const result = await verifyWebhookSignature({
      secret: CURRENT_SECRET,
      rawBody: genuineBody,
      signature: zoomSignature(CURRENT_SECRET, seconds, genuineBody),
      timestamp: seconds,
    });
    expect(result).toEqual({ valid: true });
  });

  it('judges the timestamp from the header, before the signature: a stale forgery is stale_timestamp', async () => {
    const old = NOW_SECONDS - 301;
    expect(await verify({ timestamp: old, signature: zoomSignature(FORGER_SECRET, old, genuineBody) })).toEqual({
      valid: false,
      reason: 'stale_timestamp',
    });
  });

  it("compares MACs with its own routine, whatever the runtime's crypto.subtle.verify would say", async () => {
    // A runtime whose verify is broken (always true) or missing changes nothing: only sign is used.
    const verifySpy = vi.spyOn(globalThis.crypto.subtle, 'verify').mockResolvedValue(true);
    try {
      expect(await verify({ signature: zoomSignature(FORGER_SECRET, NOW_SECONDS, genuineBody) })).toEqual({
        valid: false,
        reason: 'signature_mismatch',
      });
      expect(await verify({})).toEqual({ valid: true });
      expect(verifySpy).not.toHaveBeenCalled();
    } finally {
      verifySpy.mockRestore();
    }
  });
});

describe('constantTimeEqual', () => {
  it('is true for equal bytes only, whichever byte differs, and false for another length', () => {
    const mac = Uint8Array.from({ length: 32 }, (_, i) => (i * 37) & 0xff);
    expect(constantTimeEqual(mac, mac.slice())).toBe(true);
    expect(constantTimeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
    for (let i = 0; i < mac.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const other = mac.slice();
        other[i]! ^= bit;
        expect(constantTimeEqual(mac, other), `byte ${i}, bit ${bit}`).toBe(false);
      }
    }
    expect(constantTimeEqual(mac, mac.subarray(0, 31))).toBe(false);
  });
});
