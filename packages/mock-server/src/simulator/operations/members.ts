import type { components } from '@caac/client';
import type { Organization } from '../model/organization.js';
import type { MemberRecord } from '../model/records.js';
import type { OperationHandlers } from './types.js';

type Member = components['schemas']['Member'];
type MemberDetail = components['schemas']['MemberDetail'];

const PROFILE_FIELDS = [
  'account_manager',
  'avatar',
  'birthday',
  'city',
  'company',
  'connect_id',
  'country',
  'display_name',
  'engagement_level',
  'gender',
  'location',
  'member_level',
  'name',
  'original_name',
  'status',
  'type',
] as const;

function profileOf(member: MemberRecord): Partial<Record<(typeof PROFILE_FIELDS)[number], string>> {
  const out: Partial<Record<(typeof PROFILE_FIELDS)[number], string>> = {};
  for (const field of PROFILE_FIELDS) {
    const value = member[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/** Get Member By Channel ID And External ID. */
export function memberView(member: MemberRecord): Member {
  return {
    ...profileOf(member),
    id: member.id,
    channel_id: member.channel_id,
    external_member_id: member.external_member_id,
    assign_type: member.assign_type,
    processing_state: member.processing_state,
    star_mark: member.star_mark ?? false,
    ...(member.customer_id === undefined ? {} : { customer_id: member.customer_id }),
    ...(member.email === undefined
      ? {}
      : { display_email: member.email, original_email: member.email }),
    ...(member.mobile === undefined
      ? {}
      : { display_mobile: member.mobile, original_mobile: member.mobile }),
  };
}

/** Get Member By ID. */
export function memberDetailView(org: Organization, member: MemberRecord): MemberDetail {
  const channel = org.channels.get(member.channel_id);
  return {
    ...profileOf(member),
    id: member.id,
    external_channel_id: channel.external_channel_id,
    external_member_id: member.external_member_id,
    assign_type: member.assign_type,
    processing_state: member.processing_state,
    star_mark: member.star_mark ?? false,
    created_at: member.created_at,
    updated_at: member.updated_at,
    ...(member.custom_id === undefined ? {} : { custom_id: member.custom_id }),
    ...(member.email === undefined ? {} : { email: member.email, original_email: member.email }),
    ...(member.mobile === undefined
      ? {}
      : { mobile: member.mobile, original_mobile: member.mobile }),
    ...(member.note === undefined ? {} : { note: member.note }),
    ...(member.last_message_at === undefined ? {} : { last_message_at: member.last_message_at }),
    ...(member.last_member_message_send === undefined
      ? {}
      : { last_member_message_send: member.last_member_message_send }),
  };
}

export const memberOperations = {
  getMemberByExternalId: ({ org }, { path, query }) => ({
    status: 200,
    body: memberView(org.members.byExternalId(path.channel_id, query.external_member_id)),
  }),
  createChannelMember: ({ org }, { path, body }) => ({
    status: 200,
    body: { member_id: org.members.upsert(path.channel_id, body.channel_member_id).member.id },
  }),
  getMemberById: ({ org }, { path }) => ({
    status: 200,
    body: memberDetailView(org, org.members.inChannel(path.channel_id, path.member_id)),
  }),
} satisfies Partial<OperationHandlers>;
