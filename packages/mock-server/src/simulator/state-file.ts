import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CaacMockSeedError } from '../errors.js';
import type { OrganizationState } from './model/records.js';

/** The state file's content: every tenant's state by the SHA-256 of its API key. */
export interface StateFileContent {
  readonly format: 'caac-mock-state';
  readonly version: 1;
  readonly tenants: Record<string, OrganizationState>;
}

/** How long writes are gathered before the state file is rewritten. */
export const STATE_FILE_DEBOUNCE_MS = 50;

/**
 * Persistence of the simulator: read once at start, rewritten after changes (gathered over
 * {@link STATE_FILE_DEBOUNCE_MS}) and on close. Every write goes to a temporary file in the same
 * folder that is then renamed over the state file, so a kill at any moment leaves either the old
 * or the new file, never half of one.
 *
 * @example
 * const file = new StateFile('.caac-mock/state.json', () => tenants.dump());
 * const stored = file.read(); // undefined when the file does not exist yet
 */
export class StateFile {
  #timer: NodeJS.Timeout | undefined;

  constructor(
    readonly filePath: string,
    private readonly dump: () => Record<string, OrganizationState>,
  ) {}

  read(): Record<string, OrganizationState> | undefined {
    if (!existsSync(this.filePath)) return undefined;
    let content: StateFileContent;
    try {
      content = JSON.parse(readFileSync(this.filePath, 'utf8')) as StateFileContent;
    } catch (error) {
      throw new CaacMockSeedError(
        `state file ${this.filePath} is not valid JSON: ${(error as Error).message}`,
        { cause: error },
      );
    }
    if (content?.format !== 'caac-mock-state' || content.version !== 1) {
      throw new CaacMockSeedError(
        `${this.filePath} is not a caac-mock state file (format "caac-mock-state", version 1)`,
      );
    }
    return content.tenants;
  }

  /** Asks for a rewrite soon; many changes in a burst give one write. */
  changed(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.writeNow();
    }, STATE_FILE_DEBOUNCE_MS);
    this.#timer.unref();
  }

  /** Writes the current state now (temp file + rename). */
  writeNow(): void {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    const content: StateFileContent = {
      format: 'caac-mock-state',
      version: 1,
      tenants: this.dump(),
    };
    mkdirSync(path.dirname(path.resolve(this.filePath)), { recursive: true });
    const temporary = `${this.filePath}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(content));
    renameSync(temporary, this.filePath);
  }
}
