import type { OrganizationState } from './model/records.js';

const AT = '2025-06-01T09:00:00.000Z';

/**
 * The organization every tenant starts from when no seed is given: the spec's example values
 * where they fit (channels, users, teams, tags), a few members with a short conversation.
 * Fixed timestamps and ids, so the same seed gives the same answers.
 */
export const BUILTIN_SEED: OrganizationState = {
  organization: {
    id: 42,
    uuid: '5f0c7a3e-2b1d-4c8e-9a6f-3d2e1b0c9a87',
    name: '晨光選物',
  },
  channels: [
    { id: 1024, name: '晨光選物 LINE 官方帳號', type: 'line', external_channel_id: '1656789012' },
    {
      id: 1025,
      name: '晨光選物 Facebook 粉絲專頁',
      type: 'facebook',
      external_channel_id: '104857600123456',
    },
  ],
  users: [
    user(678, '林雅婷', '雅婷', 'emp-00678', 'online'),
    user(702, '佐藤 美咲', '美咲', 'emp-jp-0702', 'away'),
    user(715, '高橋 健太', '健太', 'emp-jp-0715', 'offline', 'admin'),
  ],
  teams: [
    {
      id: 12,
      name: 'VIP客服組',
      description: '負責 VIP 客戶的一對一專屬服務',
      external_team_id: 'crm-team-vip',
      routing_rule: 'by-queue',
      editable: true,
      user_ids: [678, 702],
    },
    {
      id: 15,
      name: '台北門市支援',
      description: '處理門市取貨與營業時間相關詢問',
      external_team_id: 'crm-team-store-tpe',
      routing_rule: 'by-queue',
      editable: true,
      user_ids: [678],
    },
  ],
  tags: [
    { id: 3, name: 'VIP客戶', created_at: AT, updated_at: AT },
    { id: 7, name: '週末取貨', created_at: AT, updated_at: AT },
    { id: 12, name: 'リピーター', created_at: AT, updated_at: AT },
  ],
  members: [
    member(557118, 1024, 'U4af4980629d1e5f4b7c2a9e8d3f6b1c0', '陳小美', [3]),
    member(557119, 1024, 'U7d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a', '王大明', []),
    member(557120, 1025, '2739104856123987', 'ゆい🌸', [7, 12]),
  ],
  messages: [
    {
      id: 1,
      uuid: '0b6f2a1c-3d4e-4f5a-8b7c-9d0e1f2a3b4c',
      member_id: 557118,
      sender_type: 'member',
      sender_id: 557118,
      type: 'text',
      text: '請問週末可以到門市取貨嗎？',
      created_at: AT,
    },
  ],
  backups: [],
};

function user(
  id: number,
  name: string,
  chatName: string,
  externalId: string,
  onDuty: string,
  role: 'agent' | 'admin' = 'agent',
) {
  return {
    id,
    name,
    chat_name: chatName,
    avatar: `https://cdn.example.com/caac/avatars/${id}.png`,
    email: `${externalId}@example.com`,
    external_user_id: externalId,
    created_at: AT,
    is_internal_user: false,
    on_duty_status: onDuty,
    role_name: role === 'admin' ? '管理員' : '客服人員',
    role_type: role,
    status: 'active',
    type: 'general',
  };
}

function member(
  id: number,
  channelId: number,
  externalId: string,
  displayName: string,
  tagIds: number[],
) {
  return {
    id,
    channel_id: channelId,
    external_member_id: externalId,
    display_name: displayName,
    status: 'follow',
    type: channelId === 1024 ? 'line' : 'facebook',
    star_mark: false,
    assign_type: 'unassigned' as const,
    processing_state: 'new' as const,
    assigned_user_id: null,
    assigned_team_id: null,
    collaborator_ids: [],
    tag_ids: tagIds,
    created_at: AT,
    updated_at: AT,
  };
}
