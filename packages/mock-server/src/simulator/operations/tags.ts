import type { components } from '@caac/client';
import type { Organization } from '../model/organization.js';
import type { TagRecord } from '../model/records.js';
import { invalid } from '../model/simulator-error.js';
import type { OperationHandlers } from './types.js';

type Tag = components['schemas']['Tag'];

export function tagView(org: Organization, tag: TagRecord): Tag {
  return { ...tag, org_id: org.id, usage_count: org.tags.usageCount(tag.id) };
}

export const tagOperations = {
  listTags: ({ org }) => ({
    status: 200,
    body: { tags: org.tags.list().map((tag) => tagView(org, tag)) },
  }),
  createTag: ({ org }, { body }) => {
    if (body.name === undefined) throw invalid('name is required to create a tag', 'name');
    return { status: 200, body: tagView(org, org.tags.create(body.name)) };
  },
  updateTag: ({ org }, { path, body }) => {
    const tag = org.tags.get(path.tag_id);
    if (body.name === undefined || !body.name.valid || body.name.value === null) {
      // A tag always has a name: the wrapper's "clear" form cannot apply to it.
      if (body.name !== undefined) throw invalid('a tag name cannot be cleared', 'name');
      return { status: 200, body: tagView(org, tag) };
    }
    return { status: 200, body: tagView(org, org.tags.rename(tag.id, body.name.value)) };
  },
  deleteTag: ({ org }, { path }) => {
    org.tags.delete(path.tag_id);
    return { status: 204 };
  },
  listMemberTags: ({ org }, { path }) => ({
    status: 200,
    body: { tag_ids: [...org.members.tagIds(path.member_id)] },
  }),
  addMemberTag: ({ org }, { path, body }) => {
    org.members.get(path.member_id);
    if (!org.tags.has(body.tag_id)) {
      throw invalid(`tag ${body.tag_id} does not exist`, 'tag_id');
    }
    org.members.addTag(path.member_id, body.tag_id);
    return { status: 200, body: {} };
  },
  removeMemberTag: ({ org }, { path }) => {
    org.members.removeTag(path.member_id, path.tag_id);
    return { status: 204 };
  },
} satisfies Partial<OperationHandlers>;
