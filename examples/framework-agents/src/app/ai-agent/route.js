// @ts-check
// Next.js App Router: app/ai-agent/route.js. Next answers other methods with 405 itself.
import { createAiAgentHandler } from '@caac/ai-agent';
import { reply } from '../../reply.js';

export const POST = createAiAgentHandler({ token: process.env.CAAC_AGENT_TOKEN, reply });
