/**
 * The stateful CAAC simulator: an in-memory model of one organization per API key behind the 34
 * operations. `model/` holds the organization (no HTTP), `operations/` maps each operationId to
 * it, `tenants.ts` picks the organization of a request's API key.
 *
 * What the conversation loop (src/loop) may call, all synchronous and on an {@link Organization}
 * from `tenants.forKey(apiKey)`:
 * - `org.channels.get(channelId)`, `org.members.get(memberId)`, `org.members.inChannel(channelId, memberId)`,
 *   `org.members.upsert(channelId, externalId, profile?)` → `{ member, created }`
 * - `org.messages.append(memberId, { speaker: 'member' | 'user' | 'bot', text, type?, senderId? })`
 *   → the stored message (`id`, `uuid`, `created_at`, `sender_type`, `sender_id`, ...)
 * - `org.messages.recent(memberId, limit?)` (oldest first), `org.messages.since(memberId, iso)`
 * - `org.assignments.handover(memberId, { userId?, teamId? }?)` → processing state `processing`,
 *   assigned manually when a target is given; `org.assignments.get(memberId)`
 * - `org.members.setProcessingState(memberId, 'new' | 'processing' | 'resolved')`
 * - `org.users.get(userId)`, `org.users.list()`, `org.teams.get(teamId)`
 * - `org.id`, `org.uuid`, `org.name`, `org.settings`
 * Model methods throw {@link CaacMockSimulatorError} (`kind` `not_found` or `invalid`, message naming the id)
 * and change nothing when they do.
 */

export { BUILTIN_SEED } from './builtin-seed.js';
export * from './model/index.js';
export { keyDigest, Tenants } from './tenants.js';
