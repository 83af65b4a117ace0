/** What came back from one request to the agent. */
export interface AgentCall {
  readonly status: number | null;
  readonly contentType: string | null;
  readonly bodyText: string;
  /** Milliseconds until the whole body arrived; null when nothing did. */
  readonly latencyMs: number | null;
  /** Set when no complete answer arrived: timeout or connection error. */
  readonly failure?: string;
}

/**
 * POSTs one request to the agent and waits for the full answer, at most `timeoutMs`.
 *
 * @example
 * await sendToAgent('http://127.0.0.1:3000/ai-agent', { 'content-type': 'application/json' }, '{}', 45_000);
 */
export async function sendToAgent(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<AgentCall> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      signal: controller.signal,
      redirect: 'manual',
    });
    const bodyText = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      bodyText,
      latencyMs: performance.now() - started,
    };
  } catch (error) {
    const failure = controller.signal.aborted
      ? `no answer within ${timeoutMs} ms`
      : `connection error: ${describeFetchError(error)}`;
    return { status: null, contentType: null, bodyText: '', latencyMs: null, failure };
  } finally {
    clearTimeout(timer);
  }
}

function describeFetchError(error: unknown): string {
  // fetch wraps the socket error: "fetch failed" with the useful part in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
    return code && !cause.message.includes(code) ? `${code} (${cause.message})` : cause.message;
  }
  return String(cause);
}
