import type { CaacToolDefinition } from './definition.js';
import { type CaacToolName, toolDefinitions } from './generated/tools.js';

const byName = new Map<string, CaacToolDefinition<CaacToolName>>(
  toolDefinitions.map((tool) => [tool.name, tool]),
);

/** Every reference section that has tools, in spec order. */
export const TOOL_TAGS: readonly string[] = [...new Set(toolDefinitions.map((t) => t.tag))];

/**
 * The definition of one tool, or `undefined` for a name that is not a CAAC tool.
 * @example getToolDefinition('caac_create_tag')?.inputSchema
 */
export function getToolDefinition(name: string): CaacToolDefinition<CaacToolName> | undefined {
  return byName.get(name);
}

/** Which tools to offer; every given criterion must hold. */
export interface CaacToolFilter {
  /** Only tools of these reference sections (`Tags Management`, …). Case-insensitive. */
  tags?: readonly string[] | undefined;
  /** Only these tool names. */
  names?: readonly string[] | undefined;
  /** Only tools that change nothing. */
  readOnly?: boolean | undefined;
}

/**
 * The tools that pass the filter, in spec order. An unknown tag or name throws, naming it and the
 * valid ones, so a typo never silently offers no tools.
 * @example selectTools({ tags: ['Tags Management'], readOnly: true }).map((t) => t.name)
 * // → ['caac_list_member_tags', 'caac_list_tags']
 */
export function selectTools(filter: CaacToolFilter = {}): CaacToolDefinition<CaacToolName>[] {
  const tags = filter.tags && lowerSet(filter.tags);
  if (tags) {
    const known = new Set(TOOL_TAGS.map((t) => t.toLowerCase()));
    const unknown = [...tags].filter((t) => !known.has(t));
    if (unknown.length > 0) {
      throw new Error(`[@caac/tools] unknown tag ${list(unknown)}; tags are ${list(TOOL_TAGS)}`);
    }
  }
  const names = filter.names && new Set(filter.names);
  if (names) {
    const unknown = [...names].filter((n) => !byName.has(n));
    if (unknown.length > 0) {
      throw new Error(
        `[@caac/tools] unknown tool ${list(unknown)}; see toolDefinitions for the ${byName.size} names`,
      );
    }
  }
  return toolDefinitions.filter(
    (tool) =>
      (!tags || tags.has(tool.tag.toLowerCase())) &&
      (!names || names.has(tool.name)) &&
      (!filter.readOnly || tool.readOnly),
  );
}

function lowerSet(values: readonly string[]): Set<string> {
  return new Set(values.map((v) => v.trim().toLowerCase()));
}

function list(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}
