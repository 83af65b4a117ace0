import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { CaacMockSeedError } from '../errors.js';
import { packageRoot } from '../spec/package-root.js';
import type {
  MemberRecord,
  MessageRecord,
  OrganizationState,
  TeamRecord,
  UserRecord,
} from './model/records.js';

/** Timestamp of seeded records that give none, fixed so the same seed gives the same answers. */
const SEED_TIME = '2025-01-01T00:00:00.000Z';
const DEFAULT_ORGANIZATION = {
  id: 1,
  uuid: '00000000-0000-4000-8000-000000000001',
  name: 'Simulated organization',
};

export type SeedCheck =
  | { readonly ok: true; readonly state: OrganizationState }
  | { readonly ok: false; readonly errors: string[] };

let schema: object | undefined;
let validate: ValidateFunction | undefined;

/** The published JSON Schema of seeds and snapshots (`schema/organization.schema.json`). */
export function seedJsonSchema(): object {
  schema ??= JSON.parse(
    readFileSync(path.join(packageRoot(), 'schema', 'organization.schema.json'), 'utf8'),
  ) as object;
  return schema;
}

/**
 * Checks a seed or snapshot against the published schema and its references (every id a record
 * names must exist in the same document), and fills in defaults. Reports every problem with
 * its path, e.g. `/members/3/channel_id: channel 9 does not exist`.
 *
 * @example
 * const result = checkSeed({ channels: [{ id: 1 }], members: [{ id: 5, channel_id: 2, external_member_id: 'U1' }] });
 * // { ok: false, errors: ['/members/0/channel_id: channel 2 does not exist'] }
 */
export function checkSeed(input: unknown): SeedCheck {
  if (!validate) {
    // The schema is ours and fixed (test/simulator/seed-schema.test.ts checks it), so checking it against the
    // meta-schema and optimising the generated code only add start time (about 0.15 s).
    const ajv = new Ajv2020({
      allErrors: true,
      strict: false,
      validateSchema: false,
      code: { optimize: false },
    });
    addFormats.default(ajv);
    validate = ajv.compile(seedJsonSchema());
  }
  if (!validate(input)) {
    const errors = (validate.errors ?? []).map((error) => {
      const where = error.instancePath || '/';
      const extra =
        error.keyword === 'additionalProperties'
          ? ` (${JSON.stringify((error.params as { additionalProperty: string }).additionalProperty)})`
          : error.keyword === 'enum'
            ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
            : '';
      return `${where}: ${error.message ?? 'is invalid'}${extra}`;
    });
    return { ok: false, errors };
  }
  const state = normalize(input as OrganizationState);
  const errors = referenceProblems(state);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, state };
}

/** Reads a seed file (JSON, or YAML for `.yaml`/`.yml`) and checks it; throws naming every problem. */
export function readSeedFile(file: string): OrganizationState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CaacMockSeedError(`cannot read seed file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let parsed: unknown;
  try {
    parsed = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new CaacMockSeedError(`seed file ${file} does not parse: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return seedOrThrow(parsed, `seed file ${file}`);
}

/** {@link checkSeed}, throwing one error that lists every problem. */
export function seedOrThrow(input: unknown, source = 'seed'): OrganizationState {
  const checked = checkSeed(input);
  if (!checked.ok) {
    throw new CaacMockSeedError(
      `${source} is invalid:\n${checked.errors.map((e) => `  - ${e}`).join('\n')}`,
    );
  }
  return checked.state;
}

type SeedInput = OrganizationState & { $schema?: string };

function normalize(input: SeedInput): OrganizationState {
  // `agent` configures the conversation loop (src/loop/seed-agent.ts), not the organization's state.
  const { $schema: _ignored, agent: _agent, ...seed } = input as SeedInput & { agent?: unknown };
  return {
    ...seed,
    organization: { ...DEFAULT_ORGANIZATION, ...seed.organization },
    channels: (seed.channels ?? []).map((c) => ({
      ...c,
      name: c.name ?? `Channel ${c.id}`,
      type: c.type ?? 'line',
      external_channel_id: c.external_channel_id ?? `channel-${c.id}`,
    })),
    users: (seed.users ?? []).map(
      (u): UserRecord => ({
        role_name: 'Agent',
        role_type: 'agent',
        status: 'active',
        on_duty_status: 'online',
        is_internal_user: false,
        ...u,
        name: u.name ?? `User ${u.id}`,
        created_at: u.created_at ?? SEED_TIME,
      }),
    ),
    teams: (seed.teams ?? []).map(
      (t): TeamRecord => ({
        ...t,
        routing_rule: t.routing_rule ?? 'manual',
        editable: t.editable ?? true,
        user_ids: t.user_ids ?? [],
      }),
    ),
    tags: (seed.tags ?? []).map((t) => ({
      ...t,
      created_at: t.created_at ?? SEED_TIME,
      updated_at: t.updated_at ?? t.created_at ?? SEED_TIME,
    })),
    members: (seed.members ?? []).map(normalizeMember),
    messages: (seed.messages ?? []).map(
      (m): MessageRecord => ({
        ...m,
        uuid: m.uuid ?? `00000000-0000-4000-8000-${m.id.toString(16).padStart(12, '0')}`,
        sender_id: m.sender_id ?? (m.sender_type === 'member' ? m.member_id : 0),
        type: m.type ?? 'text',
        created_at: m.created_at ?? SEED_TIME,
      }),
    ),
    backups: (seed.backups ?? []).map((b) => ({
      ...b,
      created_at: b.created_at ?? SEED_TIME,
      state: b.state ?? 'initiated',
      reads: b.reads ?? 0,
    })),
  };
}

/** Built with assignments, not spreads: seeds may hold 100,000 members and spreads are slow. */
function normalizeMember(m: MemberRecord): MemberRecord {
  const member = Object.assign({ status: 'follow', type: 'line', star_mark: false }, m);
  member.assigned_user_id = m.assigned_user_id ?? null;
  member.assigned_team_id = m.assigned_team_id ?? null;
  member.assign_type =
    m.assign_type ??
    (member.assigned_user_id === null && member.assigned_team_id === null
      ? 'unassigned'
      : 'manual');
  member.processing_state = m.processing_state ?? 'new';
  member.collaborator_ids = m.collaborator_ids ?? [];
  member.tag_ids = m.tag_ids ?? [];
  member.created_at = m.created_at ?? SEED_TIME;
  member.updated_at = m.updated_at ?? member.created_at;
  return member;
}

function referenceProblems(state: OrganizationState): string[] {
  const errors: string[] = [];
  const idsOf = (kind: string, records: readonly { id: number }[] | undefined) => {
    const seen = new Set<number>();
    const list = records ?? [];
    for (let i = 0; i < list.length; i++) {
      const id = (list[i] as { id: number }).id;
      if (seen.has(id)) errors.push(`/${kind}/${i}/id: id ${id} is used twice`);
      seen.add(id);
    }
    return seen;
  };
  const channels = idsOf('channels', state.channels);
  const users = idsOf('users', state.users);
  const teams = idsOf('teams', state.teams);
  const tags = idsOf('tags', state.tags);
  const members = idsOf('members', state.members);
  idsOf('messages', state.messages);
  idsOf('backups', state.backups);
  // `where` is a function so the path string is only built for a problem (seeds can be large).
  const need = (set: Set<number>, kind: string, id: number, where: () => string) => {
    if (!set.has(id)) errors.push(`${where()}: ${kind} ${id} does not exist`);
  };
  (state.teams ?? []).forEach((team, i) => {
    team.user_ids.forEach((id, j) => {
      need(users, 'user', id, () => `/teams/${i}/user_ids/${j}`);
    });
  });
  // Plain loops with per-channel maps: a seed may hold 100,000 members, and a closure or a
  // concatenated key per member costs more than the checks themselves.
  const externals = new Map<number, Map<string, number>>();
  const memberList = state.members ?? [];
  for (let i = 0; i < memberList.length; i++) {
    const member = memberList[i] as MemberRecord;
    if (!channels.has(member.channel_id)) {
      errors.push(`/members/${i}/channel_id: channel ${member.channel_id} does not exist`);
    }
    let inChannel = externals.get(member.channel_id);
    if (inChannel === undefined) {
      inChannel = new Map();
      externals.set(member.channel_id, inChannel);
    }
    const other = inChannel.get(member.external_member_id);
    if (other !== undefined) {
      errors.push(
        `/members/${i}/external_member_id: ${JSON.stringify(member.external_member_id)} is already member ${other} of channel ${member.channel_id}`,
      );
    }
    inChannel.set(member.external_member_id, member.id);
    for (let j = 0; j < member.tag_ids.length; j++) {
      const id = member.tag_ids[j] as number;
      if (!tags.has(id)) errors.push(`/members/${i}/tag_ids/${j}: tag ${id} does not exist`);
    }
    for (let j = 0; j < member.collaborator_ids.length; j++) {
      const id = member.collaborator_ids[j] as number;
      if (!users.has(id)) {
        errors.push(`/members/${i}/collaborator_ids/${j}: user ${id} does not exist`);
      }
    }
    if (member.assigned_user_id !== null && !users.has(member.assigned_user_id)) {
      errors.push(`/members/${i}/assigned_user_id: user ${member.assigned_user_id} does not exist`);
    }
    if (member.assigned_team_id !== null && !teams.has(member.assigned_team_id)) {
      errors.push(`/members/${i}/assigned_team_id: team ${member.assigned_team_id} does not exist`);
    }
  }
  (state.messages ?? []).forEach((message, i) => {
    need(members, 'member', message.member_id, () => `/messages/${i}/member_id`);
  });
  (state.backups ?? []).forEach((backup, i) => {
    if (backup.channel_id !== undefined) {
      need(channels, 'channel', backup.channel_id, () => `/backups/${i}/channel_id`);
    }
    if (backup.member_id !== undefined) {
      need(members, 'member', backup.member_id, () => `/backups/${i}/member_id`);
    }
  });
  return errors;
}
