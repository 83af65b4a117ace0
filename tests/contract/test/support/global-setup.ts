import { readdirSync } from 'node:fs';
import { type MockServer, startMockServer } from '@caac/mock-server';
import type { TestProject } from 'vitest/node';
import { tenantKey } from './tenant-key.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
    /** `custom`: the client gets a custom fetch; `global`: it uses the global fetch(url, init). */
    fetchMode: 'custom' | 'global';
    /** `examples`: the mock answers with the spec's examples; `stateful`: it simulates an org. */
    mockMode: 'examples' | 'stateful';
  }
}

let mock: MockServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const { mockMode } = project.getProvidedContext();
  // Each test file has its own key, in stateful mode its own tenant (organization). The keys are
  // declared up front so an undeclared key answers 401 in both modes.
  const files = readdirSync(new URL('..', import.meta.url)).filter((f) => f.endsWith('.test.ts'));
  mock = await startMockServer({
    port: 0,
    // errors: true turns a response that drifts from its schema into a failing 500.
    errors: true,
    stateful: mockMode === 'stateful',
    apiKeys: files.map(tenantKey),
  });
  project.provide('mockUrl', mock.url);
}

export async function teardown(): Promise<void> {
  await mock?.close();
}
