import { type CaacClient, type OperationId, resourceMethodOf } from '@caac/client';
import { getToolDefinition } from './catalog.js';
import type { CaacToolName } from './generated/tools.js';
import type { CaacToolInputProblem, CaacToolResult } from './result.js';
import { toolErrorOf } from './tool-error.js';
import { validateToolInput } from './validate-input.js';

/** Options of {@link executeTool}. */
export interface ExecuteToolOptions {
  /** The client that sends the call (its retries, timeouts, logging and redaction apply). */
  client: CaacClient;
  /** Cancels the call, e.g. the deadline signal of an AI agent's `reply`. */
  signal?: AbortSignal | undefined;
  /** Deadline of each attempt in milliseconds; overrides the client's. */
  timeoutMs?: number | undefined;
  /**
   * The tools the model was offered (e.g. `selectTools({ readOnly: true })`); a call of any other
   * tool is refused as `unknown_tool`, so a model cannot reach around a filter. Default: all.
   */
  tools?: readonly { readonly name: string }[] | undefined;
}

type ResourceMethod = (params: unknown, options: unknown) => PromiseLike<unknown>;

/**
 * Runs one tool: parses the input when it is a JSON string, validates it against the tool's
 * input schema (nothing is sent when it fails), calls the operation through `@caac/client` and
 * resolves to plain JSON. It never rejects: every failure is an `{ ok: false, error }` result
 * that says what to do, and carries no API key. A list tool answers one page; its
 * `cursor.next` goes into the next call's `cursor`.
 * @example
 * const client = createCaacClient({ apiKey: process.env.CAAC_API_KEY });
 * const result = await executeTool('caac_create_tag', { name: 'VIP' }, { client });
 * if (!result.ok) console.log(result.error.hint);
 */
export async function executeTool(
  name: string,
  input: unknown,
  options: ExecuteToolOptions,
): Promise<CaacToolResult> {
  const tool = getToolDefinition(name);
  if (!tool || (options.tools && !options.tools.some((offered) => offered.name === name))) {
    return {
      ok: false,
      tool: name,
      error: {
        kind: 'unknown_tool',
        message: `There is no CAAC tool named "${name}".`,
        hint: 'Call one of the tools you were given, by its exact name.',
      },
    };
  }
  const args = parseArguments(input);
  if (!args.ok) return invalid(tool.name, [{ path: '', message: args.message }]);
  const problems = validateToolInput(tool.name, args.value);
  if (problems.length > 0) return invalid(tool.name, problems);

  // Tools call the client's resource methods: the same path a developer's own code takes.
  const target = resourceMethodOf(tool.operationId as OperationId);
  const group =
    target && (options.client as unknown as Record<string, Record<string, unknown>>)[target[0]];
  const method = target && (group?.[target[1]] as ResourceMethod | undefined);
  if (!target || !method) {
    return {
      ok: false,
      tool: tool.name,
      error: {
        kind: 'client_error',
        message: `The client has no method for ${tool.operationId}; is it a @caac/client CaacClient?`,
        hint: 'This is a setup problem, not something a retry fixes: tell the operator.',
      },
    };
  }
  try {
    // `await` of a list method's paginator fetches exactly one page.
    const data = await method.call(group, args.value, {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
    });
    return { ok: true, tool: tool.name, data: data ?? null };
  } catch (error) {
    return { ok: false, tool: tool.name, error: toolErrorOf(error) };
  }
}

function invalid(tool: CaacToolName, problems: CaacToolInputProblem[]): CaacToolResult {
  const listed = problems.map((p) => `${p.path || '(input)'} ${p.message}`).join('; ');
  return {
    ok: false,
    tool,
    error: {
      kind: 'invalid_input',
      message: `Invalid input for ${tool}: ${listed}.`,
      hint: 'Nothing was sent. Fix the listed fields to match the tool schema and call again.',
      problems,
    },
  };
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

// Function-calling APIs hand arguments over as a JSON string; other callers pass the object.
function parseArguments(input: unknown): Parsed {
  if (input === undefined || input === null || input === '') return { ok: true, value: {} };
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input) };
  } catch {
    return { ok: false, message: 'is not valid JSON' };
  }
}
