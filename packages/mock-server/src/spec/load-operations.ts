import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IHttpOperation } from '@stoplight/types';
import { CaacMockSpecError } from '../errors.js';
import { loadPrism } from '../prism/load-prism.js';
import { packageRoot } from './package-root.js';
import { prismHttpVersion } from './prism-version.js';

/** Where `pnpm build` stores operations prepared from a bundled spec. */
export function preparedOperationsPath(specPath: string): string {
  return path.join(
    packageRoot(),
    'dist',
    'prepared',
    `${path.basename(specPath, '.json')}.operations.json`,
  );
}

/**
 * The file written at build time: Prism's operations, keyed by the hash of the spec they came from
 * and the version of Prism that transformed it (another Prism may shape operations differently).
 */
export interface PreparedOperations {
  readonly specSha256: string;
  readonly prismVersion: string;
  readonly operations: IHttpOperation[];
}

/** SHA-256 of a spec file's bytes: decides whether prepared operations still fit it. */
export function specHash(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Prism's operations for a spec (a file path or an already-parsed document).
 *
 * For a file, operations prepared at build time are used when both the spec's hash and the Prism
 * version match, which skips Prism's dereferencing and transform at start-up; otherwise Prism
 * loads the spec itself.
 *
 * @example
 * const operations = await loadOperations(bundledSpecPath('caac'));
 */
export async function loadOperations(spec: string | object): Promise<IHttpOperation[]> {
  if (typeof spec === 'string') {
    const absolute = path.resolve(spec);
    if (!existsSync(absolute)) throw new CaacMockSpecError(`spec not found: ${absolute}`);
    const prepared = readPrepared(absolute);
    if (prepared) return prepared;
    return checked(await loadPrism().getHttpOperationsFromSpec(absolute), absolute);
  }
  return checked(await loadPrism().getHttpOperationsFromSpec(spec), 'the given document');
}

function readPrepared(specPath: string): IHttpOperation[] | undefined {
  const preparedPath = preparedOperationsPath(specPath);
  if (!existsSync(preparedPath)) return undefined;
  try {
    const prepared = JSON.parse(readFileSync(preparedPath, 'utf8')) as Partial<PreparedOperations>;
    const fits =
      prepared.specSha256 === specHash(readFileSync(specPath)) &&
      prepared.prismVersion === prismHttpVersion() &&
      Array.isArray(prepared.operations);
    return fits ? prepared.operations : undefined;
  } catch {
    return undefined; // unreadable or partial: Prism loads the spec instead
  }
}

function checked(operations: IHttpOperation[], source: string): IHttpOperation[] {
  if (operations.length === 0) {
    throw new CaacMockSpecError(`no operations found in ${source}`);
  }
  return operations;
}
