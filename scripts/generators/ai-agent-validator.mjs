// @ts-check
/**
 * Compiles a component schema of the bundled CAAC spec into a dependency-free TypeScript validator.
 *
 * Why not ajv standalone: its output imports ajv runtime helpers (ucs2length, ajv-formats), and the
 * validator must ship with zero runtime dependencies and run in browsers and edge runtimes. The
 * schemas we validate use a small subset of JSON Schema, so a purpose-built compiler is shorter than
 * inlining ajv's helpers and lets us emit exactly what we want:
 *
 * - two functions per reachable named schema: `is_X` (boolean, allocation-free: the fast path every
 *   valid request takes) and `check_X` (collects every problem with its path; only runs when `is_X`
 *   said no, and only descends into children that are themselves invalid);
 * - formats as hand-written character checks (date-time) or one anchored regex (uuid);
 * - a loud failure at codegen time for any keyword it does not understand, so the validator can
 *   never silently accept something the schema forbids.
 *
 * Output is deterministic: schema names are sorted, properties keep their order in the spec.
 *
 * Measured against ajv's standalone output for the same schema (Ajv2020 + ajv-formats, allErrors;
 * `pnpm --filter @caac/bench bench validator` keeps measuring it, as a same-run ratio):
 * - size, esbuild min + gzip -9 with every helper bundled: 1,395 B vs 3,677 B when first measured,
 *   1.42 kB vs 4.06 kB (0.35×) in the bench run of 2026-11-30;
 * - speed on the 20-message request: 2.26 µs vs 8.70 µs per body on an idle machine when first
 *   measured; 0.21× (median of paired rounds) in the bench run of 2026-11-30 on a busy one.
 */

/** Keywords that only annotate; they never change what is valid. */
const ANNOTATIONS = new Set([
  '$comment',
  '$schema',
  '$id',
  'title',
  'description',
  'default',
  'example',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  'contentMediaType',
  'contentEncoding',
]);

/** Keywords this compiler implements. Anything else (and not an annotation or `x-*`) is an error. */
const SUPPORTED = new Set([
  '$ref',
  'type',
  'nullable',
  'enum',
  'const',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

/** String formats with a runtime check, and the helper that implements each. */
const STRING_FORMATS = {
  'date-time': { helper: 'isDateTime', message: 'must be a date-time string' },
  date: { helper: 'isDate', message: 'must be a date string' },
  uuid: { helper: 'isUuid', message: 'must be a UUID string' },
};

/** Formats that only describe (OpenAPI's numeric widths, UI hints): nothing to check beyond `type`. */
const DESCRIPTIVE_FORMATS = new Set(['int64', 'float', 'double', 'password', 'binary']);

const REF_PREFIX = '#/components/schemas/';
const JS_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * @typedef {Record<string, unknown>} Schema
 * @typedef {{ schemas: Record<string, unknown>, rootSchemaName: string }} GenerateOptions
 */

/**
 * Returns the TypeScript source of a validator for `schemas[rootSchemaName]` (no generated-file
 * header; scripts/generators/render.mjs prepends it).
 *
 * The module exports `ValidationProblem`, `is<Root>(value): boolean` and
 * `validate<Root>(value): ValidationProblem[]` (empty when valid).
 *
 * @param {GenerateOptions} options
 * @returns {Promise<string>}
 * @example
 * const source = await generateValidator({ schemas: doc.components.schemas, rootSchemaName: 'SelfHostedAiAgentRequest' });
 */
export async function generateValidator({ schemas, rootSchemaName }) {
  if (!schemas || typeof schemas !== 'object') {
    throw new Error('ai-agent-validator: `schemas` must be the components.schemas object');
  }
  if (!JS_IDENTIFIER.test(rootSchemaName)) {
    throw new Error(
      `ai-agent-validator: root schema name "${rootSchemaName}" is not an identifier`,
    );
  }
  const compiler = new Compiler(/** @type {Record<string, unknown>} */ (schemas));
  compiler.reach(rootSchemaName, `schema "${rootSchemaName}"`);
  return compiler.render(rootSchemaName);
}

class Compiler {
  /** @param {Record<string, unknown>} schemas */
  constructor(schemas) {
    this.schemas = schemas;
    /** @type {Set<string>} named schemas reachable from the root */
    this.reached = new Set();
    /** @type {Set<string>} helpers the output needs */
    this.helpers = new Set();
    /** @type {string[]} hoisted constants (regexes, key sets) */
    this.constants = [];
    this.varCount = 0;
  }

  /**
   * Marks a named schema (and everything it refers to) as needed.
   * @param {string} name
   * @param {string} from where the reference was found, for error messages
   */
  reach(name, from) {
    if (this.reached.has(name)) return;
    const schema = this.schemas[name];
    if (!schema || typeof schema !== 'object') {
      throw new Error(`ai-agent-validator: ${from} refers to missing components.schemas.${name}`);
    }
    this.reached.add(name);
    this.walkRefs(/** @type {Schema} */ (schema), `components.schemas.${name}`);
  }

  /**
   * @param {Schema} schema
   * @param {string} at
   */
  walkRefs(schema, at) {
    checkKeywords(schema, at);
    if (typeof schema.$ref === 'string') this.reach(refName(schema.$ref, at), at);
    const props = /** @type {Record<string, Schema> | undefined} */ (schema.properties);
    for (const [key, sub] of Object.entries(props ?? {}))
      this.walkRefs(sub, `${at}.properties.${key}`);
    if (isObject(schema.additionalProperties)) {
      this.walkRefs(
        /** @type {Schema} */ (schema.additionalProperties),
        `${at}.additionalProperties`,
      );
    }
    if (isObject(schema.items)) this.walkRefs(/** @type {Schema} */ (schema.items), `${at}.items`);
  }

  /** @param {string} root */
  render(root) {
    const names = [...this.reached].sort();
    const bodies = names.map((name) => this.renderNamed(name));
    const out = [
      '// Validator for components.schemas.' +
        root +
        ', compiled by scripts/generators/ai-agent-validator.mjs.',
      '// No runtime dependencies and no `node:` imports: it runs in browsers and edge runtimes.',
      '',
      '/** One reason a value does not match the schema. `path` is like `messages[2].timestamp` ("" is the value itself). */',
      'export interface ValidationProblem {',
      '  readonly path: string;',
      '  readonly message: string;',
      '}',
      '',
      ...this.renderHelpers(),
      ...this.constants,
      ...(this.constants.length > 0 ? [''] : []),
      ...bodies,
      `/** True when \`value\` matches components.schemas.${root}. Allocation-free; use it on hot paths. */`,
      `export function is${root}(value: unknown): boolean {`,
      `  return ${fn('is', root)}(value);`,
      '}',
      '',
      `/** Every problem that stops \`value\` matching components.schemas.${root}; empty when it matches. */`,
      `export function validate${root}(value: unknown): ValidationProblem[] {`,
      '  const problems: ValidationProblem[] = [];',
      `  if (!${fn('is', root)}(value)) ${fn('check', root)}(value, '', problems);`,
      '  return problems;',
      '}',
      '',
    ];
    return out.join('\n');
  }

  /** @param {string} name */
  renderNamed(name) {
    const schema = /** @type {Schema} */ (this.schemas[name]);
    this.varCount = 0;
    const isBody = this.isCode(schema, 'v', 1);
    this.varCount = 0;
    const checkBody = this.checkCode(schema, 'v', { base: 'p', suffix: '' }, 1);
    return [
      `function ${fn('is', name)}(v: unknown): boolean {`,
      ...isBody,
      '  return true;',
      '}',
      '',
      `function ${fn('check', name)}(v: unknown, p: string, out: ValidationProblem[]): void {`,
      ...checkBody,
      '}',
      '',
    ].join('\n');
  }

  // ---------------------------------------------------------------------------------------------
  // Fast path: statements that `return false` on the first mismatch.

  /**
   * @param {Schema} schema
   * @param {string} v variable holding the value
   * @param {number} depth indentation level
   * @returns {string[]}
   */
  isCode(schema, v, depth) {
    const ind = '  '.repeat(depth);
    /** @type {string[]} */
    const lines = [];
    if (typeof schema.$ref === 'string') {
      lines.push(`${ind}if (!${fn('is', refName(schema.$ref, ''))}(${v})) return false;`);
    }
    const types = typesOf(schema);
    if (types) lines.push(`${ind}if (${typeFails(types, v)}) return false;`);
    for (const check of this.valueChecks(schema, v, types)) {
      lines.push(`${ind}if (${check.fails}) return false;`);
    }
    const narrowed = this.narrow(types, v);
    const objectLines = this.isObjectCode(schema, narrowed.object, depth);
    const arrayLines = this.isArrayCode(schema, narrowed.array, depth);
    lines.push(
      ...wrapIf(objectLines, narrowed.objectGuard, ind),
      ...wrapIf(arrayLines, narrowed.arrayGuard, ind),
    );
    return lines;
  }

  /**
   * @param {Schema} schema
   * @param {string} o variable typed as a record
   * @param {number} depth
   */
  isObjectCode(schema, o, depth) {
    const ind = '  '.repeat(depth);
    /** @type {string[]} */
    const lines = [];
    const required = /** @type {string[]} */ (schema.required ?? []);
    const props = /** @type {Record<string, Schema>} */ (schema.properties ?? {});
    for (const key of required) {
      if (!(key in props)) lines.push(`${ind}if (${missing(o, key)}) return false;`);
    }
    for (const [key, sub] of Object.entries(props)) {
      const x = this.fresh('x');
      const inner = this.isCode(sub, x, depth + 1);
      if (required.includes(key)) {
        lines.push(`${ind}{`, `${ind}  const ${x} = ${read(o, key)};`);
        // A type test already rejects undefined; without one, absence needs its own test.
        if (!typesOf(sub)) lines.push(`${ind}  if (${x} === undefined) return false;`);
        lines.push(...inner, `${ind}}`);
      } else if (inner.length > 0) {
        lines.push(
          `${ind}{`,
          `${ind}  const ${x} = ${read(o, key)};`,
          `${ind}  if (${x} !== undefined) {`,
        );
        lines.push(...indent(inner), `${ind}  }`, `${ind}}`);
      }
    }
    const extra = schema.additionalProperties;
    if (extra === false || isObject(extra)) {
      const k = this.fresh('k');
      const known = this.knownKeys(props);
      lines.push(`${ind}for (const ${k} of Object.keys(${o})) {`);
      if (extra === false) {
        lines.push(`${ind}  if (!${known}.has(${k})) return false;`);
      } else {
        const x = this.fresh('x');
        const inner = this.isCode(/** @type {Schema} */ (extra), x, depth + 2);
        lines.push(`${ind}  if (${known}.has(${k})) continue;`, `${ind}  const ${x} = ${o}[${k}];`);
        lines.push(...inner);
      }
      lines.push(`${ind}}`);
    }
    return lines;
  }

  /**
   * @param {Schema} schema
   * @param {string} a variable typed as an array
   * @param {number} depth
   */
  isArrayCode(schema, a, depth) {
    const ind = '  '.repeat(depth);
    if (!isObject(schema.items)) return [];
    const i = this.fresh('i');
    const x = this.fresh('x');
    const inner = this.isCode(/** @type {Schema} */ (schema.items), x, depth + 1);
    if (inner.length === 0) return [];
    return [
      `${ind}for (let ${i} = 0; ${i} < ${a}.length; ${i}++) {`,
      `${ind}  const ${x} = ${a}[${i}];`,
      ...inner,
      `${ind}}`,
    ];
  }

  // ---------------------------------------------------------------------------------------------
  // Slow path: statements that push every problem. Paths are built only when a problem is pushed.

  /**
   * @typedef {{ base: string, suffix: string }} PathExpr `base` is a runtime string variable,
   *   `suffix` a JS expression fragment list (joined with +) appended to it, or '' for none.
   */

  /**
   * @param {Schema} schema
   * @param {string} v
   * @param {PathExpr} path
   * @param {number} depth
   * @returns {string[]}
   */
  checkCode(schema, v, path, depth) {
    const ind = '  '.repeat(depth);
    /** @type {string[]} */
    const lines = [];
    const types = typesOf(schema);
    if (typeof schema.$ref === 'string') {
      const name = refName(schema.$ref, '');
      // A `$ref` with sibling keywords applies both; without siblings the named check says it all.
      lines.push(
        `${ind}if (!${fn('is', name)}(${v})) ${fn('check', name)}(${v}, ${pathValue(path)}, out);`,
      );
    }
    // Once the type is wrong, the other keywords have nothing sensible to say about the value.
    const inner = types ? depth + 1 : depth;
    const innerInd = '  '.repeat(inner);
    /** @type {string[]} */
    const rest = [];
    for (const check of this.valueChecks(schema, v, types)) {
      rest.push(`${innerInd}if (${check.fails}) ${push(path, check.message)}`);
    }
    const narrowed = this.narrow(types, v);
    const objectLines = this.checkObjectCode(schema, narrowed.object, path, inner);
    const arrayLines = this.checkArrayCode(schema, narrowed.array, path, inner);
    rest.push(
      ...wrapIf(objectLines, narrowed.objectGuard, innerInd),
      ...wrapIf(arrayLines, narrowed.arrayGuard, innerInd),
    );
    if (!types) return [...lines, ...rest];
    lines.push(`${ind}if (${typeFails(types, v)}) {`, `${ind}  ${push(path, typeMessage(types))}`);
    lines.push(...(rest.length > 0 ? [`${ind}} else {`, ...rest, `${ind}}`] : [`${ind}}`]));
    return lines;
  }

  /**
   * @param {Schema} schema
   * @param {string} o
   * @param {PathExpr} path
   * @param {number} depth
   */
  checkObjectCode(schema, o, path, depth) {
    const ind = '  '.repeat(depth);
    /** @type {string[]} */
    const lines = [];
    const required = /** @type {string[]} */ (schema.required ?? []);
    const props = /** @type {Record<string, Schema>} */ (schema.properties ?? {});
    for (const key of required) {
      if (!(key in props))
        lines.push(`${ind}if (${missing(o, key)}) ${push(child(path, key), 'is required')}`);
    }
    for (const [key, sub] of Object.entries(props)) {
      const x = this.fresh('x');
      const sp = child(path, key);
      const inner = this.checkCode(sub, x, sp, depth + 2);
      const isRequired = required.includes(key);
      if (!isRequired && inner.length === 0) continue;
      lines.push(`${ind}{`, `${ind}  const ${x} = ${read(o, key)};`);
      if (isRequired) {
        lines.push(`${ind}  if (${x} === undefined) ${push(sp, 'is required')}`);
        if (inner.length > 0) lines.push(`${ind}  else {`, ...inner, `${ind}  }`);
      } else {
        lines.push(`${ind}  if (${x} !== undefined) {`, ...inner, `${ind}  }`);
      }
      lines.push(`${ind}}`);
    }
    const extra = schema.additionalProperties;
    if (extra === false || isObject(extra)) {
      this.helpers.add('keyPath');
      const k = this.fresh('k');
      const known = this.knownKeys(props);
      const kp = { base: pathValue(path), suffix: `keyPath(${k})` };
      lines.push(
        `${ind}for (const ${k} of Object.keys(${o})) {`,
        `${ind}  if (${known}.has(${k})) continue;`,
      );
      if (extra === false) {
        lines.push(`${ind}  ${push(kp, 'is not allowed')}`);
      } else {
        const x = this.fresh('x');
        lines.push(`${ind}  const ${x} = ${o}[${k}];`, `${ind}  {`);
        lines.push(...this.checkCode(/** @type {Schema} */ (extra), x, kp, depth + 2), `${ind}  }`);
      }
      lines.push(`${ind}}`);
    }
    return lines;
  }

  /**
   * @param {Schema} schema
   * @param {string} a
   * @param {PathExpr} path
   * @param {number} depth
   */
  checkArrayCode(schema, a, path, depth) {
    const ind = '  '.repeat(depth);
    if (!isObject(schema.items)) return [];
    const i = this.fresh('i');
    const x = this.fresh('x');
    const ip = { base: pathValue(path), suffix: `'[' + ${i} + ']'` };
    const items = /** @type {Schema} */ (schema.items);
    const inner = this.checkCode(items, x, ip, depth + 1);
    if (inner.length === 0) return [];
    return [
      `${ind}for (let ${i} = 0; ${i} < ${a}.length; ${i}++) {`,
      `${ind}  const ${x} = ${a}[${i}];`,
      ...inner,
      `${ind}}`,
    ];
  }

  // ---------------------------------------------------------------------------------------------
  // Shared pieces.

  /**
   * Checks on a value whose type is already known: enum, const, string, number and array bounds.
   * @param {Schema} schema
   * @param {string} v
   * @param {string[] | undefined} types
   * @returns {{ fails: string, message: string }[]}
   */
  valueChecks(schema, v, types) {
    /** @type {{ fails: string, message: string }[]} */
    const checks = [];
    const isType = (/** @type {string} */ t) => (types ? types.includes(t) : true);
    const onlyType = (/** @type {string} */ t) => types?.length === 1 && types[0] === t;
    if (Array.isArray(schema.enum)) {
      for (const value of schema.enum) assertPrimitive(value, 'enum');
      const literals = schema.enum.map((value) => JSON.stringify(value));
      checks.push({
        fails: literals.map((lit) => `${v} !== ${lit}`).join(' && ') || 'true',
        message:
          literals.length === 1
            ? `must be ${literals[0]}`
            : `must be one of ${literals.join(', ')}`,
      });
    }
    if ('const' in schema) {
      assertPrimitive(schema.const, 'const');
      const lit = JSON.stringify(schema.const);
      checks.push({ fails: `${v} !== ${lit}`, message: `must be ${lit}` });
    }
    // String keywords. Guarded by typeof unless the type is exactly string.
    const str = (/** @type {string} */ cond) =>
      onlyType('string') ? cond : `typeof ${v} === 'string' && ${cond}`;
    if (isType('string')) {
      if (typeof schema.format === 'string' && schema.format in STRING_FORMATS) {
        const format = STRING_FORMATS[/** @type {keyof typeof STRING_FORMATS} */ (schema.format)];
        this.helpers.add(format.helper);
        checks.push({ fails: str(`!${format.helper}(${v})`), message: format.message });
      }
      if (typeof schema.minLength === 'number') {
        this.helpers.add('codePoints');
        const n = schema.minLength;
        checks.push({
          // UTF-16 length >= code point count, so only count code points when it matters.
          fails: str(`(${v}.length < ${n} || codePoints(${v}) < ${n})`),
          message: `must be at least ${n} character${n === 1 ? '' : 's'} long`,
        });
      }
      if (typeof schema.maxLength === 'number') {
        this.helpers.add('codePoints');
        const n = schema.maxLength;
        checks.push({
          fails: str(`${v}.length > ${n} && codePoints(${v}) > ${n}`),
          message: `must be at most ${n} character${n === 1 ? '' : 's'} long`,
        });
      }
      if (typeof schema.pattern === 'string') {
        new RegExp(schema.pattern, 'u'); // throws at codegen time on a bad pattern
        const name = `PATTERN_${this.constants.length}`;
        this.constants.push(`const ${name} = new RegExp(${JSON.stringify(schema.pattern)}, 'u');`);
        checks.push({
          fails: str(`!${name}.test(${v})`),
          message: `must match the pattern ${schema.pattern}`,
        });
      }
    }
    if (typeof schema.format === 'string') {
      const known =
        schema.format in STRING_FORMATS ||
        DESCRIPTIVE_FORMATS.has(schema.format) ||
        schema.format === 'int32';
      if (!known) throw new Error(`ai-agent-validator: unsupported format "${schema.format}"`);
    }
    // Number keywords.
    // Number.isInteger does not narrow `unknown`, so comparisons go through a cast.
    const asNumber = `(${v} as number)`;
    const num = (/** @type {string} */ cond) =>
      types?.every((t) => t === 'number' || t === 'integer')
        ? cond
        : `typeof ${v} === 'number' && ${cond}`;
    if (isType('number') || isType('integer')) {
      if (schema.format === 'int32') {
        checks.push({
          fails: num(`(${asNumber} < -2147483648 || ${asNumber} > 2147483647)`),
          message: 'must be a 32-bit integer',
        });
      }
      const bound = (
        /** @type {unknown} */ limit,
        /** @type {string} */ op,
        /** @type {string} */ words,
      ) => {
        if (typeof limit === 'number')
          checks.push({
            fails: num(`${asNumber} ${op} ${limit}`),
            message: `must be ${words} ${limit}`,
          });
      };
      // OpenAPI 3.0 spells exclusive bounds as booleans beside minimum/maximum; 3.1 as numbers.
      bound(
        schema.minimum,
        schema.exclusiveMinimum === true ? '<=' : '<',
        schema.exclusiveMinimum === true ? '>' : '>=',
      );
      bound(
        schema.maximum,
        schema.exclusiveMaximum === true ? '>=' : '>',
        schema.exclusiveMaximum === true ? '<' : '<=',
      );
      bound(schema.exclusiveMinimum, '<=', '>');
      bound(schema.exclusiveMaximum, '>=', '<');
    }
    if (isType('array')) {
      const arr = (/** @type {string} */ cond) =>
        onlyType('array') ? cond : `Array.isArray(${v}) && ${cond}`;
      if (typeof schema.minItems === 'number') {
        checks.push({
          fails: arr(`${v}.length < ${schema.minItems}`),
          message: `must have at least ${schema.minItems} items`,
        });
      }
      if (typeof schema.maxItems === 'number') {
        checks.push({
          fails: arr(`${v}.length > ${schema.maxItems}`),
          message: `must have at most ${schema.maxItems} items`,
        });
      }
    }
    return checks;
  }

  /**
   * Variables through which object and array keywords see the value, and the guard they need when
   * the schema's type does not already guarantee the shape.
   * @param {string[] | undefined} types
   * @param {string} v
   */
  narrow(types, v) {
    const onlyObject = types?.length === 1 && types[0] === 'object';
    const onlyArray = types?.length === 1 && types[0] === 'array';
    return {
      object: `(${v} as Record<string, unknown>)`,
      objectGuard: onlyObject
        ? ''
        : `typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v})`,
      array: `(${v} as unknown[])`,
      arrayGuard: onlyArray ? '' : `Array.isArray(${v})`,
    };
  }

  /** @param {Record<string, unknown>} props */
  knownKeys(props) {
    const name = `KNOWN_${this.constants.length}`;
    this.constants.push(
      `const ${name}: ReadonlySet<string> = new Set(${JSON.stringify(Object.keys(props))});`,
    );
    return name;
  }

  /** @param {string} prefix */
  fresh(prefix) {
    this.varCount += 1;
    return `${prefix}${this.varCount}`;
  }

  renderHelpers() {
    /** @type {string[]} */
    const out = [];
    if (this.helpers.has('codePoints')) {
      out.push(
        '/** Length in Unicode code points, as JSON Schema counts it (a surrogate pair is one character). */',
        'function codePoints(s: string): number {',
        '  let n = 0;',
        '  for (let i = 0; i < s.length; i++) {',
        '    const c = s.charCodeAt(i);',
        '    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {',
        '      const d = s.charCodeAt(i + 1);',
        '      if (d >= 0xdc00 && d <= 0xdfff) i++;',
        '    }',
        '    n++;',
        '  }',
        '  return n;',
        '}',
        '',
      );
    }
    if (this.helpers.has('isDateTime') || this.helpers.has('isDate')) {
      out.push(
        '/** Two ASCII digits at `i` as a number, or -1. */',
        'function digits2(s: string, i: number): number {',
        '  const a = s.charCodeAt(i) - 48;',
        '  const b = s.charCodeAt(i + 1) - 48;',
        '  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;',
        '}',
        '',
        '/** True when `YYYY-MM-DD` starts `s` and names a real calendar day (RFC 3339 full-date). */',
        'function isFullDate(s: string): boolean {',
        '  const hi = digits2(s, 0);',
        '  const lo = digits2(s, 2);',
        "  if (hi < 0 || lo < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false; // '-'",
        '  const year = hi * 100 + lo;',
        '  const month = digits2(s, 5);',
        '  const day = digits2(s, 8);',
        '  if (month < 1 || month > 12 || day < 1) return false;',
        '  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);',
        '  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;',
        '  return day <= days;',
        '}',
        '',
      );
    }
    if (this.helpers.has('isDate')) {
      out.push(
        '/** RFC 3339 full-date (`2025-05-21`). */',
        'function isDate(s: string): boolean {',
        '  return s.length === 10 && isFullDate(s);',
        '}',
        '',
      );
    }
    if (this.helpers.has('isDateTime')) {
      // Character checks instead of a regex: no match array to allocate on the hot path.
      out.push(
        '/**',
        ' * RFC 3339 date-time (`2025-05-21T05:06:00Z`, `2025-05-21T13:06:00.123+08:00`): a real calendar',
        ' * day, `T` (or `t`), hours 00-23, minutes 00-59, seconds 00-59 (60 only for a leap second at',
        ' * 23:59 UTC), optional fraction, then `Z` (or `z`) or a `+hh:mm` / `-hh:mm` offset.',
        ' */',
        'function isDateTime(s: string): boolean {',
        '  const n = s.length;',
        "  if (n < 20 || !isFullDate(s) || (s.charCodeAt(10) | 32) !== 116) return false; // 't'",
        "  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false; // ':'",
        '  const hour = digits2(s, 11);',
        '  const minute = digits2(s, 14);',
        '  const second = digits2(s, 17);',
        '  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;',
        '  let i = 19;',
        "  if (s.charCodeAt(i) === 46) { // '.'",
        '    const start = ++i;',
        '    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;',
        '    if (i === start) return false;',
        '  }',
        '  const zone = s.charCodeAt(i);',
        '  let offset = 0;',
        "  if ((zone | 32) === 122) { // 'z'",
        '    if (i + 1 !== n) return false;',
        "  } else if (zone === 43 || zone === 45) { // '+' or '-'",
        '    if (i + 6 !== n || s.charCodeAt(i + 3) !== 58) return false;',
        '    const oh = digits2(s, i + 1);',
        '    const om = digits2(s, i + 4);',
        '    if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;',
        '    offset = (zone === 43 ? 1 : -1) * (oh * 60 + om);',
        '  } else {',
        '    return false;',
        '  }',
        '  if (second < 60) return true;',
        '  const utc = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;',
        '  return utc === 23 * 60 + 59;',
        '}',
        '',
      );
    }
    if (this.helpers.has('isUuid')) {
      out.push(
        'const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;',
        '',
        '/** RFC 9562 (formerly 4122) UUID in its 8-4-4-4-12 hex form, any version, either case. */',
        'function isUuid(s: string): boolean {',
        '  return s.length === 36 && UUID.test(s);',
        '}',
        '',
      );
    }
    if (this.helpers.has('keyPath')) {
      out.push(
        '/** Path step for an arbitrary property name: `.name` when it reads as an identifier, else `["na me"]`. */',
        'function keyPath(key: string): string {',
        "  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? '.' + key : '[' + JSON.stringify(key) + ']';",
        '}',
        '',
      );
    }
    out.push(
      '/** Joins a parent path and a step (`.name` or `[i]`); the root has no leading dot. */',
      'function at(parent: string, step: string): string {',
      "  return parent === '' && step.charCodeAt(0) === 46 ? step.slice(1) : parent + step;",
      '}',
      '',
    );
    return out;
  }
}

// -----------------------------------------------------------------------------------------------
// Code-building helpers.

/**
 * @param {'is' | 'check'} kind
 * @param {string} name
 */
function fn(kind, name) {
  return `${kind}_${name.replace(/[^A-Za-z0-9_$]/g, '_')}`;
}

/**
 * @param {string} ref
 * @param {string} at
 */
function refName(ref, at) {
  if (!ref.startsWith(REF_PREFIX)) {
    throw new Error(
      `ai-agent-validator: ${at} has $ref "${ref}"; only ${REF_PREFIX}<Name> refs are supported`,
    );
  }
  return ref.slice(REF_PREFIX.length);
}

/**
 * @param {Schema} schema
 * @param {string} at
 */
function checkKeywords(schema, at) {
  if (!isObject(schema)) throw new Error(`ai-agent-validator: ${at} is not a schema object`);
  for (const key of Object.keys(schema)) {
    if (SUPPORTED.has(key) || ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    throw new Error(
      `ai-agent-validator: ${at} uses "${key}", which this compiler does not implement; ` +
        'extend scripts/generators/ai-agent-validator.mjs (and its tests) before using it',
    );
  }
  const types = typesOf(schema) ?? [];
  for (const t of types) {
    if (!['object', 'array', 'string', 'integer', 'number', 'boolean', 'null'].includes(t)) {
      throw new Error(`ai-agent-validator: ${at} has unknown type "${t}"`);
    }
  }
  if (
    schema.additionalProperties !== undefined &&
    typeof schema.additionalProperties !== 'boolean' &&
    !isObject(schema.additionalProperties)
  ) {
    throw new Error(`ai-agent-validator: ${at}.additionalProperties must be a boolean or a schema`);
  }
  if (schema.items !== undefined && !isObject(schema.items)) {
    throw new Error(
      `ai-agent-validator: ${at}.items must be a single schema (tuple form is not supported)`,
    );
  }
}

/**
 * The schema's types, with OpenAPI 3.0 `nullable: true` folded in; undefined when any type goes.
 * @param {Schema} schema
 * @returns {string[] | undefined}
 */
function typesOf(schema) {
  if (schema.type === undefined) return undefined;
  const types = Array.isArray(schema.type) ? [...schema.type] : [schema.type];
  if (schema.nullable === true && !types.includes('null')) types.push('null');
  return /** @type {string[]} */ (types);
}

/**
 * A condition that is true when `v` has none of `types`.
 * @param {string[]} types
 * @param {string} v
 */
function typeFails(types, v) {
  /** @type {Record<string, [string, string]>} type -> [matches, fails] */
  const tests = {
    object: [
      `(typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v}))`,
      `typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})`,
    ],
    array: [`Array.isArray(${v})`, `!Array.isArray(${v})`],
    string: [`typeof ${v} === 'string'`, `typeof ${v} !== 'string'`],
    integer: [`Number.isInteger(${v})`, `!Number.isInteger(${v})`],
    number: [
      `(typeof ${v} === 'number' && Number.isFinite(${v}))`,
      `typeof ${v} !== 'number' || !Number.isFinite(${v})`,
    ],
    boolean: [`typeof ${v} === 'boolean'`, `typeof ${v} !== 'boolean'`],
    null: [`${v} === null`, `${v} !== null`],
  };
  const pick = (/** @type {string} */ t) => /** @type {[string, string]} */ (tests[t]);
  if (types.length === 1) return pick(/** @type {string} */ (types[0]))[1];
  return `!(${types.map((t) => pick(t)[0]).join(' || ')})`;
}

/** @param {string[]} types */
function typeMessage(types) {
  const words = types.map((t) =>
    t === 'null' ? 'null' : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`,
  );
  return `must be ${words.join(' or ')}`;
}

/**
 * Reads a property. Names that exist on Object.prototype (`constructor`, `__proto__`, ...) must be
 * own properties, or a plain object would seem to have them.
 * @param {string} o
 * @param {string} key
 */
function read(o, key) {
  if (key in Object.prototype) {
    return `(Object.prototype.hasOwnProperty.call(${o}, ${JSON.stringify(key)}) ? ${o}[${JSON.stringify(key)}] : undefined)`;
  }
  return JS_IDENTIFIER.test(key) ? `${o}.${key}` : `${o}[${JSON.stringify(key)}]`;
}

/**
 * @param {string} o
 * @param {string} key
 */
function missing(o, key) {
  return `${read(o, key)} === undefined`;
}

/**
 * @param {PathExpr} path
 * @param {string} key
 * @returns {PathExpr}
 */
function child(path, key) {
  const step = JS_IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return {
    base: path.base,
    suffix: path.suffix ? `${path.suffix} + ${JSON.stringify(step)}` : JSON.stringify(step),
  };
}

/**
 * The path as a runtime string expression.
 * @param {PathExpr} path
 */
function pathValue(path) {
  return path.suffix ? `at(${path.base}, ${path.suffix})` : path.base;
}

/**
 * @param {PathExpr} path
 * @param {string} message
 */
function push(path, message) {
  return `out.push({ path: ${pathValue(path)}, message: ${JSON.stringify(message)} });`;
}

/**
 * @param {string[]} lines
 * @param {string} guard
 * @param {string} ind
 */
function wrapIf(lines, guard, ind) {
  if (lines.length === 0 || guard === '') return lines;
  return [`${ind}if (${guard}) {`, ...indent(lines), `${ind}}`];
}

/** @param {string[]} lines */
function indent(lines) {
  return lines.map((line) => `  ${line}`);
}

/** @param {unknown} value */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {unknown} value
 * @param {string} keyword
 */
function assertPrimitive(value, keyword) {
  if (value !== null && typeof value === 'object') {
    throw new Error(`ai-agent-validator: ${keyword} with object or array values is not supported`);
  }
}
