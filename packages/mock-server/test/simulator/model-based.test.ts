import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SEED, CaacMockSimulatorError, Organization } from '../../src/simulator/index.js';

/**
 * A deliberately small reference model of the simulator's rules, written independently of it:
 * tags with unique names and usage counts, member tags, team membership, assignments with the
 * reference's collaborator side effects, and the cascades of deleting tags, users and teams.
 */
interface Reference {
  collaboratorsOn: boolean;
  nextTagId: number;
  tags: Map<number, string>;
  memberTags: Map<number, number[]>;
  users: number[];
  teams: Map<number, number[]>;
  assignments: Map<
    number,
    { type: string; user: number | null; team: number | null; collaborators: number[] }
  >;
}

interface Real {
  org: Organization;
}

const MEMBERS = [557118, 557119, 557120];
const EXTRA_USERS = [801, 802, 803];

function seed(collaboratorsOn: boolean) {
  const users = [
    ...(BUILTIN_SEED.users ?? []),
    ...EXTRA_USERS.map((id) => ({
      id,
      name: `Extra ${id}`,
      created_at: '2025-01-01T00:00:00.000Z',
    })),
  ];
  return {
    ...BUILTIN_SEED,
    organization: { ...BUILTIN_SEED.organization, settings: { collaborators: collaboratorsOn } },
    users,
  };
}

function initialReference(collaboratorsOn: boolean): Reference {
  const state = seed(collaboratorsOn);
  return {
    collaboratorsOn,
    nextTagId: Math.max(...(state.tags ?? []).map((t) => t.id)) + 1,
    tags: new Map((state.tags ?? []).map((t) => [t.id, t.name])),
    memberTags: new Map((state.members ?? []).map((m) => [m.id, [...m.tag_ids]])),
    users: state.users.map((u) => u.id),
    teams: new Map((state.teams ?? []).map((t) => [t.id, [...t.user_ids]])),
    assignments: new Map(
      MEMBERS.map((id) => [id, { type: 'unassigned', user: null, team: null, collaborators: [] }]),
    ),
  };
}

/** Picks an existing id by index, or (for index < 0) an id that never exists. */
function pick(ids: readonly number[], index: number): number {
  if (index < 0 || ids.length === 0) return 90_000 + Math.abs(index);
  return ids[index % ids.length] as number;
}

/** Runs an action on the simulator and expects a refusal exactly when the reference refuses. */
function expectOutcome(refuses: boolean, action: () => unknown): void {
  if (!refuses) {
    action();
    return;
  }
  expect(action).toThrow(CaacMockSimulatorError);
}

let comparedSteps = 0;

function compare(reference: Reference, real: Real): void {
  comparedSteps++;
  const { org } = real;
  expect(org.tags.list().map((t) => [t.id, t.name, org.tags.usageCount(t.id)])).toEqual(
    [...reference.tags].map(([id, name]) => [
      id,
      name,
      [...reference.memberTags.values()].filter((tags) => tags.includes(id)).length,
    ]),
  );
  for (const memberId of MEMBERS) {
    expect(org.members.tagIds(memberId)).toEqual(reference.memberTags.get(memberId));
    const expected = reference.assignments.get(memberId);
    const actual = org.assignments.get(memberId);
    expect([actual.assignType, actual.userId, actual.teamId, actual.collaboratorIds]).toEqual([
      expected?.type,
      expected?.user,
      expected?.team,
      expected?.collaborators,
    ]);
  }
  expect(org.users.list().map((u) => u.id)).toEqual(reference.users);
  expect(org.teams.list().map((t) => [t.id, t.user_ids])).toEqual([...reference.teams]);
}

type Command = fc.Command<Reference, Real>;

class CreateTag implements Command {
  constructor(readonly name: string) {}
  check = () => true;
  run(m: Reference, r: Real) {
    const duplicate = [...m.tags.values()].includes(this.name) || this.name.trim() === '';
    expectOutcome(duplicate, () => {
      const tag = r.org.tags.create(this.name);
      expect(tag.id).toBe(m.nextTagId);
    });
    if (!duplicate) m.tags.set(m.nextTagId++, this.name);
    compare(m, r);
  }
  toString = () => `createTag(${JSON.stringify(this.name)})`;
}

class DeleteTag implements Command {
  constructor(readonly index: number) {}
  check = () => true;
  run(m: Reference, r: Real) {
    const id = pick([...m.tags.keys()], this.index);
    expectOutcome(!m.tags.has(id), () => r.org.tags.delete(id));
    m.tags.delete(id);
    for (const tags of m.memberTags.values()) {
      const at = tags.indexOf(id);
      if (at >= 0) tags.splice(at, 1);
    }
    compare(m, r);
  }
  toString = () => `deleteTag(#${this.index})`;
}

class AddMemberTag implements Command {
  constructor(
    readonly member: number,
    readonly tag: number,
  ) {}
  check = () => true;
  run(m: Reference, r: Real) {
    const memberId = MEMBERS[Math.abs(this.member) % MEMBERS.length] as number;
    const tagId = pick([...m.tags.keys()], this.tag);
    expectOutcome(!m.tags.has(tagId), () => r.org.members.addTag(memberId, tagId));
    const tags = m.memberTags.get(memberId) as number[];
    if (m.tags.has(tagId) && !tags.includes(tagId)) tags.push(tagId);
    compare(m, r);
  }
  toString = () => `addMemberTag(#${this.member}, #${this.tag})`;
}

class RemoveMemberTag implements Command {
  constructor(
    readonly member: number,
    readonly tag: number,
  ) {}
  check = () => true;
  run(m: Reference, r: Real) {
    const memberId = MEMBERS[Math.abs(this.member) % MEMBERS.length] as number;
    const tags = m.memberTags.get(memberId) as number[];
    const tagId = pick(tags, this.tag);
    expectOutcome(!tags.includes(tagId), () => r.org.members.removeTag(memberId, tagId));
    if (tags.includes(tagId)) tags.splice(tags.indexOf(tagId), 1);
    compare(m, r);
  }
  toString = () => `removeMemberTag(#${this.member}, #${this.tag})`;
}

/** The reference's reading of the collaborator rules. */
function assignReference(
  m: Reference,
  memberId: number,
  type: string,
  user: number | null,
  team: number | null,
) {
  const current = m.assignments.get(memberId) as NonNullable<ReturnType<typeof m.assignments.get>>;
  if (user === null && team === null) {
    m.assignments.set(memberId, {
      type: 'unassigned',
      user: null,
      team: null,
      collaborators: m.collaboratorsOn ? [] : current.collaborators,
    });
    return;
  }
  let collaborators = current.collaborators;
  if (m.collaboratorsOn) {
    collaborators = collaborators.filter((id) => id !== user);
    if (current.user !== null && current.user !== user && !collaborators.includes(current.user)) {
      collaborators = [...collaborators, current.user];
    }
  }
  m.assignments.set(memberId, { type, user, team, collaborators });
}

class AssignIndividual implements Command {
  constructor(
    readonly member: number,
    readonly user: number | null,
  ) {}
  check = () => true;
  run(m: Reference, r: Real) {
    const memberId = MEMBERS[Math.abs(this.member) % MEMBERS.length] as number;
    const userId = this.user === null ? null : pick(m.users, this.user);
    const unknown = userId !== null && !m.users.includes(userId);
    expectOutcome(unknown, () => r.org.assignments.assignIndividual(memberId, userId));
    if (!unknown) assignReference(m, memberId, 'individual', userId, null);
    compare(m, r);
  }
  toString = () =>
    `assignIndividual(#${this.member}, ${this.user === null ? 'null' : `#${this.user}`})`;
}

class AssignManual implements Command {
  constructor(
    readonly member: number,
    readonly user: number | null,
    readonly team: number | null,
  ) {}
  check = () => true;
  run(m: Reference, r: Real) {
    const memberId = MEMBERS[Math.abs(this.member) % MEMBERS.length] as number;
    const userId = this.user === null ? null : pick(m.users, this.user);
    const teamId = this.team === null ? null : pick([...m.teams.keys()], this.team);
    const unknown =
      (userId !== null && !m.users.includes(userId)) || (teamId !== null && !m.teams.has(teamId));
    expectOutcome(unknown, () => r.org.assignments.assignManual(memberId, { userId, teamId }));
    if (!unknown) assignReference(m, memberId, 'manual', userId, teamId);
    compare(m, r);
  }
  toString = () => `assignManual(#${this.member}, ${this.user}, ${this.team})`;
}

class DeleteUser implements Command {
  constructor(readonly index: number) {}
  check = () => true;
  run(m: Reference, r: Real) {
    const userId = pick(m.users, this.index);
    const unknown = !m.users.includes(userId);
    expectOutcome(unknown, () => r.org.users.delete(userId));
    if (!unknown) {
      m.users = m.users.filter((id) => id !== userId);
      for (const [teamId, users] of m.teams)
        m.teams.set(
          teamId,
          users.filter((id) => id !== userId),
        );
      for (const [memberId, a] of m.assignments) {
        const user = a.user === userId ? null : a.user;
        m.assignments.set(memberId, {
          type: user === null && a.team === null ? 'unassigned' : a.type,
          user,
          team: a.team,
          collaborators: a.collaborators.filter((id) => id !== userId),
        });
      }
    }
    compare(m, r);
  }
  toString = () => `deleteUser(#${this.index})`;
}

class AddTeamUsers implements Command {
  constructor(
    readonly team: number,
    readonly users: number[],
  ) {}
  check = () => true;
  run(m: Reference, r: Real) {
    const teamId = pick([...m.teams.keys()], this.team);
    const userIds = this.users.map((i) => pick(m.users, i));
    const refuses = !m.teams.has(teamId) || userIds.some((id) => !m.users.includes(id));
    expectOutcome(refuses, () => r.org.teams.addUsers(teamId, userIds));
    if (!refuses) {
      const members = m.teams.get(teamId) as number[];
      for (const id of userIds) if (!members.includes(id)) members.push(id);
    }
    compare(m, r);
  }
  toString = () => `addTeamUsers(#${this.team}, [${this.users.join(', ')}])`;
}

class DeleteTeam implements Command {
  constructor(readonly index: number) {}
  check = () => true;
  run(m: Reference, r: Real) {
    const teamId = pick([...m.teams.keys()], this.index);
    const unknown = !m.teams.has(teamId);
    expectOutcome(unknown, () => r.org.teams.delete(teamId));
    if (!unknown) {
      m.teams.delete(teamId);
      for (const [memberId, a] of m.assignments) {
        if (a.team !== teamId) continue;
        m.assignments.set(memberId, {
          ...a,
          team: null,
          type: a.user === null ? 'unassigned' : a.type,
        });
      }
    }
    compare(m, r);
  }
  toString = () => `deleteTeam(#${this.index})`;
}

const index = fc.integer({ min: -1, max: 9 });
const commands = [
  fc
    .constantFrom('vip', 'gold', 'VIP客戶', 'new', ' ', 'リピーター')
    .map((name) => new CreateTag(name)),
  index.map((i) => new DeleteTag(i)),
  fc.tuple(index, index).map(([a, b]) => new AddMemberTag(a, b)),
  fc.tuple(index, index).map(([a, b]) => new RemoveMemberTag(a, b)),
  fc.tuple(index, fc.option(index)).map(([a, b]) => new AssignIndividual(a, b)),
  fc.tuple(index, fc.option(index), fc.option(index)).map(([a, b, c]) => new AssignManual(a, b, c)),
  index.map((i) => new DeleteUser(i)),
  fc.tuple(index, fc.array(index, { maxLength: 3 })).map(([t, u]) => new AddTeamUsers(t, u)),
  index.map((i) => new DeleteTeam(i)),
];

describe('simulator against a reference model (fast-check)', () => {
  it('agrees with the reference after every step of random operation sequences', () => {
    comparedSteps = 0;
    const seedOfRun = Number(process.env.CAAC_SIM_SEED ?? Date.now() % 2 ** 31);
    try {
      fc.assert(
        fc.property(
          fc.boolean(),
          fc.commands(commands, { maxCommands: 80, size: 'large' }),
          (collaboratorsOn, cmds) => {
            fc.modelRun(
              () => ({
                model: initialReference(collaboratorsOn),
                real: { org: Organization.fromState(seed(collaboratorsOn)) },
              }),
              cmds,
            );
          },
        ),
        // Bounded in time on a busy machine: stops early (and passes) rather than timing out.
        { numRuns: 200, seed: seedOfRun, interruptAfterTimeLimit: 30_000 },
      );
    } catch (error) {
      throw new Error(
        `model-based run failed; replay with CAAC_SIM_SEED=${seedOfRun}\n${String(error)}`,
      );
    }
    // Thousands of compared steps per run (fewer only if the time limit cut the run short).
    expect(comparedSteps).toBeGreaterThan(1000);
  }, 60_000);
});
