import type { components } from '@caac/client';
import type { Organization } from '../model/organization.js';
import type { UserRecord } from '../model/records.js';
import { invalid } from '../model/simulator-error.js';
import type { OperationHandlers } from './types.js';

type User = components['schemas']['User'];
type UserV2 = components['schemas']['UserV2'];

/**
 * Fields written one by one with fixed names (in the spec's order, absent ones left out): a page
 * holds up to 1,000 users, and a loop over field names made this the hottest part of a page.
 */
export function userV2View(user: UserRecord): UserV2 {
  const view: Partial<Record<keyof UserV2, unknown>> = {};
  if (user.avatar !== undefined) view.avatar = user.avatar;
  if (user.chat_name !== undefined) view.chat_name = user.chat_name;
  if (user.created_at !== undefined) view.created_at = user.created_at;
  if (user.id !== undefined) view.id = user.id;
  if (user.is_internal_user !== undefined) view.is_internal_user = user.is_internal_user;
  if (user.name !== undefined) view.name = user.name;
  if (user.on_duty_status !== undefined) view.on_duty_status = user.on_duty_status;
  if (user.role_name !== undefined) view.role_name = user.role_name;
  if (user.role_type !== undefined) view.role_type = user.role_type;
  if (user.status !== undefined) view.status = user.status;
  if (user.type !== undefined) view.type = user.type;
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
