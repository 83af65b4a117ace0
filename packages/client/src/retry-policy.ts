// Methods that are safe to send twice: a repeat cannot create a second resource.
const IDEMPOTENT = /^(GET|HEAD|OPTIONS|PUT|DELETE)$/;

/**
 * Whether a failed attempt may be retried. `status` is undefined when no response arrived
 * (connection error or timeout). POST and PATCH only retry when the server says it did not act
 * (429, 503), so a retry never silently duplicates a write.
 * @example shouldRetry('POST', 500) // → false
 * @example shouldRetry('GET', undefined) // → true (connection error)
 */
export function shouldRetry(method: string, status: number | undefined): boolean {
  if (!IDEMPOTENT.test(method)) return status === 429 || status === 503;
  return (
    status === undefined || status === 408 || status === 409 || status === 429 || status >= 500
  );
}
