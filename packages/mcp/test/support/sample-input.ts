// Valid tool inputs built from the spec: its request example when there is one, then a sample
// value for each required field the example lacks.
import { type CaacToolDefinition, toolRequestExamples } from '@caac/tools';

type Schema = { type?: string | string[]; format?: string; enum?: unknown[] };

function sampleValue(schema: Schema): unknown {
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' || type === 'number') return 7;
  if (type === 'boolean') return true;
  if (schema.format === 'date-time') return '2025-05-21T05:06:00Z';
  return 'ext-42';
}

export function sampleInput(tool: CaacToolDefinition): Record<string, unknown> {
  const example = (toolRequestExamples as Record<string, readonly unknown[]>)[tool.name]?.[0];
  const input: Record<string, unknown> = { ...(example as Record<string, unknown> | undefined) };
  const schema = tool.inputSchema as { properties: Record<string, Schema>; required?: string[] };
  for (const name of schema.required ?? []) {
    if (input[name] === undefined) input[name] = sampleValue(schema.properties[name] ?? {});
  }
  return input;
}
