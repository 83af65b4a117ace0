/**
 * Replaces every whole occurrence of a configured token with `[redacted]`. Longest first, so a
 * token that contains another is not left half-replaced; parts of a token are never touched, so
 * words that merely share letters with it stay readable.
 */
export function redactTokens(text: string, tokens: readonly string[]): string {
  let redacted = text;
  for (const token of [...tokens].sort((a, b) => b.length - a.length)) {
    redacted = redacted.split(token).join('[redacted]');
  }
  return redacted;
}

/**
 * An error as text, the way a log shows it: the stack (or `name: message`) and each cause below it,
 * at most 5 deep. Plain text so it can be redacted before anything prints it.
 */
export function describeError(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined; depth++) {
    lines.push((depth === 0 ? '' : 'Caused by: ') + describeOne(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines.join('\n');
}

function describeOne(value: unknown): string {
  if (value instanceof Error) {
    const head = `${value.name}: ${value.message}`;
    const stack = value.stack ?? '';
    // V8's stack starts with the same head; others (Firefox, Safari) hold only the frames.
    return stack.includes(head) ? stack : `${head}\n${stack}`;
  }
  try {
    return (typeof value === 'object' && JSON.stringify(value)) || String(value);
  } catch {
    return String(value);
  }
}
