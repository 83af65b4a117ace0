/**
 * This file was auto-generated from spec/caac.openapi.yaml.
 * Do not make direct changes to the file.
 * Regenerate it with `pnpm generate` (scripts/generate.mjs, driven by scripts/codegen.manifest.json).
 */

/** Every CAAC platform operation: HTTP method, route, parameter placement and success status. */
export const operations = {
  getBackupDetail: {"method":"GET","path":"/caac/v1/backups/{backup_id}","tag":"Messages & Backup","summary":"Get Backup Detail","pathParams":["backup_id"],"queryParams":[],"hasBody":false,"successStatus":200},
  triggerMessagesBackup: {"method":"POST","path":"/caac/v1/backups","tag":"Messages & Backup","summary":"Trigger Messages Backup Task","pathParams":[],"queryParams":[],"hasBody":true,"successStatus":200},
  createMessageFromUser: {"method":"POST","path":"/caac/v1/channels/{channel_id}/members/{member_id}/messages","tag":"Messages & Backup","summary":"Create Message From User","pathParams":["channel_id","member_id"],"queryParams":[],"hasBody":true,"successStatus":200},
  listChannelsV1: {"method":"GET","path":"/caac/v1/channels","tag":"Members & Assignment","summary":"List Channels v1","pathParams":[],"queryParams":[],"hasBody":false,"successStatus":200},
  listChannelsV2: {"method":"GET","path":"/caac/v2/channels","tag":"Members & Assignment","summary":"List Channels v2","pathParams":[],"queryParams":["limit","cursor","after","before"],"hasBody":false,"successStatus":200},
  getMemberByExternalId: {"method":"GET","path":"/caac/v1/channels/{channel_id}/members","tag":"Members & Assignment","summary":"Get Member By Channel ID And External ID","pathParams":["channel_id"],"queryParams":["external_member_id"],"hasBody":false,"successStatus":200},
  createChannelMember: {"method":"POST","path":"/caac/v1/channels/{channel_id}/members","tag":"Members & Assignment","summary":"Create Channel Member","pathParams":["channel_id"],"queryParams":[],"hasBody":true,"successStatus":200},
  getMemberById: {"method":"GET","path":"/caac/v1/channels/{channel_id}/members/{member_id}","tag":"Members & Assignment","summary":"Get Member By ID","pathParams":["channel_id","member_id"],"queryParams":[],"hasBody":false,"successStatus":200},
  getMemberAssignment: {"method":"GET","path":"/caac/v1/channels/{channel_id}/members/{member_id}/assignment","tag":"Members & Assignment","summary":"Get Member Assignment Relationship","pathParams":["channel_id","member_id"],"queryParams":[],"hasBody":false,"successStatus":200},
  individualAssign: {"method":"POST","path":"/caac/v1/assignments/individual","tag":"Members & Assignment","summary":"Individual Assign","pathParams":[],"queryParams":[],"hasBody":true,"successStatus":200},
  manualAssign: {"method":"POST","path":"/caac/v1/assignments/manual","tag":"Members & Assignment","summary":"Manual Assign","pathParams":[],"queryParams":[],"hasBody":true,"successStatus":200},
  closeConversation: {"method":"POST","path":"/caac/v1/channels/{channel_id}/members/{member_id}/close","tag":"Members & Assignment","summary":"Close Conversation","pathParams":["channel_id","member_id"],"queryParams":[],"hasBody":true,"successStatus":204},
  listMemberTags: {"method":"GET","path":"/caac/v1/members/{member_id}/tags","tag":"Tags Management","summary":"List Member Tags","pathParams":["member_id"],"queryParams":[],"hasBody":false,"successStatus":200},
  addMemberTag: {"method":"POST","path":"/caac/v1/members/{member_id}/tags","tag":"Tags Management","summary":"Add Tag to Member","pathParams":["member_id"],"queryParams":[],"hasBody":true,"successStatus":200},
  removeMemberTag: {"method":"DELETE","path":"/caac/v1/members/{member_id}/tags/{tag_id}","tag":"Tags Management","summary":"Remove Tag from Member","pathParams":["member_id","tag_id"],"queryParams":[],"hasBody":false,"successStatus":204},
  listTags: {"method":"GET","path":"/caac/v1/tags","tag":"Tags Management","summary":"List Tags","pathParams":[],"queryParams":[],"hasBody":false,"successStatus":200},
  createTag: {"method":"POST","path":"/caac/v1/tags","tag":"Tags Management","summary":"Create Tag","pathParams":[],"queryParams":[],"hasBody":true,"successStatus":200},
  deleteTag: {"method":"DELETE","path":"/caac/v1/tags/{tag_id}","tag":"Tags Management","summary":"Delete Tag","pathParams":["tag_id"],"queryParams":[],"hasBody":false,"successStatus":204},
  updateTag: {"method":"PATCH","path":"/caac/v1/tags/{tag_id}","tag":"Tags Management","summary":"Update Tag","pathParams":["tag_id"],"queryParams":[],"hasBody":true,"successStatus":200},
  getTeamByExternalId: {"method":"GET","path":"/caac/v1/teams","tag":"Teams Management","summary":"Get Team By External Team ID","pathParams":[],"queryParams":["external_team_id"],"hasBody":false,"successStatus":200},
  createTeam: {"method":"POST","path":"/caac/v1/teams","tag":"Teams Management","summary":"Create Team","pathParams":[],"queryParams":[],"hasBody":true,"successStatus":200},
  getTeamByIdV1: {"method":"GET","path":"/caac/v1/teams/{team_id}","tag":"Teams Management","summary":"Get Team By ID v1","pathParams":["team_id"],"queryParams":[],"hasBody":false,"successStatus":200},
  deleteTeam: {"method":"DELETE","path":"/caac/v1/teams/{team_id}","tag":"Teams Management","summary":"Delete Team","pathParams":["team_id"],"queryParams":[],"hasBody":false,"successStatus":204},
  updateTeam: {"method":"PATCH","path":"/caac/v1/teams/{team_id}","tag":"Teams Management","summary":"Update Team","pathParams":["team_id"],"queryParams":[],"hasBody":true,"successStatus":200},
  addTeamUsers: {"method":"POST","path":"/caac/v1/teams/{team_id}/users","tag":"Teams Management","summary":"Add users to team","pathParams":["team_id"],"queryParams":[],"hasBody":true,"successStatus":200},
  removeTeamUser: {"method":"DELETE","path":"/caac/v1/teams/{team_id}/users/{user_id}","tag":"Teams Management","summary":"Remove user from team","pathParams":["team_id","user_id"],"queryParams":[],"hasBody":false,"successStatus":204},
  listTeams: {"method":"GET","path":"/caac/v2/teams","tag":"Teams Management","summary":"List Teams","pathParams":[],"queryParams":["limit","cursor","after","before"],"hasBody":false,"successStatus":200},
  getTeamByIdV2: {"method":"GET","path":"/caac/v2/teams/{team_id}","tag":"Teams Management","summary":"Get Team By ID v2","pathParams":["team_id"],"queryParams":[],"hasBody":false,"successStatus":200},
  getUserByExternalId: {"method":"GET","path":"/caac/v1/users","tag":"Users Management","summary":"Get User By External User ID","pathParams":[],"queryParams":["external_user_id"],"hasBody":false,"successStatus":200},
  getUserByIdV1: {"method":"GET","path":"/caac/v1/users/{user_id}","tag":"Users Management","summary":"Get User By ID v1","pathParams":["user_id"],"queryParams":[],"hasBody":false,"successStatus":200},
  deleteUser: {"method":"DELETE","path":"/caac/v1/users/{user_id}","tag":"Users Management","summary":"Delete User","pathParams":["user_id"],"queryParams":[],"hasBody":false,"successStatus":204},
  updateUser: {"method":"PATCH","path":"/caac/v1/users/{user_id}","tag":"Users Management","summary":"Update User","pathParams":["user_id"],"queryParams":[],"hasBody":true,"successStatus":200},
  listUsers: {"method":"GET","path":"/caac/v2/users","tag":"Users Management","summary":"List Users","pathParams":[],"queryParams":["limit","cursor","after","before"],"hasBody":false,"successStatus":200},
  getUserByIdV2: {"method":"GET","path":"/caac/v2/users/{user_id}","tag":"Users Management","summary":"Get User By ID v2","pathParams":["user_id"],"queryParams":[],"hasBody":false,"successStatus":200},
} as const;

/** operationId of a CAAC platform operation. */
export type OperationId = keyof typeof operations;
