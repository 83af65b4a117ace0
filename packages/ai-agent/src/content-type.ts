/**
 * True for JSON media types (`application/json`, `application/*+json`) whose charset, if given,
 * is UTF-8: RFC 8259 JSON is always UTF-8, and the body is decoded as such.
 */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  // What CAAC sends; skips the parsing below on nearly every request.
  if (header === 'application/json') return true;
  const [essence = '', ...params] = header.split(';');
  const type = essence.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) return false;
  for (const param of params) {
    const [name = '', value = ''] = param.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') return false;
  }
  return true;
}
