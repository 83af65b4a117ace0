import type {
  SelfHostedAiAgentMessage as AgentMessage,
  SelfHostedAiAgentParticipant as Participant,
  SelfHostedAiAgentRequest,
} from '@caac/ai-agent-types';
import { type SeededRandom, seededRandom } from './random.js';

/** The request CAAC sends to an AI agent, typed from the spec (`SelfHostedAiAgentRequest`). */
export type AgentRequest = SelfHostedAiAgentRequest;

// Customers write in the languages of CAAC's markets, so agents must cope with all of them.
const MEMBER_LINES = [
  '請問這個商品還有貨嗎？',
  '我想退貨，要怎麼處理？',
  'この商品の在庫はありますか？',
  'สินค้านี้ยังมีอยู่ไหมคะ',
  'Can I change my delivery address?',
  'What are your opening hours on weekends?',
  '我上週訂的保濕乳液什麼時候會到？🙏',
  'Do you ship to Kaohsiung? "Express" if possible.',
];
const USER_LINES = [
  '您好，我是客服，請問有什麼可以幫您？',
  '已為您查詢，商品預計明天出貨。',
  'お問い合わせありがとうございます。',
  'Thanks for waiting, let me check that for you.',
];
const MEMBER_NAMES = ['張雅筑', '佐藤 花子', 'Somchai P.', 'Alex Chen'];
const USER_NAMES = ['林雅婷', '山田 太郎', 'Support bot trainer'];
const PROMPTS = [
  'As a professional customer service representative, please respond to questions in a friendly tone.',
  '請用繁體中文、親切的語氣回答顧客的問題。',
];

/**
 * A random but valid conversation, as CAAC would send it: one member (the customer), one or two
 * users (human agents), messages alternating mostly between them in time order, and the last
 * message from the member (the one the agent answers).
 *
 * @example
 * randomConversation(seededRandom(1), 6).messages.length; // 6
 */
export function randomConversation(random: SeededRandom, messageCount: number): AgentRequest {
  const member: Participant = {
    id: random.int(10_000, 99_999),
    display_name: random.pick(MEMBER_NAMES),
    external_id: `U${random.uuid().replaceAll('-', '')}`,
  };
  const users: Participant[] = Array.from({ length: random.int(1, 2) }, (_, i) => ({
    id: 100 + i * 10 + random.int(0, 9),
    display_name: random.pick(USER_NAMES),
  }));
  let time = Date.UTC(2025, 4, 21, 5, 0, 0) + random.int(0, 86_400) * 1000;
  const messages: AgentMessage[] = Array.from({ length: messageCount }, (_, i) => {
    const fromMember = i === messageCount - 1 || random.next() < 0.6;
    const sender = fromMember ? member : random.pick(users);
    time += random.int(5, 600) * 1000;
    return {
      message_type: 'text',
      message_uuid: random.uuid(),
      sender_id: sender.id,
      sender_type: fromMember ? 'member' : 'user',
      text: random.pick(fromMember ? MEMBER_LINES : USER_LINES),
      timestamp: new Date(time).toISOString().replace('.000Z', 'Z'),
    };
  });
  return {
    version: '1.0',
    conversation_id: random.int(1, 2_000_000),
    org_uuid: random.uuid(),
    ...(random.next() < 0.7 ? { prompt: random.pick(PROMPTS) } : {}),
    participants: { members: [member], users },
    messages,
  };
}

/**
 * A random valid conversation whose JSON is at least `minBytes` long: as many messages as it takes
 * (about 1,400 for 300 KB), the history a long-running LINE conversation carries. Frameworks'
 * default body limits (Express: 100 KB) break on it long before the agent's own limit.
 *
 * @example
 * Buffer.byteLength(JSON.stringify(conversationOfAtLeast(seededRandom(1), 300 * 1024))); // ≥ 307200
 */
export function conversationOfAtLeast(random: SeededRandom, minBytes: number): AgentRequest {
  // The same sub-seed for every attempt: more messages extend the conversation, not reshuffle it.
  const seed = random.int(0, 2 ** 32 - 1);
  let count = 64;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const conversation = randomConversation(seededRandom(seed), count);
    const bytes = Buffer.byteLength(JSON.stringify(conversation));
    if (bytes >= minBytes) return conversation;
    count = Math.ceil((count * minBytes) / bytes) + 8;
  }
  throw new Error(`[@caac/mock-server] could not build a conversation of ${minBytes} bytes`);
}
