import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** SHA-256 hex digest of an API key: what SOVGRAPH_API_KEY_HASHES holds. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The key a request presents: `Authorization: Bearer KEY` or `x-api-key: KEY`. */
export function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const auth = headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim();
  const header = headers['x-api-key'];
  return typeof header === 'string' ? header.trim() : undefined;
}

/**
 * True when `key` hashes to one of `hashes`. Digests are compared with
 * timingSafeEqual, and every configured hash is checked, so the time taken
 * says nothing about which key, or how much of one, matched.
 */
export function isValidKey(key: string | undefined, hashes: string[]): boolean {
  if (!key || hashes.length === 0) return false;
  const digest = Buffer.from(hashApiKey(key), 'hex');
  let valid = false;
  for (const hash of hashes) {
    const expected = Buffer.from(hash, 'hex');
    if (expected.length === digest.length && timingSafeEqual(expected, digest)) valid = true;
  }
  return valid;
}
