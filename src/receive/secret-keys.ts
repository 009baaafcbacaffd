// The HMAC keys to verify a request with. `secret` is one secret token, several while rotating, or a
// function of the request that returns either, at once or as a promise (several apps on one endpoint, a
// secret store with hot rotation). Fixed secrets are checked when the handler is created; a function's
// answer is checked on each request.
import { importHmacKey } from './hmac.js';
import { readSecrets } from './options.js';

/** One secret token, or several (valid if any matches). */
export type Secrets = string | readonly string[];

/** `secret` as `createWebhookHandler` takes it. */
export type SecretSource = Secrets | ((request: Request) => Secrets | Promise<Secrets>);

/** At most this many imported keys are kept for a function's secrets, so that a growing list cannot grow memory. */
const KEY_CACHE_SIZE = 64;

/** The keys for a request: a function that resolves them, throwing (TypeError) for an unusable answer. */
export function createKeySource(secret: SecretSource): (request: Request) => Promise<CryptoKey[]> {
  if (typeof secret !== 'function') {
    const secrets = readSecrets(secret); // now, so a missing secret fails at startup, not on the first delivery
    let keys: Promise<CryptoKey[]> | undefined;
    return () => (keys ??= Promise.all(secrets.map(importHmacKey)));
  }
  const cache = new Map<string, Promise<CryptoKey>>();
  const keyFor = (text: string): Promise<CryptoKey> => {
    let key = cache.get(text);
    if (key === undefined) {
      if (cache.size >= KEY_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      key = importHmacKey(text);
      key.catch(() => cache.delete(text));
      cache.set(text, key);
    }
    return key;
  };
  return async (request) =>
    Promise.all(readSecrets(await secret(request), 'the secret returned by secret(request)').map(keyFor));
}
