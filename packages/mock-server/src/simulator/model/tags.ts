import { isoNow } from './clock.js';
import type { OrgCore } from './core.js';
import type { TagRecord } from './records.js';
import { invalid, notFound } from './simulator-error.js';

/** The organization's tags. A tag's usage count is the number of members that carry it. */
export class Tags {
  constructor(private readonly core: OrgCore) {}

  list(): readonly TagRecord[] {
    return this.core.tags.values();
  }

  get(tagId: number): TagRecord {
    const tag = this.core.tags.get(tagId);
    if (!tag) throw notFound('tag', tagId, 'tag_id');
    return tag;
  }

  has(tagId: number): boolean {
    return this.core.tags.has(tagId);
  }

  usageCount(tagId: number): number {
    return this.core.tagUsage.get(tagId) ?? 0;
  }

  /** Creates a tag; names are unique within the organization (case-sensitive). */
  create(name: string): TagRecord {
    this.#checkName(name, undefined);
    const now = isoNow(this.core.clock);
    const tag: TagRecord = {
      id: this.core.ids.next('tag'),
      name,
      created_at: now,
      updated_at: now,
    };
    this.core.tags.set(tag);
    return tag;
  }

  rename(tagId: number, name: string): TagRecord {
    const tag = this.get(tagId);
    this.#checkName(name, tagId);
    tag.name = name;
    tag.updated_at = isoNow(this.core.clock);
    return tag;
  }

  /** Deletes the tag and removes it from every member that carried it. */
  delete(tagId: number): void {
    this.get(tagId);
    if ((this.core.tagUsage.get(tagId) ?? 0) > 0) {
      for (const member of this.core.members.values()) {
        const at = member.tag_ids.indexOf(tagId);
        if (at >= 0) member.tag_ids.splice(at, 1);
      }
    }
    this.core.tagUsage.delete(tagId);
    this.core.tags.delete(tagId);
  }

  #checkName(name: string, ownId: number | undefined): void {
    if (name.trim() === '') throw invalid('tag name must not be empty', 'name');
    for (const tag of this.core.tags.values()) {
      if (tag.name === name && tag.id !== ownId) {
        throw invalid(`a tag named ${JSON.stringify(name)} already exists (tag ${tag.id})`, 'name');
      }
    }
  }
}
