import type { OrgCore } from './core.js';
import type { StorePage } from './ordered-store.js';
import type { ChannelRecord } from './records.js';
import { notFound } from './simulator-error.js';

/** The organization's channels (read-only through the API; seeds and the control plane add them). */
export class Channels {
  constructor(private readonly core: OrgCore) {}

  list(): readonly ChannelRecord[] {
    return this.core.channels.values();
  }

  pageAfter(afterId: number, limit: number): StorePage<ChannelRecord> {
    return this.core.channels.pageAfter(afterId, limit);
  }

  pageBefore(beforeId: number, limit: number): StorePage<ChannelRecord> {
    return this.core.channels.pageBefore(beforeId, limit);
  }

  /** The channel, or a `not_found` error naming its id. */
  get(channelId: number): ChannelRecord {
    const channel = this.core.channels.get(channelId);
    if (!channel) throw notFound('channel', channelId, 'channel_id');
    return channel;
  }

  /** Adds a channel (seeds, control plane, the loop's playground). */
  create(input: Partial<Omit<ChannelRecord, 'id'>> = {}): ChannelRecord {
    const id = this.core.ids.next('channel');
    const channel: ChannelRecord = {
      id,
      name: input.name ?? `Channel ${id}`,
      type: input.type ?? 'line',
      external_channel_id: input.external_channel_id ?? `channel-${id}`,
    };
    this.core.channels.set(channel);
    return channel;
  }
}
