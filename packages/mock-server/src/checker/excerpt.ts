import { dropCutSecret } from './mask-secrets.js';

/** The most characters of the agent's own words a report quotes. */
export const MAX_QUOTE_CHARS = 500;

/**
 * Whitespace collapsed to single spaces, and at most `maxChars` characters: a longer text is cut at
 * the last space before the limit (mid-word only when one word is longer than the limit) and ends
 * with `…`. Pass text whose secrets are already masked.
 *
 * @example
 * excerpt('unsupported request version "2.0"; this agent supports "1.0"', 40);
 * // 'unsupported request version "2.0"; this…'
 */
export function excerpt(
  text: string,
  maxChars = MAX_QUOTE_CHARS,
  secrets: readonly string[] = [],
): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= maxChars) return flat;
  const head = chars.slice(0, maxChars - 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= head.length / 2 ? head.slice(0, space) : head;
  return `${dropCutSecret(cut, secrets).replace(/[\s,;:.]+$/, '')}…`;
}
