import { inject } from 'vitest';

/** The mode of the mock this project runs against (vitest.config.ts). */
export const MOCK_MODE = inject('mockMode');

/** True when the mock answers with the spec's examples, so answers equal the examples exactly. */
export const EXAMPLE_MODE = MOCK_MODE === 'examples';

/**
 * A member that exists in the organization of the current mode: the spec examples' member, or the
 * first member of the simulator's built-in seed (channel 1024, tag 3, unassigned).
 */
export const MEMBER = EXAMPLE_MODE
  ? { id: 556677, externalId: 'U4af4980629a1b2c3d4e5f60718293a4b' }
  : { id: 557118, externalId: 'U4af4980629d1e5f4b7c2a9e8d3f6b1c0' };
