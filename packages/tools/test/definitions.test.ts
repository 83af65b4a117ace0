import { describe, expect, it } from 'vitest';
import {
  getToolDefinition,
  selectTools,
  TOOL_TAGS,
  toolDefinitions,
  toolRequestExamples,
  validateToolInput,
} from '../src/index.js';
import { strictAjv } from './support/ajv.js';
import { sampleInput } from './support/sample-input.js';

describe('tool definitions', () => {
  it('has one tool per platform operation, with unique snake_case names of at most 64 characters', () => {
    expect(toolDefinitions).toHaveLength(34);
    const names = toolDefinitions.map((t) => t.name);
    expect(new Set(names).size).toBe(34);
    for (const name of names) expect(name).toMatch(/^caac_[a-z0-9]+(_[a-z0-9]+)*$/);
    expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(64);
    expect(new Set(toolDefinitions.map((t) => t.operationId)).size).toBe(34);
  });

  it('keeps names stable: caac_ + the snake_case operationId', () => {
    expect(getToolDefinition('caac_list_channels_v2')?.operationId).toBe('listChannelsV2');
    expect(getToolDefinition('caac_get_member_by_external_id')?.operationId).toBe(
      'getMemberByExternalId',
    );
    expect(getToolDefinition('caac_remove_member_tag')?.path).toBe(
      '/caac/v1/members/{member_id}/tags/{tag_id}',
    );
  });

  it('describes each tool with the reference text', () => {
    expect(getToolDefinition('caac_remove_member_tag')?.description).toContain(
      'Remove a tag from a member for the organization derived from consumer username',
    );
    expect(getToolDefinition('caac_list_users')?.description).toMatch(/cursor\.next/);
    for (const tool of toolDefinitions) expect(tool.description.length).toBeGreaterThan(5);
  });

  it('marks GET tools read-only and DELETE/PUT/PATCH tools destructive', () => {
    for (const tool of toolDefinitions) {
      expect(tool.readOnly).toBe(tool.method === 'GET');
      expect(tool.destructive).toBe(['DELETE', 'PUT', 'PATCH'].includes(tool.method));
    }
    expect(toolDefinitions.filter((t) => t.readOnly)).toHaveLength(16);
  });

  it('gives every input schema path, query and body fields with required flags and descriptions', () => {
    const update = getToolDefinition('caac_update_tag')?.inputSchema as {
      properties: Record<string, { description?: string }>;
      required: string[];
    };
    expect(Object.keys(update.properties)).toEqual(expect.arrayContaining(['tag_id', 'name']));
    expect(update.required).toContain('tag_id');
    expect(update.properties.tag_id?.description).toBe('Tag ID');
    const byExternal = getToolDefinition('caac_get_member_by_external_id')?.inputSchema as {
      required: string[];
    };
    expect(byExternal.required).toEqual(['channel_id', 'external_member_id']);
    const listUsers = getToolDefinition('caac_list_users')?.inputSchema as {
      properties: Record<string, unknown>;
      required?: string[];
    };
    expect(Object.keys(listUsers.properties)).toEqual(['limit', 'cursor', 'after', 'before']);
    expect(listUsers.required).toBeUndefined();
  });

  it('compiles every input and output schema with ajv in strict mode, without $ref', () => {
    const ajv = strictAjv();
    for (const tool of toolDefinitions) {
      expect(JSON.stringify(tool.inputSchema)).not.toContain('$ref');
      expect(() => ajv.compile(tool.inputSchema), tool.name).not.toThrow();
      const output = tool.outputSchema;
      if (output) expect(() => ajv.compile(output), tool.name).not.toThrow();
      expect((tool.inputSchema as { type: string }).type).toBe('object');
    }
    expect(toolDefinitions.filter((t) => t.outputSchema === null).map((t) => t.method)).toEqual(
      expect.arrayContaining(['DELETE', 'POST']),
    );
  });

  it('accepts every request example of the spec (ajv and the compiled validators agree)', () => {
    const ajv = strictAjv();
    let examples = 0;
    for (const tool of toolDefinitions) {
      const validate = ajv.compile(tool.inputSchema);
      const base = sampleInput(tool);
      for (const example of toolRequestExamples[tool.name]) {
        const input = { ...base, ...(example as object) };
        examples++;
        expect(validate(input), `${tool.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
        expect(validateToolInput(tool.name, input)).toEqual([]);
      }
    }
    expect(examples).toBeGreaterThanOrEqual(13);
  });

  it('the compiled validators reject what ajv rejects, naming each field', () => {
    expect(validateToolInput('caac_delete_tag', {})).toEqual([
      { path: 'tag_id', message: 'is required' },
    ]);
    expect(validateToolInput('caac_update_tag', { tag_id: '3', colour: 'red' })).toEqual([
      { path: 'colour', message: 'is not a field here; remove it or check its spelling' },
      { path: 'tag_id', message: 'must be integer' },
    ]);
    expect(
      validateToolInput('caac_trigger_messages_backup', {
        started_at: 'yesterday',
        ended_at: '2025-05-21T05:06:00Z',
      }),
    ).toEqual([{ path: 'started_at', message: 'must match format "date-time"' }]);
    expect(validateToolInput('caac_add_team_users', { team_id: 1, user_ids: [1, 'two'] })).toEqual([
      { path: 'user_ids[1]', message: 'must be integer' },
    ]);
    expect(
      validateToolInput('caac_individual_assign', { assignment_relationship: { member_id: 'x' } }),
    ).toEqual([
      { path: 'assignment_relationship.member_id', message: 'must be integer' },
      { path: 'assignment_relationship', message: 'matches none of the allowed shapes' },
    ]);
  });
});

describe('selectTools', () => {
  it('filters by reference tag, case-insensitively', () => {
    const tags = selectTools({ tags: ['tags management'] });
    expect(tags.map((t) => t.name)).toEqual([
      'caac_list_member_tags',
      'caac_add_member_tag',
      'caac_remove_member_tag',
      'caac_list_tags',
      'caac_create_tag',
      'caac_delete_tag',
      'caac_update_tag',
    ]);
    expect(TOOL_TAGS).toEqual([
      'Messages & Backup',
      'Members & Assignment',
      'Tags Management',
      'Teams Management',
      'Users Management',
    ]);
  });

  it('filters by name and by read-only, all criteria together', () => {
    expect(selectTools({ names: ['caac_list_tags', 'caac_create_tag'] })).toHaveLength(2);
    expect(selectTools({ tags: ['Tags Management'], readOnly: true }).map((t) => t.name)).toEqual([
      'caac_list_member_tags',
      'caac_list_tags',
    ]);
    expect(selectTools({ readOnly: true }).every((t) => t.method === 'GET')).toBe(true);
    expect(selectTools()).toHaveLength(34);
  });

  it('throws on an unknown tag or name instead of offering nothing', () => {
    expect(() => selectTools({ tags: ['Tag Management'] })).toThrow(
      /unknown tag "tag management"; tags are "Messages & Backup"/,
    );
    expect(() => selectTools({ names: ['caac_list_tag'] })).toThrow(/unknown tool "caac_list_tag"/);
  });
});
