import type { components } from '@caac/client';
import type { MessageRecord } from '../model/records.js';
import { invalid } from '../model/simulator-error.js';
import type { OperationHandlers } from './types.js';

type Message = components['schemas']['Message'];
type MessageType = components['schemas']['MessageType'];

const MESSAGE_TYPES: readonly MessageType[] = [
  'text',
  'image',
  'video',
  'audio',
  'file',
  'sticker',
  'location',
  'flex',
];

export const messageOperations = {
  createMessageFromUser: ({ org }, { path, body }) => {
    const member = org.members.inChannel(path.channel_id, path.member_id);
    const channel = org.channels.get(member.channel_id);
    if (!MESSAGE_TYPES.includes(body.type as MessageType)) {
      throw invalid(
        `type ${JSON.stringify(body.type)} is not one of ${MESSAGE_TYPES.join(', ')}`,
        'type',
      );
    }
    if (body.type === 'text' && (body.text === undefined || body.text === '')) {
      throw invalid('text is required for a text message', 'text');
    }
    if (
      body.reply_to !== undefined &&
      !org.messages.recent(member.id).some((m) => m.id === body.reply_to)
    ) {
      throw invalid(
        `reply_to: message ${body.reply_to} is not in member ${member.id}'s conversation`,
        'reply_to',
      );
    }
    const stored = org.messages.append(member.id, {
      speaker: 'user',
      senderId: body.user_id,
      type: body.type,
      ...(body.text === undefined ? {} : { text: body.text }),
      ...(body.external_id === undefined ? {} : { externalId: body.external_id }),
      ...(body.origin_url === undefined ? {} : { originUrl: body.origin_url }),
      ...(body.preview_url === undefined ? {} : { previewUrl: body.preview_url }),
      ...(body.line_flex_content === undefined ? {} : { lineFlexContent: body.line_flex_content }),
      ...(body.reply_to === undefined ? {} : { replyTo: body.reply_to }),
      ...(body.metadata === undefined ? {} : { metadata: body.metadata }),
      ...(body.is_history ? { isHistory: true } : {}),
    });
    return {
      status: 200,
      body: messageView(stored, {
        external_channel_id: channel.external_channel_id,
        external_member_id: member.external_member_id,
        ...(member.display_name === undefined ? {} : { member_display_name: member.display_name }),
        ...(member.avatar === undefined ? {} : { member_avatar: member.avatar }),
      }),
    };
  },
} satisfies Partial<OperationHandlers>;

function messageView(message: MessageRecord, context: Partial<Message>): Message {
  return {
    ...context,
    id: message.id,
    type: message.type as MessageType,
    sender_type: message.sender_type,
    created_at: message.created_at,
    updated_at: message.created_at,
    quotable: true,
    read: false,
    ...(message.text === undefined ? {} : { text: message.text }),
    ...(message.external_id === undefined ? {} : { external_id: message.external_id }),
    ...(message.origin_url === undefined ? {} : { origin_url: message.origin_url }),
    ...(message.preview_url === undefined ? {} : { preview_url: message.preview_url }),
    ...(message.line_flex_content === undefined
      ? {}
      : { line_flex_content: message.line_flex_content }),
    ...(message.reply_to === undefined ? {} : { reply_to: String(message.reply_to) }),
    ...(message.metadata === undefined ? {} : { metadata: message.metadata }),
  };
}
