// What the global setup hands to every runtime's test file.
import { inject } from 'vitest';
import type { RuntimeEntries } from './build-entries.js';

export interface RuntimeSuiteContext {
  workDir: string;
  /** The throwaway project with every tarball installed by npm. */
  appDir: string;
  entries: RuntimeEntries;
}

declare module 'vitest' {
  export interface ProvidedContext {
    runtimes: RuntimeSuiteContext;
  }
}

export const runtimeSuiteContext = (): RuntimeSuiteContext => inject('runtimes');
