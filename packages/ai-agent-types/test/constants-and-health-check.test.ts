import { describe, expect, it } from 'vitest';
import {
  CAAC_DEADLINE_MS,
  HUMAN_HANDOVER,
  isHealthCheck,
  type SelfHostedAiAgentRequest,
  SUPPORTED_API_VERSION,
} from '../src/index.js';
import { sampleRequest } from './fixtures/requests.js';

describe('constants', () => {
  it('match the CAAC documentation', () => {
    expect(HUMAN_HANDOVER).toBe('<HUMAN_HANDOVER>');
    expect(SUPPORTED_API_VERSION).toBe('1.0');
    expect(CAAC_DEADLINE_MS).toBe(45_000);
  });
});

describe('isHealthCheck', () => {
  it('is false for a real conversation', () => {
    expect(isHealthCheck(sampleRequest())).toBe(false);
  });

  it('is true for conversation 0 or an empty org, as CAAC sends them', () => {
    expect(isHealthCheck(sampleRequest({ conversation_id: 0, org_uuid: '' }))).toBe(true);
    expect(isHealthCheck(sampleRequest({ conversation_id: 0 }))).toBe(true);
    expect(isHealthCheck(sampleRequest({ org_uuid: '' }))).toBe(true);
  });

  it('treats absent fields as empty, because the Go backend omits zero values', () => {
    const { conversation_id: _c, org_uuid: _o, ...rest } = sampleRequest();
    const withoutIds: SelfHostedAiAgentRequest = rest;
    expect(isHealthCheck(withoutIds)).toBe(true);
    expect(isHealthCheck({ conversation_id: 5 })).toBe(true);
    expect(isHealthCheck({ org_uuid: 'x' })).toBe(true);
  });
});
