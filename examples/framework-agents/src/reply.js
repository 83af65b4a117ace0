// @ts-check
/**
 * The reply every recipe uses: echoes the end customer's last message, hands over when asked.
 * @type {import('@caac/ai-agent').ReplyFunction}
 */
export function reply(request) {
  const last = request.messages.findLast((message) => message.sender_type === 'member');
  if (!last?.text || /human|person|真人/i.test(last.text)) return { handover: true };
  return `You said: ${last.text}`;
}
