import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../src/generated/ai-agent.js';
import {
  type CAAC_DEADLINE_MS,
  type HUMAN_HANDOVER,
  isHandover,
  isHealthCheck,
  type SelfHostedAiAgentMessage,
  type SelfHostedAiAgentParticipant,
  type SelfHostedAiAgentParticipants,
  type SelfHostedAiAgentRequest,
  type SelfHostedAiAgentResponse,
  type SUPPORTED_API_VERSION,
  stripHandover,
  type ValidationProblem,
  type ValidationResult,
  validateRequest,
  withHandover,
} from '../src/index.js';

describe('readable names are the generated types', () => {
  it('re-exports the schema types unchanged', () => {
    expectTypeOf<SelfHostedAiAgentRequest>().toEqualTypeOf<
      components['schemas']['SelfHostedAiAgentRequest']
    >();
    expectTypeOf<SelfHostedAiAgentMessage>().toEqualTypeOf<
      components['schemas']['SelfHostedAiAgentMessage']
    >();
    expectTypeOf<SelfHostedAiAgentParticipants>().toEqualTypeOf<
      components['schemas']['SelfHostedAiAgentParticipants']
    >();
    expectTypeOf<SelfHostedAiAgentParticipant>().toEqualTypeOf<
      components['schemas']['SelfHostedAiAgentParticipant']
    >();
    expectTypeOf<SelfHostedAiAgentResponse>().toEqualTypeOf<
      components['schemas']['SelfHostedAiAgentResponse']
    >();
  });
});

describe('request shape', () => {
  it('has the documented fields, required where the spec says', () => {
    expectTypeOf<SelfHostedAiAgentRequest['messages']>().toEqualTypeOf<
      SelfHostedAiAgentMessage[]
    >();
    expectTypeOf<
      SelfHostedAiAgentRequest['participants']
    >().toEqualTypeOf<SelfHostedAiAgentParticipants>();
    expectTypeOf<SelfHostedAiAgentRequest['version']>().toEqualTypeOf<'1.0'>();
    expectTypeOf<SelfHostedAiAgentRequest['conversation_id']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SelfHostedAiAgentRequest['org_uuid']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SelfHostedAiAgentRequest['prompt']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error messages, participants and version are required
    const _missing: SelfHostedAiAgentRequest = { conversation_id: 1 };
  });

  it('types messages and participants, tolerating fields CAAC may add later', () => {
    type Open = { [key: string]: unknown };
    expectTypeOf<SelfHostedAiAgentMessage>().toEqualTypeOf<
      {
        message_type: string;
        message_uuid: string;
        sender_id: number;
        sender_type: string;
        text?: string;
        timestamp: string;
      } & Open
    >();
    expectTypeOf<SelfHostedAiAgentParticipant>().toEqualTypeOf<
      { id: number; display_name?: string; external_id?: string } & Open
    >();
    expectTypeOf<SelfHostedAiAgentParticipants>().toEqualTypeOf<
      { members?: SelfHostedAiAgentParticipant[]; users?: SelfHostedAiAgentParticipant[] } & Open
    >();
    expectTypeOf<SelfHostedAiAgentRequest>()
      .toHaveProperty('some_future_field')
      .toEqualTypeOf<unknown>();
    expectTypeOf<SelfHostedAiAgentResponse>().toEqualTypeOf<{ reply_text: string }>();
  });
});

describe('validateRequest', () => {
  it('narrows to the typed request on success and to problems on failure', () => {
    const result = validateRequest(JSON.parse('{}') as unknown);
    expectTypeOf(result).toEqualTypeOf<ValidationResult>();
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<SelfHostedAiAgentRequest>();
    else expectTypeOf(result.problems).toEqualTypeOf<readonly ValidationProblem[]>();
    expectTypeOf<ValidationProblem>().toEqualTypeOf<{
      readonly path: string;
      readonly message: string;
    }>();
  });
});

describe('helpers and constants', () => {
  it('have literal constants and string helpers', () => {
    expectTypeOf<typeof HUMAN_HANDOVER>().toEqualTypeOf<'<HUMAN_HANDOVER>'>();
    expectTypeOf<typeof SUPPORTED_API_VERSION>().toEqualTypeOf<'1.0'>();
    expectTypeOf<typeof SUPPORTED_API_VERSION>().toEqualTypeOf<
      SelfHostedAiAgentRequest['version']
    >();
    expectTypeOf<typeof CAAC_DEADLINE_MS>().toEqualTypeOf<45_000>();
    expectTypeOf(withHandover).toEqualTypeOf<(text?: string) => string>();
    expectTypeOf(isHandover).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(stripHandover).returns.toEqualTypeOf<string>();
    expectTypeOf(isHealthCheck)
      .parameter(0)
      .toMatchTypeOf<Pick<SelfHostedAiAgentRequest, 'conversation_id' | 'org_uuid'>>();
  });
});
