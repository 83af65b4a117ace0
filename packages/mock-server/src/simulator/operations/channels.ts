import type { components } from '@caac/client';
import type { ChannelRecord } from '../model/records.js';
import type { OperationHandlers } from './types.js';

type Channel = components['schemas']['Channel'];

function channelView(channel: ChannelRecord): Channel {
  return { ...channel };
}

export const channelOperations = {
  listChannelsV1: ({ org }) => ({
    status: 200,
    body: { channels: org.channels.list().map(channelView) },
  }),
  listChannelsV2: ({ org, pager }, { query }) => {
    const page = pager.page('channels', org.generation, org.channels, query);
    return { status: 200, body: { channels: page.items.map(channelView), cursor: page.cursor } };
  },
} satisfies Partial<OperationHandlers>;
