// The webhook secret token(s) as a list, checked once. Refusing an empty secret is failing closed: an
// HMAC keyed with "" is computable by anyone, so a forgotten environment variable would let every
// forged request through.

/** `secret` as a non-empty list of non-empty strings; throws TypeError otherwise. */
export function readSecrets(secret: unknown): string[] {
  const secrets = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? [...(secret as unknown[])] : undefined;
  if (secrets === undefined) {
    throw new TypeError(`secret must be your app's secret token (a string) or a list of them, received ${secret === null ? 'null' : typeof secret}`);
  }
  if (secrets.length === 0) {
    throw new TypeError('secret is an empty list: give at least one secret token, or every delivery would be refused');
  }
  secrets.forEach((item, index) => {
    const where = typeof secret === 'string' ? 'secret' : `secret[${index}]`;
    if (typeof item !== 'string') throw new TypeError(`${where} must be a string, received ${item === null ? 'null' : typeof item}`);
    if (item === '') {
      throw new TypeError(`${where} is empty (is the environment variable set?); refusing to verify with an empty key, which anyone could sign with`);
    }
  });
  return secrets as string[];
}
