/** What a masked secret is replaced with. */
export const MASK = '***';

/**
 * Below this length a token is weak (guessable), and it could be a piece of an ordinary word, so
 * it is masked only where it stands alone. Longer tokens are masked wherever they occur, even
 * glued to other characters (`Bearer%20<token>`), since a chance match inside a word cannot happen.
 */
export const SHORT_TOKEN_LENGTH = 16;

// Letters and digits of any script: a short token between two of them is part of a word.
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Masks every occurrence of each secret (as sent, JSON-escaped, URL-encoded and HTML-escaped). When `truncated`,
 * the text was cut from a longer one, so a secret may have been cut too: a trailing piece that
 * starts a secret is dropped as well. Mask first, then cut: never the other way round.
 *
 * @example
 * maskSecrets('bad auth: Bearer s3cr3t-token-0123456789', ['s3cr3t-token-0123456789']); // 'bad auth: Bearer ***'
 * maskSecrets('connection', ['t']); // 'connection' (a short token is masked as a whole word only)
 */
export function maskSecrets(
  text: string,
  secrets: readonly string[],
  { truncated = false }: { truncated?: boolean } = {},
): string {
  const forms = secretForms(secrets);
  let result = text;
  for (const form of forms) result = maskForm(result, form);
  if (truncated) result = dropTrailingSecretStart(result, forms);
  return result;
}

/**
 * For text just cut from a masked one: drops a trailing piece that is a secret or starts one, so
 * the cut cannot expose what masking left alone (a short token glued inside a longer word).
 *
 * @example
 * dropCutSecret('see abc', ['abcd1234']); // 'see '
 */
export function dropCutSecret(text: string, secrets: readonly string[]): string {
  return dropTrailingSecretStart(text, secretForms(secrets));
}

/** Whether a token is too short to be a safe bearer token. */
export function isShortToken(token: string): boolean {
  return [...token].length < SHORT_TOKEN_LENGTH;
}

interface SecretForm {
  readonly text: string;
  readonly wholeWordOnly: boolean;
}

function secretForms(secrets: readonly string[]): SecretForm[] {
  const forms = new Map<string, SecretForm>();
  for (const secret of secrets) {
    if (secret === '') continue;
    const wholeWordOnly = isShortToken(secret);
    const json = JSON.stringify(secret).slice(1, -1);
    // PHP and some JSON encoders also escape "/" as "\/".
    const encodings = [
      secret,
      json,
      json.replaceAll('/', '\\/'),
      encodeURIComponent(secret),
      html(secret),
    ];
    for (const text of encodings) {
      forms.set(text, { text, wholeWordOnly });
    }
  }
  // Longest first, so a secret that contains another one is masked as a whole.
  return [...forms.values()].sort((a, b) => b.text.length - a.text.length);
}

function maskForm(text: string, { text: secret, wholeWordOnly }: SecretForm): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
    if (at < from) continue;
    const end = at + secret.length;
    if (wholeWordOnly && (isWordAt(text, at - 1) || isWordAt(text, end))) continue;
    out += text.slice(from, at) + MASK;
    from = end;
  }
  return out + text.slice(from);
}

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.codePointAt(index);
  // A low surrogate: look at the whole character it ends.
  const char =
    code !== undefined && code >= 0xdc00 && code <= 0xdfff && index > 0
      ? String.fromCodePoint(text.codePointAt(index - 1) ?? 0)
      : String.fromCodePoint(code ?? 0);
  return WORD_CHARACTER.test(char);
}

function dropTrailingSecretStart(text: string, forms: readonly SecretForm[]): string {
  let cut = text.length;
  for (const { text: secret } of forms) {
    for (let length = Math.min(secret.length, text.length); length > 0; length -= 1) {
      if (text.endsWith(secret.slice(0, length))) {
        cut = Math.min(cut, text.length - length);
        break;
      }
    }
  }
  return text.slice(0, cut);
}

function html(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
