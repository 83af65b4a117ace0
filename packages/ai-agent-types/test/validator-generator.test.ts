import { anyRequestBody, junk, rfc3339 } from '@caac/agent-arbitraries';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import allKeywords from './fixtures/all-keywords-schemas.json' with { type: 'json' };
import {
  evaluate,
  loadGenerator,
  typeErrors,
  type ValidatorModule,
} from './helpers/compile-generated.js';
import { specSchemas } from './helpers/spec-schemas.js';

const requestSchemas = specSchemas();

type Problem = { path: string; message: string };
type Generate = Awaited<ReturnType<typeof loadGenerator>>['generateValidator'];

let generate: Generate;
let source: string;
let root: { is: (v: unknown) => boolean; validate: (v: unknown) => Problem[] };

beforeAll(async () => {
  generate = (await loadGenerator()).generateValidator;
  source = await generate({ schemas: allKeywords, rootSchemaName: 'Root' });
  const mod: ValidatorModule = evaluate(source);
  root = {
    is: mod.isRoot as (v: unknown) => boolean,
    validate: mod.validateRoot as (v: unknown) => Problem[],
  };
});

const valid = () => ({
  id: 5,
  kind: 'a',
  child: { name: 'c', next: { name: 'd' } },
  constructor: 'x',
});

describe('generated source', () => {
  it('type-checks under strict settings, with no DOM or Node types available', async () => {
    expect(await typeErrors(source)).toEqual([]);
  });

  it('has no imports, requires, `node:` modules or runtime schema compilation', () => {
    expect(source).not.toMatch(
      /^\s*(import|export .* from)\s|\brequire\(|['"]node:|new Function|\beval\(/m,
    );
  });

  it('exports is<Root>, validate<Root> and the ValidationProblem type, nothing else', () => {
    expect(Object.keys(evaluate(source)).sort()).toEqual(['isRoot', 'validateRoot']);
    expect(source).toContain('export interface ValidationProblem');
  });

  it('is deterministic: same schemas, same text, whatever the order of component names', async () => {
    const reversed = Object.fromEntries(Object.entries(allKeywords).reverse());
    expect(await generate({ schemas: allKeywords, rootSchemaName: 'Root' })).toBe(source);
    expect(await generate({ schemas: reversed, rootSchemaName: 'Root' })).toBe(source);
  });

  it('compiles only schemas reachable from the root (unreachable ones may use anything)', async () => {
    const schemas = { ...allKeywords, Unrelated: { properties: { x: { oneOf: [] } } } };
    const text = await generate({ schemas, rootSchemaName: 'Child' });
    expect(text).toContain('function is_Child');
    expect(text).not.toContain('Root');
    expect(text).not.toContain('Unrelated');
  });
});

describe('keywords', () => {
  const problems = (patch: Record<string, unknown>) => root.validate({ ...valid(), ...patch });

  it('accepts a valid value', () => {
    expect(root.is(valid())).toBe(true);
    expect(root.validate(valid())).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, Problem[]]>([
    ['minimum', { id: 0 }, [{ path: 'id', message: 'must be >= 1' }]],
    ['maximum', { id: 101 }, [{ path: 'id', message: 'must be <= 100' }]],
    ['exclusiveMinimum', { ratio: 0 }, [{ path: 'ratio', message: 'must be > 0' }]],
    ['exclusiveMaximum', { ratio: 1 }, [{ path: 'ratio', message: 'must be < 1' }]],
    ['number type', { ratio: '0.5' }, [{ path: 'ratio', message: 'must be a number' }]],
    ['minLength', { name: 'a' }, [{ path: 'name', message: 'must be at least 2 characters long' }]],
    [
      'maxLength',
      { name: 'abcdef' },
      [{ path: 'name', message: 'must be at most 5 characters long' }],
    ],
    ['pattern', { code: 'AB1' }, [{ path: 'code', message: 'must match the pattern ^[A-Z]{3}$' }]],
    ['minItems', { tags: [] }, [{ path: 'tags', message: 'must have at least 1 items' }]],
    [
      'maxItems',
      { tags: ['a', 'b', 'c', 'd'] },
      [{ path: 'tags', message: 'must have at most 3 items' }],
    ],
    ['items', { tags: ['a', 2] }, [{ path: 'tags[1]', message: 'must be a string' }]],
    ['enum', { kind: 'c' }, [{ path: 'kind', message: 'must be one of "a", "b", 1, null' }]],
    ['const', { fixed: false }, [{ path: 'fixed', message: 'must be true' }]],
    ['type list', { maybe: 1 }, [{ path: 'maybe', message: 'must be a string or null' }]],
    [
      'keywords under a type list',
      { maybe: 'abcd' },
      [{ path: 'maybe', message: 'must be at most 3 characters long' }],
    ],
    [
      'date-time',
      { when: '2025-05-21' },
      [{ path: 'when', message: 'must be a date-time string' }],
    ],
    ['date', { day: '2025-02-30' }, [{ path: 'day', message: 'must be a date string' }]],
    ['uuid', { uid: 'x' }, [{ path: 'uid', message: 'must be a UUID string' }]],
    ['int32', { small: 2 ** 31 }, [{ path: 'small', message: 'must be a 32-bit integer' }]],
    ['$ref', { child: {} }, [{ path: 'child.name', message: 'is required' }]],
    [
      'recursive $ref',
      { child: { name: 'a', next: { next: 1 } } },
      [
        { path: 'child.next.name', message: 'is required' },
        { path: 'child.next.next', message: 'must be an object' },
      ],
    ],
    [
      '$ref in items',
      { children: [{ name: 'a' }, { name: 1 }] },
      [{ path: 'children[1].name', message: 'must be a string' }],
    ],
    [
      'additionalProperties schema',
      { map: { a: 1, 'b c': 'x', d: 2.5 } },
      [
        { path: 'map["b c"]', message: 'must be an integer' },
        { path: 'map.d', message: 'must be an integer' },
      ],
    ],
    [
      'additionalProperties false',
      { closed: { a: 'x', b: 1, 'c-d': 2 } },
      [
        { path: 'closed.b', message: 'is not allowed' },
        { path: 'closed["c-d"]', message: 'is not allowed' },
      ],
    ],
    [
      'non-identifier property',
      { 'weird key': 'yes' },
      [{ path: '["weird key"]', message: 'must be a boolean' }],
    ],
    [
      'untyped keywords apply only to their type',
      { untyped: 'ab' },
      [{ path: 'untyped', message: 'must be at least 3 characters long' }],
    ],
    ['untyped number keywords', { untyped: 1 }, [{ path: 'untyped', message: 'must be >= 2' }]],
  ])('%s', (_keyword, patch, expected) => {
    expect(problems(patch)).toEqual(expected);
    expect(root.is({ ...valid(), ...patch })).toBe(false);
  });

  it('counts string length in code points, as JSON Schema does', () => {
    expect(problems({ name: '😀😀' })).toEqual([]);
    expect(problems({ name: '😀😀😀😀😀' })).toEqual([]);
    expect(problems({ name: '😀😀😀😀😀😀' })).toHaveLength(1);
    expect(problems({ name: '😀' })).toHaveLength(1);
  });

  it('ignores annotations and values of any type where the schema allows anything', () => {
    for (const anything of [null, 1, 'x', [], {}]) expect(problems({ anything })).toEqual([]);
  });

  it('requires Object.prototype names as own properties', () => {
    const { constructor: _omit, ...rest } = valid();
    expect(root.validate(rest)).toEqual([{ path: 'constructor', message: 'is required' }]);
    expect(
      root.validate(
        JSON.parse('{"id":5,"kind":"a","child":{"name":"c"},"constructor":"x","__proto__":1}'),
      ),
    ).toEqual([]);
  });

  it('supports OpenAPI 3.0 nullable and boolean exclusive bounds', async () => {
    const mod = evaluate(
      await generate({
        schemas: {
          R: {
            type: 'object',
            properties: {
              n: { type: 'string', nullable: true },
              b: {
                type: 'number',
                minimum: 0,
                exclusiveMinimum: true,
                maximum: 1,
                exclusiveMaximum: true,
              },
            },
          },
        },
        rootSchemaName: 'R',
      }),
    );
    const validate = mod.validateR as (v: unknown) => Problem[];
    expect(validate({ n: null, b: 0.5 })).toEqual([]);
    expect(validate({ n: 1, b: 0 })).toEqual([
      { path: 'n', message: 'must be a string or null' },
      { path: 'b', message: 'must be > 0' },
    ]);
    expect(validate({ b: 1 })).toEqual([{ path: 'b', message: 'must be < 1' }]);
  });
});

describe('unsupported schemas fail at codegen time, naming the place', () => {
  const gen = (schemas: Record<string, unknown>) => generate({ schemas, rootSchemaName: 'R' });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown keyword', { R: { oneOf: [] } }, /components\.schemas\.R uses "oneOf"/],
    [
      'a nested unknown keyword',
      { R: { properties: { a: { allOf: [] } } } },
      /R\.properties\.a uses "allOf"/,
    ],
    ['an unknown format', { R: { type: 'string', format: 'email' } }, /unsupported format "email"/],
    [
      'a missing ref',
      { R: { $ref: '#/components/schemas/Nope' } },
      /missing components\.schemas\.Nope/,
    ],
    [
      'an external ref',
      { R: { $ref: 'other.yaml#/X' } },
      /only #\/components\/schemas\/<Name> refs/,
    ],
    ['tuple items', { R: { items: [{}] } }, /tuple form is not supported/],
    ['an object enum', { R: { enum: [{}] } }, /enum with object or array values/],
    ['an unknown type', { R: { type: 'date' } }, /unknown type "date"/],
    ['a missing root', {}, /schema "R" refers to missing components\.schemas\.R/],
  ])('%s', async (_case, schemas, message) => {
    await expect(gen(schemas)).rejects.toThrow(message);
  });

  it('a root name that is not an identifier', async () => {
    await expect(generate({ schemas: {}, rootSchemaName: 'a-b' })).rejects.toThrow(
      /not an identifier/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Differential testing: on values built from the schema's own pieces, the compiled validator must
// agree with ajv (the reference JSON Schema implementation) on validity and on where problems are.

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

function ajvFor(schemas: Record<string, unknown>, rootName: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string'
          ? v.replace('#/components/schemas/', '#/$defs/')
          : rewrite(v),
      ]),
    );
  };
  return ajv.compile({ $defs: rewrite(schemas), $ref: `#/$defs/${rootName}` });
}

/** `messages[2]["a b"].x` → `/messages/2/a b/x` (JSON Pointer, as ajv reports paths). */
function toPointer(path: string): string {
  let out = '';
  const re = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(re)) {
    const step = m[1] ?? m[2] ?? JSON.parse(m[3] as string);
    out += `/${String(step).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  }
  return out;
}

function ajvPaths(
  errors: { instancePath: string; keyword: string; params: Record<string, unknown> }[],
) {
  return new Set(
    errors
      // ajv reports the whole-$ref failure and the failing branch; our problems name only leaves.
      .filter((e) => e.keyword !== '$ref')
      .map((e) => {
        if (e.keyword === 'required')
          return `${e.instancePath}/${String(e.params.missingProperty)}`;
        if (e.keyword === 'additionalProperties')
          return `${e.instancePath}/${String(e.params.additionalProperty)}`;
        return e.instancePath;
      }),
  );
}

// RFC 3339-shaped timestamps with random digits: both validators must agree on calendar and clock
// rules. (ajv-formats also accepts a space separator and `+0800`; we follow RFC 3339 strictly.)
const d = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const timestamp = fc.oneof(
  rfc3339,
  fc
    .tuple(
      d(4),
      d(2),
      d(2),
      d(2),
      d(2),
      d(2),
      fc.constantFrom('', '.5', '.123456'),
      fc.constantFrom('Z', 'z', '+08:00', '-23:59', '+24:00', '-00:60'),
    )
    .map(([y, mo, da, h, mi, s, f, z]) => `${y}-${mo}-${da}T${h}:${mi}:${s}${f}${z}`),
  fc.constantFrom('', 'x', '2024-02-29T23:59:60Z', '2025-05-21T05:06:00', '2025-05-21'),
);

const uuid = fc.oneof(
  fc.uuid(),
  fc.constantFrom('', 'nope', '550E8400-E29B-41D4-A716-446655440000'),
);
const anything = junk;

describe("agreement with ajv on the spec's request schema and the all-keywords schema (property-based)", () => {
  let request: { is: (v: unknown) => boolean; validate: (v: unknown) => Problem[] };
  let ajvValidate: ReturnType<typeof ajvFor>;

  beforeAll(async () => {
    const mod = evaluate(
      await generate({ schemas: requestSchemas, rootSchemaName: 'SelfHostedAiAgentRequest' }),
    );
    request = {
      is: mod.isSelfHostedAiAgentRequest as (v: unknown) => boolean,
      validate: mod.validateSelfHostedAiAgentRequest as (v: unknown) => Problem[],
    };
    ajvValidate = ajvFor(requestSchemas, 'SelfHostedAiAgentRequest');
  });

  it('agrees on validity and on the path of every problem (request schema)', () => {
    let validCount = 0;
    fc.assert(
      fc.property(anyRequestBody, (value) => {
        const ours = request.validate(value);
        const ajvValid = ajvValidate(value);
        if (ajvValid) validCount++;
        expect(ours.length === 0).toBe(ajvValid);
        expect(request.is(value)).toBe(ajvValid);
        expect(new Set(ours.map((p) => toPointer(p.path)))).toEqual(
          ajvPaths(ajvValidate.errors ?? []),
        );
      }),
      { numRuns: 3000 },
    );
    // Both outcomes must be well represented, or agreement would prove little.
    expect(validCount).toBeGreaterThan(300);
    expect(validCount).toBeLessThan(2700);
  });

  it('agrees on validity for the all-keywords schema', () => {
    const ajvRoot = ajvFor(allKeywords, 'Root');
    const patch = fc.record(
      {
        id: fc.oneof(fc.integer({ min: -5, max: 110 }), anything),
        ratio: fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), anything),
        name: fc.oneof(fc.string({ maxLength: 7, unit: 'grapheme' }), anything),
        code: fc.oneof(fc.stringMatching(/^[A-Z0-9]{2,4}$/), anything),
        tags: fc.oneof(fc.array(fc.oneof(fc.string(), anything), { maxLength: 5 }), anything),
        kind: fc.oneof(fc.constantFrom('a', 'b', 1, null, 'c'), anything),
        fixed: anything,
        maybe: fc.oneof(fc.string({ maxLength: 5 }), anything),
        when: fc.oneof(timestamp, anything),
        day: fc.oneof(
          timestamp.map((t) => t.slice(0, 10)),
          anything,
        ),
        uid: fc.oneof(uuid, anything),
        small: fc.oneof(fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1), anything),
        big: anything,
        map: fc.oneof(
          fc.dictionary(fc.string(), fc.oneof(fc.integer(), anything), { maxKeys: 3 }),
          anything,
        ),
        closed: fc.oneof(
          fc.dictionary(fc.constantFrom('a', 'b', 'c d'), fc.oneof(fc.string(), anything), {
            maxKeys: 2,
          }),
          anything,
        ),
        untyped: anything,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(patch, (p) => {
        const value = { ...valid(), ...p };
        const ours = root.validate(value);
        const ajvValid = ajvRoot(value);
        expect(ours.length === 0).toBe(ajvValid);
        expect(new Set(ours.map((x) => toPointer(x.path)))).toEqual(ajvPaths(ajvRoot.errors ?? []));
      }),
      { numRuns: 2000 },
    );
  });

  it('is<Root> and validate<Root> never disagree, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyRequestBody, fc.anything({ withNullPrototype: true, withObjectString: true })),
        (value) => {
          expect(request.is(value)).toBe(request.validate(value).length === 0);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
