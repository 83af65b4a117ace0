// The component schemas of spec/caac.openapi.yaml, as the codegen passes them to the validator
// generator (that document only has internal refs, so parsing is the same as bundling).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const specUrl = new URL('../../../../spec/caac.openapi.yaml', import.meta.url);

export function specSchemas(): Record<string, unknown> {
  const doc = parse(readFileSync(specUrl, 'utf8')) as {
    components: { schemas: Record<string, unknown> };
  };
  return doc.components.schemas;
}
