/**
 * This file was auto-generated from spec/caac.openapi.yaml.
 * Do not make direct changes to the file.
 * Regenerate it with `pnpm generate` (scripts/generate.mjs, driven by scripts/codegen.manifest.json).
 */

// Validator for components.schemas.SelfHostedAiAgentRequest, compiled by scripts/generators/ai-agent-validator.mjs.
// No runtime dependencies and no `node:` imports: it runs in browsers and edge runtimes.

/** One reason a value does not match the schema. `path` is like `messages[2].timestamp` ("" is the value itself). */
export interface ValidationProblem {
  readonly path: string;
  readonly message: string;
}

/** Two ASCII digits at `i` as a number, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** True when `YYYY-MM-DD` starts `s` and names a real calendar day (RFC 3339 full-date). */
function isFullDate(s: string): boolean {
  const hi = digits2(s, 0);
  const lo = digits2(s, 2);
  if (hi < 0 || lo < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false; // '-'
  const year = hi * 100 + lo;
  const month = digits2(s, 5);
  const day = digits2(s, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/**
 * RFC 3339 date-time (`2025-05-21T05:06:00Z`, `2025-05-21T13:06:00.123+08:00`): a real calendar
 * day, `T` (or `t`), hours 00-23, minutes 00-59, seconds 00-59 (60 only for a leap second at
 * 23:59 UTC), optional fraction, then `Z` (or `z`) or a `+hh:mm` / `-hh:mm` offset.
 */
function isDateTime(s: string): boolean {
  const n = s.length;
  if (n < 20 || !isFullDate(s) || (s.charCodeAt(10) | 32) !== 116) return false; // 't'
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false; // ':'
  const hour = digits2(s, 11);
  const minute = digits2(s, 14);
  const second = digits2(s, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46) { // '.'
    const start = ++i;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  const zone = s.charCodeAt(i);
  let offset = 0;
  if ((zone | 32) === 122) { // 'z'
    if (i + 1 !== n) return false;
  } else if (zone === 43 || zone === 45) { // '+' or '-'
    if (i + 6 !== n || s.charCodeAt(i + 3) !== 58) return false;
    const oh = digits2(s, i + 1);
    const om = digits2(s, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;
    offset = (zone === 43 ? 1 : -1) * (oh * 60 + om);
  } else {
    return false;
  }
  if (second < 60) return true;
  const utc = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
  return utc === 23 * 60 + 59;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 9562 (formerly 4122) UUID in its 8-4-4-4-12 hex form, any version, either case. */
function isUuid(s: string): boolean {
  return s.length === 36 && UUID.test(s);
}

/** Joins a parent path and a step (`.name` or `[i]`); the root has no leading dot. */
function at(parent: string, step: string): string {
  return parent === '' && step.charCodeAt(0) === 46 ? step.slice(1) : parent + step;
}

function is_SelfHostedAiAgentMessage(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  {
    const x1 = (v as Record<string, unknown>).message_type;
    if (typeof x1 !== 'string') return false;
  }
  {
    const x2 = (v as Record<string, unknown>).message_uuid;
    if (typeof x2 !== 'string') return false;
    if (!isUuid(x2)) return false;
  }
  {
    const x3 = (v as Record<string, unknown>).sender_id;
    if (!Number.isInteger(x3)) return false;
  }
  {
    const x4 = (v as Record<string, unknown>).sender_type;
    if (typeof x4 !== 'string') return false;
  }
  {
    const x5 = (v as Record<string, unknown>).text;
    if (x5 !== undefined) {
      if (typeof x5 !== 'string') return false;
    }
  }
  {
    const x6 = (v as Record<string, unknown>).timestamp;
    if (typeof x6 !== 'string') return false;
    if (!isDateTime(x6)) return false;
  }
  return true;
}

function check_SelfHostedAiAgentMessage(v: unknown, p: string, out: ValidationProblem[]): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    out.push({ path: p, message: "must be an object" });
  } else {
    {
      const x1 = (v as Record<string, unknown>).message_type;
      if (x1 === undefined) out.push({ path: at(p, ".message_type"), message: "is required" });
      else {
        if (typeof x1 !== 'string') {
          out.push({ path: at(p, ".message_type"), message: "must be a string" });
        }
      }
    }
    {
      const x2 = (v as Record<string, unknown>).message_uuid;
      if (x2 === undefined) out.push({ path: at(p, ".message_uuid"), message: "is required" });
      else {
        if (typeof x2 !== 'string') {
          out.push({ path: at(p, ".message_uuid"), message: "must be a string" });
        } else {
          if (!isUuid(x2)) out.push({ path: at(p, ".message_uuid"), message: "must be a UUID string" });
        }
      }
    }
    {
      const x3 = (v as Record<string, unknown>).sender_id;
      if (x3 === undefined) out.push({ path: at(p, ".sender_id"), message: "is required" });
      else {
        if (!Number.isInteger(x3)) {
          out.push({ path: at(p, ".sender_id"), message: "must be an integer" });
        }
      }
    }
    {
      const x4 = (v as Record<string, unknown>).sender_type;
      if (x4 === undefined) out.push({ path: at(p, ".sender_type"), message: "is required" });
      else {
        if (typeof x4 !== 'string') {
          out.push({ path: at(p, ".sender_type"), message: "must be a string" });
        }
      }
    }
    {
      const x5 = (v as Record<string, unknown>).text;
      if (x5 !== undefined) {
        if (typeof x5 !== 'string') {
          out.push({ path: at(p, ".text"), message: "must be a string" });
        }
      }
    }
    {
      const x6 = (v as Record<string, unknown>).timestamp;
      if (x6 === undefined) out.push({ path: at(p, ".timestamp"), message: "is required" });
      else {
        if (typeof x6 !== 'string') {
          out.push({ path: at(p, ".timestamp"), message: "must be a string" });
        } else {
          if (!isDateTime(x6)) out.push({ path: at(p, ".timestamp"), message: "must be a date-time string" });
        }
      }
    }
  }
}

function is_SelfHostedAiAgentParticipant(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  {
    const x1 = (v as Record<string, unknown>).id;
    if (!Number.isInteger(x1)) return false;
  }
  {
    const x2 = (v as Record<string, unknown>).display_name;
    if (x2 !== undefined) {
      if (typeof x2 !== 'string') return false;
    }
  }
  {
    const x3 = (v as Record<string, unknown>).external_id;
    if (x3 !== undefined) {
      if (typeof x3 !== 'string') return false;
    }
  }
  return true;
}

function check_SelfHostedAiAgentParticipant(v: unknown, p: string, out: ValidationProblem[]): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    out.push({ path: p, message: "must be an object" });
  } else {
    {
      const x1 = (v as Record<string, unknown>).id;
      if (x1 === undefined) out.push({ path: at(p, ".id"), message: "is required" });
      else {
        if (!Number.isInteger(x1)) {
          out.push({ path: at(p, ".id"), message: "must be an integer" });
        }
      }
    }
    {
      const x2 = (v as Record<string, unknown>).display_name;
      if (x2 !== undefined) {
        if (typeof x2 !== 'string') {
          out.push({ path: at(p, ".display_name"), message: "must be a string" });
        }
      }
    }
    {
      const x3 = (v as Record<string, unknown>).external_id;
      if (x3 !== undefined) {
        if (typeof x3 !== 'string') {
          out.push({ path: at(p, ".external_id"), message: "must be a string" });
        }
      }
    }
  }
}

function is_SelfHostedAiAgentParticipants(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  {
    const x1 = (v as Record<string, unknown>).members;
    if (x1 !== undefined) {
      if (!Array.isArray(x1)) return false;
      for (let i2 = 0; i2 < (x1 as unknown[]).length; i2++) {
        const x3 = (x1 as unknown[])[i2];
        if (!is_SelfHostedAiAgentParticipant(x3)) return false;
      }
    }
  }
  {
    const x4 = (v as Record<string, unknown>).users;
    if (x4 !== undefined) {
      if (!Array.isArray(x4)) return false;
      for (let i5 = 0; i5 < (x4 as unknown[]).length; i5++) {
        const x6 = (x4 as unknown[])[i5];
        if (!is_SelfHostedAiAgentParticipant(x6)) return false;
      }
    }
  }
  return true;
}

function check_SelfHostedAiAgentParticipants(v: unknown, p: string, out: ValidationProblem[]): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    out.push({ path: p, message: "must be an object" });
  } else {
    {
      const x1 = (v as Record<string, unknown>).members;
      if (x1 !== undefined) {
        if (!Array.isArray(x1)) {
          out.push({ path: at(p, ".members"), message: "must be an array" });
        } else {
          for (let i2 = 0; i2 < (x1 as unknown[]).length; i2++) {
            const x3 = (x1 as unknown[])[i2];
            if (!is_SelfHostedAiAgentParticipant(x3)) check_SelfHostedAiAgentParticipant(x3, at(at(p, ".members"), '[' + i2 + ']'), out);
          }
        }
      }
    }
    {
      const x4 = (v as Record<string, unknown>).users;
      if (x4 !== undefined) {
        if (!Array.isArray(x4)) {
          out.push({ path: at(p, ".users"), message: "must be an array" });
        } else {
          for (let i5 = 0; i5 < (x4 as unknown[]).length; i5++) {
            const x6 = (x4 as unknown[])[i5];
            if (!is_SelfHostedAiAgentParticipant(x6)) check_SelfHostedAiAgentParticipant(x6, at(at(p, ".users"), '[' + i5 + ']'), out);
          }
        }
      }
    }
  }
}

function is_SelfHostedAiAgentRequest(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  {
    const x1 = (v as Record<string, unknown>).conversation_id;
    if (x1 !== undefined) {
      if (!Number.isInteger(x1)) return false;
    }
  }
  {
    const x2 = (v as Record<string, unknown>).messages;
    if (!Array.isArray(x2)) return false;
    for (let i3 = 0; i3 < (x2 as unknown[]).length; i3++) {
      const x4 = (x2 as unknown[])[i3];
      if (!is_SelfHostedAiAgentMessage(x4)) return false;
    }
  }
  {
    const x5 = (v as Record<string, unknown>).org_uuid;
    if (x5 !== undefined) {
      if (typeof x5 !== 'string') return false;
    }
  }
  {
    const x6 = (v as Record<string, unknown>).participants;
    if (x6 === undefined) return false;
    if (!is_SelfHostedAiAgentParticipants(x6)) return false;
  }
  {
    const x7 = (v as Record<string, unknown>).prompt;
    if (x7 !== undefined) {
      if (typeof x7 !== 'string') return false;
    }
  }
  {
    const x8 = (v as Record<string, unknown>).version;
    if (typeof x8 !== 'string') return false;
    if (x8 !== "1.0") return false;
  }
  return true;
}

function check_SelfHostedAiAgentRequest(v: unknown, p: string, out: ValidationProblem[]): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    out.push({ path: p, message: "must be an object" });
  } else {
    {
      const x1 = (v as Record<string, unknown>).conversation_id;
      if (x1 !== undefined) {
        if (!Number.isInteger(x1)) {
          out.push({ path: at(p, ".conversation_id"), message: "must be an integer" });
        }
      }
    }
    {
      const x2 = (v as Record<string, unknown>).messages;
      if (x2 === undefined) out.push({ path: at(p, ".messages"), message: "is required" });
      else {
        if (!Array.isArray(x2)) {
          out.push({ path: at(p, ".messages"), message: "must be an array" });
        } else {
          for (let i3 = 0; i3 < (x2 as unknown[]).length; i3++) {
            const x4 = (x2 as unknown[])[i3];
            if (!is_SelfHostedAiAgentMessage(x4)) check_SelfHostedAiAgentMessage(x4, at(at(p, ".messages"), '[' + i3 + ']'), out);
          }
        }
      }
    }
    {
      const x5 = (v as Record<string, unknown>).org_uuid;
      if (x5 !== undefined) {
        if (typeof x5 !== 'string') {
          out.push({ path: at(p, ".org_uuid"), message: "must be a string" });
        }
      }
    }
    {
      const x6 = (v as Record<string, unknown>).participants;
      if (x6 === undefined) out.push({ path: at(p, ".participants"), message: "is required" });
      else {
        if (!is_SelfHostedAiAgentParticipants(x6)) check_SelfHostedAiAgentParticipants(x6, at(p, ".participants"), out);
      }
    }
    {
      const x7 = (v as Record<string, unknown>).prompt;
      if (x7 !== undefined) {
        if (typeof x7 !== 'string') {
          out.push({ path: at(p, ".prompt"), message: "must be a string" });
        }
      }
    }
    {
      const x8 = (v as Record<string, unknown>).version;
      if (x8 === undefined) out.push({ path: at(p, ".version"), message: "is required" });
      else {
        if (typeof x8 !== 'string') {
          out.push({ path: at(p, ".version"), message: "must be a string" });
        } else {
          if (x8 !== "1.0") out.push({ path: at(p, ".version"), message: "must be \"1.0\"" });
        }
      }
    }
  }
}

/** True when `value` matches components.schemas.SelfHostedAiAgentRequest. Allocation-free; use it on hot paths. */
export function isSelfHostedAiAgentRequest(value: unknown): boolean {
  return is_SelfHostedAiAgentRequest(value);
}

/** Every problem that stops `value` matching components.schemas.SelfHostedAiAgentRequest; empty when it matches. */
export function validateSelfHostedAiAgentRequest(value: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!is_SelfHostedAiAgentRequest(value)) check_SelfHostedAiAgentRequest(value, '', problems);
  return problems;
}
