import { CaacMockInputError } from '../errors.js';
import { keyDigest, type Organization, type Tenants } from '../simulator/index.js';
import type { ConversationMessage } from './conversation.js';
import type { LoopOrganization } from './loop-model.js';

/** A tenant as the loop and the playground name it: never by its API key. */
export interface TenantSummary {
  /** The key's digest (`sha256:…`), the name snapshots and the state file use too. */
  readonly tenant: string;
  readonly name: string;
  readonly uuid: string;
}

/**
 * The simulator's tenants as the conversation loop addresses them: by the digest of their API
 * key, so events, turn logs and the playground never carry a key. A tenant becomes addressable
 * by digest once its key was given to the loop (agent configuration, `memberSays({ apiKey })`,
 * or the playground's key field).
 *
 * @example
 * const loopTenants = new LoopTenants(tenants);
 * const tenant = loopTenants.register('test-key'); // 'sha256:…'
 * loopTenants.organization(tenant)?.member(1024, 557118);
 */
export class LoopTenants {
  readonly #keys = new Map<string, string>();

  constructor(
    private readonly tenants: Tenants,
    /** Called after every write of the loop (the state file listens). */
    private readonly onChange: () => void = () => {},
    /** The declared API keys; when there are some, no other key names a tenant. */
    private readonly validKeys: ReadonlySet<string> = new Set(),
  ) {}

  /** Makes the key's tenant addressable by digest and returns the digest. */
  register(apiKey: string): string {
    if (typeof apiKey !== 'string' || apiKey === '') {
      throw new CaacMockInputError(400, 'apiKey must be a non-empty string');
    }
    if (this.validKeys.size > 0 && !this.validKeys.has(apiKey)) {
      throw new CaacMockInputError(
        404,
        'the API key names no tenant of this mock (it is not one of the declared keys)',
      );
    }
    const tenant = keyDigest(apiKey);
    this.#keys.set(tenant, apiKey);
    return tenant;
  }

  /** The model of a registered tenant, or undefined. Looked up on every call: a reset replaces it. */
  model(tenant: string): Organization | undefined {
    const apiKey = this.#keys.get(tenant);
    return apiKey === undefined ? undefined : this.tenants.forKey(apiKey);
  }

  organization(tenant: string): LoopOrganization | undefined {
    const org = this.model(tenant);
    return org && loopView(org, this.onChange);
  }

  list(): TenantSummary[] {
    return [...this.#keys.keys()].map((tenant) => {
      const org = this.model(tenant) as Organization;
      return { tenant, name: org.name, uuid: org.uuid };
    });
  }
}

/** The organization seen through {@link LoopOrganization}: a thin view, no state of its own. */
function loopView(org: Organization, changed: () => void): LoopOrganization {
  return {
    uuid: org.uuid,
    name: org.name,
    member(channelId, memberId) {
      const member = org.members.inChannel(channelId, memberId);
      return {
        id: member.id,
        channelId: member.channel_id,
        externalId: member.external_member_id,
        ...(member.display_name === undefined ? {} : { displayName: member.display_name }),
        assignType: member.assign_type,
        processingState: member.processing_state,
      };
    },
    append(memberId, speaker, text) {
      const message = toMessage(org.messages.append(memberId, { speaker, text }));
      changed();
      return message;
    },
    recent(memberId, limit) {
      return org.messages.recent(memberId, limit).map(toMessage);
    },
    users(ids) {
      return ids.flatMap((id) => {
        if (!org.users.has(id)) return [];
        const user = org.users.get(id);
        return [
          {
            id,
            displayName: user.chat_name ?? user.name,
            ...(user.external_user_id ? { externalId: user.external_user_id } : {}),
          },
        ];
      });
    },
    handover(memberId, target) {
      const assignment = org.assignments.handover(memberId, target);
      changed();
      return {
        assignType: assignment.assignType,
        processingState: org.members.get(memberId).processing_state,
        userId: assignment.userId,
        teamId: assignment.teamId,
      };
    },
  };
}

function toMessage(record: {
  readonly uuid: string;
  readonly sender_type: ConversationMessage['senderType'];
  readonly sender_id: number;
  readonly type: string;
  readonly text?: string;
  readonly created_at: string;
}): ConversationMessage {
  return {
    uuid: record.uuid,
    senderType: record.sender_type,
    senderId: record.sender_id,
    messageType: record.type,
    ...(record.text === undefined ? {} : { text: record.text }),
    timestamp: record.created_at,
  };
}
