/** Outcome of checking the Authorization header. */
export type AuthResult = 'ok' | 'missing' | 'invalid';

const encoder = new TextEncoder();
const BEARER = /^bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * Compares two byte strings in time that depends only on their length, so response timing does
 * not reveal how much of a guessed token was right. Pure JS: the web entry cannot use node:crypto.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

/**
 * Returns a checker for `Authorization: Bearer <token>` against the configured tokens. Every
 * configured token is compared (no early exit), so timing does not reveal which one matched.
 */
export function createBearerCheck(
  tokens: readonly string[],
): (header: string | null) => AuthResult {
  const expected = tokens.map((token) => encoder.encode(token));
  return (header) => {
    if (header === null || header.trim() === '') return 'missing';
    const match = BEARER.exec(header.trim());
    if (!match) return 'invalid';
    const presented = encoder.encode(match[1] ?? '');
    let ok = false;
    for (const token of expected) ok = timingSafeEqual(token, presented) || ok;
    return ok ? 'ok' : 'invalid';
  };
}
