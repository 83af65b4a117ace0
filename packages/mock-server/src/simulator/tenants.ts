import { createHash } from 'node:crypto';
import { type Clock, systemClock } from './model/clock.js';
import { Organization } from './model/organization.js';
import type { OrganizationState } from './model/records.js';

/**
 * One organization per API key, created from the seed the first time the key is used, so
 * parallel test files (each with its own key) never see each other's data. The keys themselves
 * are kept only in memory; snapshots and the state file name a tenant by the SHA-256 of its key.
 *
 * @example
 * const tenants = new Tenants(seedState);
 * tenants.forKey('test-key').tags.create('vip');
 */
export class Tenants {
  readonly #orgs = new Map<string, Organization>();
  /** States loaded from a state file for tenants not seen yet in this run, by key digest. */
  readonly #pending = new Map<string, OrganizationState>();
  /** How often each tenant was (re)built, so cursors from before a reset or load are stale. */
  readonly #generations = new Map<string, number>();

  constructor(
    private seed: OrganizationState,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The organization of an API key (created from the seed on first use). */
  forKey(apiKey: string): Organization {
    const digest = keyDigest(apiKey);
    let org = this.#orgs.get(digest);
    if (!org) {
      const stored = this.#pending.get(digest);
      this.#pending.delete(digest);
      org = this.#install(digest, Organization.fromState(stored ?? this.seed, this.clock));
    }
    return org;
  }

  /** Puts the tenant of `apiKey` back to the seed (every tenant when no key is given). */
  reset(apiKey?: string): void {
    if (apiKey === undefined) {
      this.#orgs.clear();
      this.#pending.clear();
      return;
    }
    const digest = keyDigest(apiKey);
    this.#pending.delete(digest);
    this.#install(digest, Organization.fromState(this.seed, this.clock));
  }

  /** Replaces the tenant's state with `state` (checked first; on error nothing changes). */
  load(apiKey: string, state: OrganizationState): Organization {
    const org = Organization.fromState(state, this.clock);
    const digest = keyDigest(apiKey);
    this.#pending.delete(digest);
    return this.#install(digest, org);
  }

  snapshot(apiKey: string): OrganizationState {
    return this.forKey(apiKey).toState();
  }

  /** Every tenant's state by key digest (state file). Tenants never used keep their loaded state. */
  dump(): Record<string, OrganizationState> {
    const out: Record<string, OrganizationState> = Object.fromEntries(this.#pending);
    for (const [digest, org] of this.#orgs) out[digest] = org.toState();
    return out;
  }

  /** Restores tenants from {@link dump}'s output; each is built when its key is first used. */
  restore(states: Record<string, OrganizationState>): void {
    this.#orgs.clear();
    this.#pending.clear();
    for (const [digest, state] of Object.entries(states)) {
      // Built now, so a broken state file fails at start and not at the first request.
      this.#install(digest, Organization.fromState(state, this.clock));
    }
  }

  /** Replaces the seed new and reset tenants start from. */
  reseed(seed: OrganizationState): void {
    Organization.fromState(seed, this.clock);
    this.seed = seed;
  }

  #install(digest: string, org: Organization): Organization {
    const generation = (this.#generations.get(digest) ?? 0) + 1;
    this.#generations.set(digest, generation);
    org.generation = generation;
    this.#orgs.set(digest, org);
    return org;
  }
}

const digests = new Map<string, string>();
const DIGEST_CACHE_LIMIT = 1024;

/** How snapshots and the state file name a tenant without storing its key. */
export function keyDigest(apiKey: string): string {
  // Hashing on every request costs more than the rest of a small answer: remember recent keys
  // (in memory only, like the tenants themselves).
  let digest = digests.get(apiKey);
  if (digest === undefined) {
    digest = `sha256:${createHash('sha256').update(apiKey).digest('hex')}`;
    if (digests.size >= DIGEST_CACHE_LIMIT) digests.clear();
    digests.set(apiKey, digest);
  }
  return digest;
}
