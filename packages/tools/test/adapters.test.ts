// Round trips through the official SDKs: a scripted model turn asks for CAAC tool calls (in the
// SDK's own shapes), the adapter runs them against caac-mock, and the results go back to the
// model in that API's format.
//
// SDK versions (devDependencies): openai@6 and ai@6, the newest majors that run on Node 20
// (openai@7 and ai@7 require Node 22+); @anthropic-ai/sdk@1, which declares no engine and runs on
// Node 20. ai@6's scripted model is its own test double (`MockLanguageModelV3` from `ai/test`).
import Anthropic from '@anthropic-ai/sdk';
import { createCaacClient } from '@caac/client';
import { type MockServer, startMockServer } from '@caac/mock-server';
import { generateText, stepCountIs } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toAiSdkTools } from '../src/adapters/ai-sdk.js';
import { runAnthropicToolUses, toAnthropicTools } from '../src/adapters/anthropic.js';
import {
  runOpenAIChatToolCalls,
  runOpenAIResponsesToolCalls,
  toOpenAIChatTools,
  toOpenAIResponsesTools,
} from '../src/adapters/openai.js';
import { selectTools } from '../src/index.js';
import { startScriptedModelServer } from './support/scripted-model-server.js';

const API_KEY = 'caac-key-adapters-7c1d2e';
let mock: MockServer;
let client: ReturnType<typeof createCaacClient>;

beforeAll(async () => {
  mock = await startMockServer({ port: 0, apiKeys: [API_KEY] });
  client = createCaacClient({ apiKey: API_KEY, baseUrl: mock.url, maxRetries: 0 });
});
afterAll(() => mock?.close());
beforeEach(() => mock.journal.clear());

const TAG_CALL = { member_id: 5, tag_id: 3 };

describe('OpenAI chat completions', () => {
  it('offers the tools, runs the tool calls of a turn and sends the tool messages back', async () => {
    const model = await startScriptedModelServer([
      {
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1,
        model: 'scripted',
        choices: [
          {
            index: 0,
            finish_reason: 'tool_calls',
            logprobs: null,
            message: {
              role: 'assistant',
              content: null,
              refusal: null,
              tool_calls: [
                {
                  id: 'call_tags',
                  type: 'function',
                  function: { name: 'caac_add_member_tag', arguments: JSON.stringify(TAG_CALL) },
                },
                {
                  id: 'call_bad',
                  type: 'function',
                  function: { name: 'caac_get_member_by_id', arguments: '{"channel_id":"one"}' },
                },
              ],
            },
          },
        ],
      },
      {
        id: 'chatcmpl-2',
        object: 'chat.completion',
        created: 2,
        model: 'scripted',
        choices: [
          {
            index: 0,
            finish_reason: 'stop',
            logprobs: null,
            message: { role: 'assistant', content: 'Tagged.', refusal: null },
          },
        ],
      },
    ]);
    try {
      const openai = new OpenAI({ apiKey: 'sk-model', baseURL: `${model.url}/v1`, maxRetries: 0 });
      const tools = toOpenAIChatTools();
      const messages: ChatCompletionMessageParam[] = [{ role: 'user', content: 'Tag member 5' }];
      const first = await openai.chat.completions.create({ model: 'scripted', messages, tools });
      const message = first.choices[0]?.message;
      if (!message) throw new Error('no message');
      const answers = await runOpenAIChatToolCalls(message.tool_calls ?? [], { client });
      messages.push(message, ...answers);
      const second = await openai.chat.completions.create({ model: 'scripted', messages, tools });
      expect(second.choices[0]?.message.content).toBe('Tagged.');

      expect(model.requests[0]?.body.tools as unknown[]).toHaveLength(34);
      const sent = model.requests[1]?.body.messages as Array<Record<string, unknown>>;
      expect(sent.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'tool']);
      expect(sent[2]?.tool_call_id).toBe('call_tags');
      expect(JSON.parse(String(sent[2]?.content))).toMatchObject({ ok: true, data: {} });
      expect(sent[3]?.tool_call_id).toBe('call_bad');
      expect(JSON.parse(String(sent[3]?.content))).toMatchObject({
        ok: false,
        error: {
          kind: 'invalid_input',
          problems: [
            { path: 'member_id', message: 'is required' },
            { path: 'channel_id', message: 'must be integer' },
          ],
        },
      });
      // Only the valid call reached CAAC.
      expect(mock.journal.entries.map((e) => e.operationId)).toEqual(['addMemberTag']);
    } finally {
      await model.close();
    }
  });
});

describe('OpenAI responses', () => {
  it('runs the function_call items and answers with function_call_output items', async () => {
    const model = await startScriptedModelServer([
      {
        id: 'resp_1',
        object: 'response',
        created_at: 1,
        model: 'scripted',
        status: 'completed',
        output: [
          {
            type: 'function_call',
            id: 'fc_1',
            call_id: 'call_list',
            name: 'caac_list_tags',
            arguments: '{}',
            status: 'completed',
          },
        ],
      },
      {
        id: 'resp_2',
        object: 'response',
        created_at: 2,
        model: 'scripted',
        status: 'completed',
        output: [
          {
            type: 'message',
            id: 'msg_1',
            role: 'assistant',
            status: 'completed',
            content: [{ type: 'output_text', text: 'Two tags.', annotations: [] }],
          },
        ],
      },
    ]);
    try {
      const openai = new OpenAI({ apiKey: 'sk-model', baseURL: `${model.url}/v1`, maxRetries: 0 });
      const tools = toOpenAIResponsesTools(selectTools({ readOnly: true }));
      const first = await openai.responses.create({ model: 'scripted', input: 'Tags?', tools });
      const outputs = await runOpenAIResponsesToolCalls(first.output, { client, tools });
      const second = await openai.responses.create({
        model: 'scripted',
        previous_response_id: first.id,
        input: outputs,
        tools,
      });
      expect(second.output_text).toBe('Two tags.');
      const sent = model.requests[1]?.body.input as Array<Record<string, unknown>>;
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ type: 'function_call_output', call_id: 'call_list' });
      const result = JSON.parse(String(sent[0]?.output)) as {
        ok: boolean;
        data: { tags: unknown[] };
      };
      expect(result.ok).toBe(true);
      expect(result.data.tags.length).toBeGreaterThan(0);
      expect(model.requests[0]?.body.tools as unknown[]).toHaveLength(16);
    } finally {
      await model.close();
    }
  });

  it('refuses a tool the model was not offered', async () => {
    const tools = selectTools({ readOnly: true });
    const [output] = await runOpenAIResponsesToolCalls(
      [
        {
          type: 'function_call',
          call_id: 'c1',
          name: 'caac_delete_tag',
          arguments: '{"tag_id":3}',
        },
      ],
      { client, tools },
    );
    expect(JSON.parse(String(output?.output))).toMatchObject({
      ok: false,
      error: { kind: 'unknown_tool' },
    });
    expect(mock.journal.entries).toHaveLength(0);
  });
});

describe('Anthropic messages', () => {
  it('runs the tool_use blocks and answers with tool_result blocks', async () => {
    const model = await startScriptedModelServer([
      {
        id: 'msg_1',
        type: 'message',
        role: 'assistant',
        model: 'scripted',
        stop_reason: 'tool_use',
        stop_sequence: null,
        usage: { input_tokens: 1, output_tokens: 1 },
        content: [
          { type: 'text', text: 'Let me look.' },
          {
            type: 'tool_use',
            id: 'toolu_1',
            name: 'caac_list_member_tags',
            input: { member_id: 5 },
          },
          {
            type: 'tool_use',
            id: 'toolu_2',
            name: 'caac_get_team_by_id_v2',
            input: { team_id: 0.5 },
          },
        ],
      },
      {
        id: 'msg_2',
        type: 'message',
        role: 'assistant',
        model: 'scripted',
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: 1, output_tokens: 1 },
        content: [{ type: 'text', text: 'Done.' }],
      },
    ]);
    try {
      const anthropic = new Anthropic({
        apiKey: 'sk-ant-model',
        baseURL: model.url,
        maxRetries: 0,
      });
      const tools = toAnthropicTools();
      const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'Tags of member 5?' }];
      const first = await anthropic.messages.create({
        model: 'scripted',
        max_tokens: 100,
        messages,
        tools,
      });
      const results = await runAnthropicToolUses(first.content, { client });
      messages.push(
        { role: 'assistant', content: first.content },
        { role: 'user', content: results },
      );
      const second = await anthropic.messages.create({
        model: 'scripted',
        max_tokens: 100,
        messages,
        tools,
      });
      expect(second.content[0]).toMatchObject({ type: 'text', text: 'Done.' });

      const sent = model.requests[1]?.body.messages as Array<{ role: string; content: unknown }>;
      const blocks = sent[2]?.content as Array<Record<string, unknown>>;
      expect(blocks.map((b) => [b.type, b.tool_use_id, b.is_error])).toEqual([
        ['tool_result', 'toolu_1', false],
        ['tool_result', 'toolu_2', true],
      ]);
      expect(JSON.parse(String(blocks[1]?.content))).toMatchObject({
        error: { problems: [{ path: 'team_id', message: 'must be integer' }] },
      });
      expect(
        (model.requests[0]?.body.tools as Array<{ input_schema: unknown }> | undefined)?.[0]
          ?.input_schema,
      ).toEqual(selectTools()[0]?.inputSchema);
    } finally {
      await model.close();
    }
  });
});

describe('Vercel AI SDK', () => {
  it('generateText runs a scripted tool call and feeds the result to the next step', async () => {
    const usage = {
      inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: 1, text: 1, reasoning: 0 },
    };
    const model = new MockLanguageModelV3({
      doGenerate: [
        {
          content: [
            {
              type: 'tool-call',
              toolCallId: 'tc_1',
              toolName: 'caac_create_tag',
              input: JSON.stringify({ name: 'VIP' }),
            },
          ],
          finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
          usage,
          warnings: [],
        },
        {
          content: [{ type: 'text', text: 'Created.' }],
          finishReason: { unified: 'stop', raw: 'stop' },
          usage,
          warnings: [],
        },
      ],
    });
    const result = await generateText({
      model,
      prompt: 'Create a VIP tag',
      tools: toAiSdkTools({ client, tools: selectTools({ tags: ['Tags Management'] }) }),
      stopWhen: stepCountIs(3),
    });
    expect(result.text).toBe('Created.');
    expect(result.steps[0]?.toolResults[0]?.output).toMatchObject({
      ok: true,
      tool: 'caac_create_tag',
    });
    // The second model call saw the tool result in the prompt.
    const prompt = JSON.stringify(model.doGenerateCalls[1]?.prompt);
    expect(prompt).toContain('tool-result');
    expect(prompt).toContain('caac_create_tag');
    expect(Object.keys(model.doGenerateCalls[0]?.tools ?? {})).toHaveLength(7);
    expect(mock.journal.entries.map((e) => e.operationId)).toEqual(['createTag']);
  });
});
