/** Outcome of checking the Authorization header. */
export type AuthResult = 'ok' | 'missing' | 'invalid';

/** A string, or anything that reads like one code unit at a time (tests count the reads). */
export interface CodeUnits {
  readonly length: number;
  charCodeAt(index: number): number;
}

const BEARER = /^bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * Compares two strings in time that depends only on their length, so response timing does not
 * reveal how much of a guessed token was right. Pure JS: the web entry cannot use node:crypto.
 * Code units rather than UTF-8 bytes: configured tokens are ASCII (checked at construction), so a
 * presented token matches as units exactly when it matches as bytes, without encoding it first.
 */
export function timingSafeEqual(a: CodeUnits, b: CodeUnits): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Returns a checker for `Authorization: Bearer <token>` against the configured tokens. Every
 * configured token is compared (no early exit), so timing does not reveal which one matched.
 */
export function createBearerCheck(
  tokens: readonly string[],
): (header: string | null) => AuthResult {
  return (header) => {
    const trimmed = header?.trim() ?? '';
    if (trimmed === '') return 'missing';
    const match = BEARER.exec(trimmed);
    if (!match) return 'invalid';
    const presented = match[1] ?? '';
    let ok = false;
    for (const token of tokens) ok = timingSafeEqual(token, presented) || ok;
    return ok ? 'ok' : 'invalid';
  };
}
