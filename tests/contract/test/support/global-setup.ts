import { type MockServer, startMockServer } from '@caac/mock-server';
import type { TestProject } from 'vitest/node';

/** The only key the contract mock accepts; any other answers 401. */
export const CONTRACT_API_KEY = 'contract-test-key';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
    /** `custom`: the client gets a custom fetch; `global`: it uses the global fetch(url, init). */
    fetchMode: 'custom' | 'global';
  }
}

let mock: MockServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // errors: true turns a response that drifts from its schema into a failing 500.
  mock = await startMockServer({ port: 0, errors: true, apiKeys: [CONTRACT_API_KEY] });
  project.provide('mockUrl', mock.url);
}

export async function teardown(): Promise<void> {
  await mock?.close();
}
