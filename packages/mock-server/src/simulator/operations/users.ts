import type { components } from '@caac/client';
import type { Organization } from '../model/organization.js';
import type { UserRecord } from '../model/records.js';
import { invalid } from '../model/simulator-error.js';
import type { OperationHandlers } from './types.js';

type User = components['schemas']['User'];
type UserV2 = components['schemas']['UserV2'];

const V2_FIELDS = [
  'avatar',
  'chat_name',
  'created_at',
  'id',
  'is_internal_user',
  'name',
  'on_duty_status',
  'role_name',
  'role_type',
  'status',
  'type',
] as const;

export function userV2View(user: UserRecord): UserV2 {
  const view: Record<string, unknown> = {};
  for (const field of V2_FIELDS) if (user[field] !== undefined) view[field] = user[field];
  if (typeof user.external_user_id === 'string') view.external_user_id = user.external_user_id;
  return view as UserV2;
}

export function userView(org: Organization, user: UserRecord): User {
  return {
    ...userV2View(user),
    org_id: org.id,
    ...(user.email === undefined ? {} : { email: user.email }),
    ...(user.inviter_id === undefined ? {} : { inviter_id: user.inviter_id }),
    ...(user.role_id === undefined ? {} : { role_id: user.role_id }),
  };
}

export const userOperations = {
  getUserByExternalId: ({ org }, { query }) => {
    if (query.external_user_id === undefined) {
      throw invalid('external_user_id is required to look a user up', 'external_user_id');
    }
    return { status: 200, body: userView(org, org.users.byExternalId(query.external_user_id)) };
  },
  getUserByIdV1: ({ org }, { path }) => ({
    status: 200,
    body: userView(org, org.users.get(path.user_id)),
  }),
  getUserByIdV2: ({ org }, { path }) => ({
    status: 200,
    body: userV2View(org.users.get(path.user_id)),
  }),
  updateUser: ({ org }, { path, body }) => ({
    status: 200,
    body: userView(org, org.users.update(path.user_id, body)),
  }),
  deleteUser: ({ org }, { path }) => {
    org.users.delete(path.user_id);
    return { status: 204 };
  },
  listUsers: ({ org, pager }, { query }) => {
    const page = pager.page('users', org.generation, org.users, query);
    return { status: 200, body: { users: page.items.map(userV2View), cursor: page.cursor } };
  },
} satisfies Partial<OperationHandlers>;
