import type { IHttpOperation } from '@stoplight/types';
import type { EngineAnswer, EngineRequest } from '../prism/engine.js';
import type { Preferences } from '../scenario/prefer.js';
import { answerControl } from './control-plane.js';
import type { Clock } from './model/clock.js';
import type { OrganizationState } from './model/records.js';
import { readSeedFile, seedOrThrow } from './seed.js';
import { Simulator } from './simulator.js';
import { StateFile } from './state-file.js';

/** How the server starts its stateful mode. */
export interface StatefulModeOptions {
  /** A seed object (checked against the schema), used instead of the built-in seed. */
  readonly seed?: unknown;
  /** A JSON or YAML seed file; `seed` wins when both are given. */
  readonly seedFile?: string;
  /** Load tenants from this file at start and write them back after changes (atomically). */
  readonly stateFile?: string;
  readonly validKeys: ReadonlySet<string>;
  readonly clock?: Clock;
}

/**
 * The server's stateful mode: the simulator, its control plane and its state file, behind the
 * one call {@link decideAnswer} makes. `answer` returns undefined when Prism should answer
 * instead: a `Prefer` header that asks for a spec example, a status or dynamic data, an operation
 * the simulator does not model (a forked spec's extra route), or a path that is neither a CAAC
 * operation nor a control route.
 *
 * @example
 * const stateful = StatefulMode.create({ validKeys: new Set(['test-key']) });
 * stateful.answer(request, operation, preferences);
 */
export class StatefulMode {
  readonly simulator: Simulator;
  readonly #stateFile: StateFile | undefined;
  readonly #validKeys: ReadonlySet<string>;

  private constructor(options: StatefulModeOptions, seed: OrganizationState | undefined) {
    this.#validKeys = options.validKeys;
    let stateFile: StateFile | undefined;
    this.simulator = new Simulator({
      ...(seed === undefined ? {} : { seed }),
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      onChange: () => stateFile?.changed(),
    });
    if (options.stateFile !== undefined) {
      stateFile = new StateFile(options.stateFile, () => this.simulator.tenants.dump());
      const stored = stateFile.read();
      if (stored) this.simulator.tenants.restore(stored);
    }
    this.#stateFile = stateFile;
  }

  /** Reads and checks the seed and the state file; throws naming every problem. */
  static create(options: StatefulModeOptions): StatefulMode {
    const seed =
      options.seed !== undefined
        ? seedOrThrow(options.seed, 'seed')
        : options.seedFile !== undefined
          ? readSeedFile(options.seedFile)
          : undefined;
    return new StatefulMode(options, seed);
  }

  answer(
    request: EngineRequest,
    operation: IHttpOperation | undefined,
    preferences: Preferences,
  ): EngineAnswer | undefined {
    if (
      preferences.code !== undefined ||
      preferences.example !== undefined ||
      preferences.dynamic === true
    ) {
      return undefined;
    }
    if (operation) {
      // An operation the simulator does not model (a forked spec's extra route) keeps its examples.
      return this.simulator.serves(operation)
        ? this.simulator.answer(operation, request)
        : undefined;
    }
    return answerControl(this.simulator, request, this.#validKeys);
  }

  /** Marks tenants changed outside an operation (the conversation loop's writes), for the state file. */
  changed(): void {
    this.#stateFile?.changed();
  }

  /** Writes pending changes to the state file now (on close). */
  flush(): void {
    this.#stateFile?.writeNow();
  }
}
