/** Query parameters whose values never reach the journal or the terminal. */
const SECRET_QUERY = /^(api[-_]?key|key|token|access[-_]?token|secret|password|authorization)$/i;

/**
 * The request URL for the journal, with secret-looking query values replaced by `***`.
 * The CAAC API takes its key in a header, but a misconfigured client may put it in the query.
 *
 * @example
 * redactUrl('/caac/v1/tags?apikey=abc&limit=2'); // '/caac/v1/tags?apikey=***&limit=2'
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq === -1 ? pair : pair.slice(0, eq);
      return eq !== -1 && SECRET_QUERY.test(decodeSafely(name)) ? `${name}=***` : pair;
    })
    .join('&');
  return `${url.slice(0, q)}?${query}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
