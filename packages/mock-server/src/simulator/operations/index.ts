import { assignmentOperations } from './assignments.js';
import { backupOperations } from './backups.js';
import { channelOperations } from './channels.js';
import { memberOperations } from './members.js';
import { messageOperations } from './messages.js';
import { tagOperations } from './tags.js';
import { teamOperations } from './teams.js';
import type { OperationHandlers } from './types.js';
import { userOperations } from './users.js';

/** Every platform operation, mapped to the model. The type makes a missing one a compile error. */
export const OPERATION_HANDLERS: OperationHandlers = {
  ...assignmentOperations,
  ...backupOperations,
  ...channelOperations,
  ...memberOperations,
  ...messageOperations,
  ...tagOperations,
  ...teamOperations,
  ...userOperations,
};

export type { OperationAnswer, OperationContext, OperationId, OperationInput } from './types.js';
