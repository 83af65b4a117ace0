// The shared arbitraries type their values locally (see @caac/agent-arbitraries); this holds them
// to the spec: every generated valid request passes the generated validator.
import { validRequest } from '@caac/agent-arbitraries';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRequest } from '../src/index.js';

describe('@caac/agent-arbitraries', () => {
  it('generates only requests the validator accepts', () => {
    fc.assert(
      fc.property(validRequest, (value) => {
        expect(validateRequest(value)).toMatchObject({ ok: true });
      }),
      { numRuns: 500 },
    );
  });
});
