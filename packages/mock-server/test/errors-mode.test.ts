import { afterEach, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { call } from './helpers/http.js';

// The fixture's `drifting` operation has an example whose id is a string where the schema says
// integer: what a spec edit that forgets its examples looks like.
const spec = 'test/fixtures/mini-caac.openapi.json';
const headers = { apikey: 'k' };
let mock: MockServer | undefined;
afterEach(() => mock?.close());

describe('response validation', () => {
  it('is an error by default programmatically: a drifted example answers 500 naming the field', async () => {
    mock = await startMockServer({ spec });
    const { status, body } = await call(mock.url, '/caac/v1/drifting', { headers });
    expect(status).toBe(500);
    expect(body).toMatchObject({
      type: 'https://stoplight.io/prism/errors#VIOLATIONS',
      validation: [expect.objectContaining({ location: ['response', 'body', 'id'] })],
    });
    expect(mock.journal.entries.at(-1)?.violations.response).toHaveLength(1);
  });

  it('with errors: false, answers the example and reports the violation in sl-violations', async () => {
    mock = await startMockServer({ spec, errors: false });
    const { status, headers: responseHeaders } = await call(mock.url, '/caac/v1/drifting', {
      headers,
    });
    expect(status).toBe(200);
    expect(responseHeaders.get('sl-violations')).toContain('must be integer');
  });

  it('every example of the bundled CAAC spec passes with errors on', async () => {
    mock = await startMockServer({ errors: true });
    const { status } = await call(mock.url, '/caac/v2/teams', { headers });
    expect(status).toBe(200);
    expect(mock.journal.entries.at(-1)?.violations.response).toEqual([]);
  });
});
