// @ts-check
// A stand-in for an LLM with function calling, in OpenAI's chat completions format, so the
// example runs offline and in tests. Replace it with a real call, e.g.
//   (messages, { tools, signal }) =>
//     openai.chat.completions.create({ model, messages, tools }, { signal }).then((c) => c.choices[0].message)

/**
 * @typedef {{ role: 'system' | 'user', content: string }
 *   | { role: 'assistant', content: string | null, tool_calls?: import('@caac/tools/openai').OpenAIChatToolCall[] }
 *   | import('@caac/tools/openai').OpenAIChatToolMessage} ChatMessage
 * @typedef {(messages: ChatMessage[], options: { tools: import('@caac/tools/openai').OpenAIChatTool[], signal: AbortSignal }) =>
 *   Promise<Extract<ChatMessage, { role: 'assistant' }>>} ChatModel
 */

/** Tag the scripted model puts on members who ask for VIP service. */
export const VIP_TAG_ID = 3;

/**
 * Asks for two tools when the member asks about VIP service (tag them, then read their tags),
 * answers from the tool results on the next turn, and hands over on a failed tool call.
 * @param {number} memberId the CAAC member the conversation is with
 * @returns {ChatModel}
 */
export function scriptedModel(memberId) {
  return async (messages, { tools, signal }) => {
    signal.throwIfAborted();
    const results = messages.filter((m) => m.role === 'tool');
    const last = [...messages].reverse().find((m) => m.role === 'user');
    if (results.length === 0) {
      if (!/vip/i.test(String(last?.content))) {
        return { role: 'assistant', content: 'Happy to help! What can I do for you?' };
      }
      const offered = new Set(tools.map((t) => t.function.name));
      if (!offered.has('caac_add_member_tag')) {
        return { role: 'assistant', content: 'A colleague will set that up for you.' };
      }
      return {
        role: 'assistant',
        content: null,
        tool_calls: [
          call('call_tag', 'caac_add_member_tag', { member_id: memberId, tag_id: VIP_TAG_ID }),
          call('call_tags', 'caac_list_member_tags', { member_id: memberId }),
        ],
      };
    }
    const parsed = results.map((r) => JSON.parse(r.content));
    if (parsed.some((r) => !r.ok)) {
      return { role: 'assistant', content: 'HANDOVER: a tool call failed.' };
    }
    const tags = parsed[1]?.data?.tag_ids ?? [];
    return {
      role: 'assistant',
      content: `You are now a VIP member. Your profile has ${tags.length} tags.`,
    };
  };
}

/**
 * @param {string} id @param {string} name @param {Record<string, unknown>} args
 * @returns {import('@caac/tools/openai').OpenAIChatToolCall}
 */
function call(id, name, args) {
  return { id, type: 'function', function: { name, arguments: JSON.stringify(args) } };
}
