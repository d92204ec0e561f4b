import { createHash, randomBytes } from 'node:crypto';

export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Personal API tokens look like `trj_<random>`; the prefix makes leaked tokens easy to spot by scanners. */
export function newApiToken(): { token: string; prefix: string; hash: string } {
  const token = `trj_${randomToken(30)}`;
  return { token, prefix: token.slice(0, 10), hash: sha256(token) };
}
