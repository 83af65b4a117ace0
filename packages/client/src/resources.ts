import type { CallOperation } from './call-operation.js';
import type { OperationId } from './generated/operations.js';
import type { CaacArgs, CaacInput, CaacMethod, CaacOutput } from './operation-types.js';
import type { CaacRequestOptions } from './options.js';
import { type CaacPaginator, paginate } from './pagination.js';
import { caacPromise } from './with-response.js';

/**
 * Resource method name → operationId, grouped like the reference. A tuple marks a cursor-paginated
 * v2 list and names the key that holds its items. Unsuffixed names call the newest version
 * (`users.get` is v2, `users.getV1` is v1).
 */
export const RESOURCES = {
  backups: { get: 'getBackupDetail', trigger: 'triggerMessagesBackup' },
  messages: { createFromUser: 'createMessageFromUser' },
  channels: { list: ['listChannelsV2', 'channels'], listV1: 'listChannelsV1' },
  members: {
    get: 'getMemberById',
    getByExternalId: 'getMemberByExternalId',
    create: 'createChannelMember',
    getAssignment: 'getMemberAssignment',
  },
  assignments: { individual: 'individualAssign', manual: 'manualAssign' },
  conversations: { close: 'closeConversation' },
  memberTags: { list: 'listMemberTags', add: 'addMemberTag', remove: 'removeMemberTag' },
  tags: { list: 'listTags', create: 'createTag', update: 'updateTag', delete: 'deleteTag' },
  teams: {
    list: ['listTeams', 'teams'],
    get: 'getTeamByIdV2',
    getV1: 'getTeamByIdV1',
    getByExternalId: 'getTeamByExternalId',
    create: 'createTeam',
    update: 'updateTeam',
    delete: 'deleteTeam',
    addUsers: 'addTeamUsers',
    removeUser: 'removeTeamUser',
  },
  users: {
    list: ['listUsers', 'users'],
    get: 'getUserByIdV2',
    getV1: 'getUserByIdV1',
    getByExternalId: 'getUserByExternalId',
    update: 'updateUser',
    delete: 'deleteUser',
  },
} as const satisfies Record<string, Record<string, OperationId | readonly [OperationId, string]>>;

/** Per-call options of a paginated list: request options plus a page limit. */
export interface CaacListOptions extends CaacRequestOptions {
  /** Most pages to follow before throwing (default 10 000). */
  maxPages?: number | undefined;
}

/** The element type of a list page's items array. */
export type CaacListItem<Id extends OperationId, Key extends string> =
  NonNullable<CaacOutput<Id>[Key & keyof CaacOutput<Id>]> extends readonly (infer Item)[]
    ? Item
    : never;

/** A paginated list method: `await` for the first page, `for await` for every item. */
export type CaacListMethod<Id extends OperationId, Key extends string> = (
  ...args: CaacArgs<CaacInput<Id>, CaacListOptions>
) => CaacPaginator<CaacOutput<Id>, CaacListItem<Id, Key>>;

type Table = typeof RESOURCES;

/** Every resource group of the client, typed from the generated operations. */
export type CaacResources = {
  readonly [Group in keyof Table]: {
    readonly [Name in keyof Table[Group]]: Table[Group][Name] extends readonly [
      infer Id extends OperationId,
      infer Key extends string,
    ]
      ? CaacListMethod<Id, Key>
      : Table[Group][Name] extends OperationId
        ? CaacMethod<Table[Group][Name]>
        : never;
  };
};

type Params = Record<string, unknown>;

/**
 * Builds the resource groups from the table; each method is a thin call of `callOperation`.
 * @example const { tags } = buildResources(createOperationCaller(core, () => false)); await tags.list();
 */
export function buildResources(callOperation: CallOperation): CaacResources {
  const groups: Record<string, Record<string, unknown>> = {};
  for (const [group, methods] of Object.entries(RESOURCES)) {
    const built: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(methods)) {
      const [id, itemsKey] = typeof entry === 'string' ? [entry] : entry;
      built[name] = itemsKey
        ? (params: Params = {}, options: CaacListOptions = {}) =>
            paginate(
              // Later pages replace the starting position (`after`/`before`) with the cursor.
              (cursor) =>
                callOperation(
                  id,
                  cursor ? { ...params, after: undefined, before: undefined, cursor } : params,
                  options,
                ),
              itemsKey,
              id,
              options.maxPages,
            )
        : (params?: Params, options?: CaacRequestOptions) =>
            caacPromise(callOperation(id, params, options));
    }
    groups[group] = built;
  }
  return groups as unknown as CaacResources;
}
