// What the global setup hands to every test file: built once per run, read-only afterwards.
import { inject } from 'vitest';
import type { PackedPackage } from './pack.js';

export interface ConsumerContext {
  /** Temporary folder holding the tarballs and the consumer project; removed after the run. */
  workDir: string;
  /** The consumer project, with every tarball installed by npm. */
  appDir: string;
  packages: PackedPackage[];
  installWarnings: string[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    consumer: ConsumerContext;
  }
}

export function consumerContext(): ConsumerContext {
  return inject('consumer');
}

export function packageNamed(context: ConsumerContext, name: string): PackedPackage {
  const pkg = context.packages.find((candidate) => candidate.name === name);
  if (!pkg) throw new Error(`${name} was not packed: is it a public package under packages/?`);
  return pkg;
}
