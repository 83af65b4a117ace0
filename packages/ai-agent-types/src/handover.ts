import { HUMAN_HANDOVER } from './constants.js';

/**
 * True when `replyText` asks CAAC to hand the conversation to a human agent.
 *
 * @example
 * isHandover('Connecting you now <HUMAN_HANDOVER>'); // true
 */
export function isHandover(replyText: string): boolean {
  return replyText.includes(HUMAN_HANDOVER);
}

/**
 * `text` with the handover marker appended (once), or the bare marker when there is no text.
 *
 * @example
 * withHandover('A colleague will take over.'); // 'A colleague will take over. <HUMAN_HANDOVER>'
 * withHandover(); // '<HUMAN_HANDOVER>'
 */
export function withHandover(text?: string): string {
  if (text === undefined) return HUMAN_HANDOVER;
  if (isHandover(text)) return text;
  const trimmed = text.trimEnd();
  return trimmed === '' ? HUMAN_HANDOVER : `${trimmed} ${HUMAN_HANDOVER}`;
}

// Spaces and tabs before a marker belong to it, so 'a <HUMAN_HANDOVER> b' becomes 'a b'.
const MARKER_WITH_LEADING_SPACE = /[ \t]*<HUMAN_HANDOVER>/g;

/**
 * `replyText` without any handover marker, e.g. to show a reply to a person or store it.
 *
 * @example
 * stripHandover('A colleague will take over. <HUMAN_HANDOVER>'); // 'A colleague will take over.'
 */
export function stripHandover(replyText: string): string {
  if (!isHandover(replyText)) return replyText;
  return replyText.replace(MARKER_WITH_LEADING_SPACE, '').trim();
}
