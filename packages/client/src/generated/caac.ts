/**
 * This file was auto-generated from spec/caac.openapi.yaml.
 * Do not make direct changes to the file.
 * Regenerate it with `pnpm generate` (scripts/generate.mjs, driven by scripts/codegen.manifest.json).
 */

export interface paths {
    "/caac/v1/backups/{backup_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Backup Detail
         * @description Get Backup Detail
         */
        get: operations["getBackupDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger Messages Backup Task
         * @description Trigger Messages Backup Task
         */
        post: operations["triggerMessagesBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/channels/{channel_id}/members/{member_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Message From User
         * @description Create Message from User
         */
        post: operations["createMessageFromUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Channels v1
         * @description List Channels
         */
        get: operations["listChannelsV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v2/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Channels v2
         * @description List Channels with pagination support
         */
        get: operations["listChannelsV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/channels/{channel_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Member By Channel ID And External ID
         * @description Get Member By Channel ID And External ID
         */
        get: operations["getMemberByExternalId"];
        put?: never;
        /**
         * Create Channel Member
         * @description Create or update a channel member. Currently only supports LINE channel type. The channel_member_id in the request body is the external UID (external member ID) from the channel platform (e.g., LINE user ID).
         */
        post: operations["createChannelMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/channels/{channel_id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Member By ID
         * @description Get Member By ID
         */
        get: operations["getMemberById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/channels/{channel_id}/members/{member_id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Member Assignment Relationship
         * @description Get Member Assignment Relationship
         */
        get: operations["getMemberAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/assignments/individual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Individual Assign
         * @description Assigns a member to a specific individual user (specified by user_id inside assignment_relationship). Passing an empty / null assignment relationship triggers an unassign.
         *
         *     **Collaborator side effect** (active only when the org has the Collaborator feature enabled — determined server-side from the org's feature plan; callers do not send this flag):
         *
         *     - **On assign:** the previous assignee (if any) is automatically added to the member's collaborator list. If the new assignee was already a collaborator on this member, they are removed from the collaborator list.
         *     - **On unassign:** all collaborators on the member are cleared.
         *
         *     When the Collaborator feature is disabled for the org, no collaborator changes occur — the endpoint behaves as a pure assign/unassign.
         */
        post: operations["individualAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/assignments/manual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Manual Assign
         * @description Manually assigns a member to a user or team, or unassigns them. The action is controlled by the assign_type field in the request body: omit it (or pass manual) to assign, pass unassigned to clear the assignment.
         *
         *     **Collaborator side effect** (active only when the org has the Collaborator feature enabled — determined server-side from the org's feature plan; callers do not send this flag):
         *
         *     - **On assign:** the previous assignee (if any) is automatically added to the member's collaborator list. If the new assignee was already a collaborator on this member, they are removed from the collaborator list.
         *     - **On unassign:** all collaborators on the member are cleared.
         *
         *     When the Collaborator feature is disabled for the org, no collaborator changes occur — the endpoint behaves as a pure assign/unassign.
         */
        post: operations["manualAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/channels/{channel_id}/members/{member_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close Conversation
         * @description Close Conversation by updating member processing state to resolved
         */
        post: operations["closeConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/members/{member_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Member Tags
         * @description List all tags for a member for the organization derived from consumer username
         */
        get: operations["listMemberTags"];
        put?: never;
        /**
         * Add Tag to Member
         * @description Add a tag to a member for the organization derived from consumer username
         */
        post: operations["addMemberTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/members/{member_id}/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove Tag from Member
         * @description Remove a tag from a member for the organization derived from consumer username
         */
        delete: operations["removeMemberTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Tags
         * @description List tags for the organization derived from consumer username
         */
        get: operations["listTags"];
        put?: never;
        /**
         * Create Tag
         * @description Create tag for the organization derived from consumer username
         */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Tag
         * @description Delete tag for the organization derived from consumer username
         */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        /**
         * Update Tag
         * @description Update tag name for the organization derived from consumer username
         */
        patch: operations["updateTag"];
        trace?: never;
    };
    "/caac/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team By External Team ID
         * @description Get Team By External Team ID
         */
        get: operations["getTeamByExternalId"];
        put?: never;
        /**
         * Create Team
         * @description Create Team
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/teams/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team By ID v1
         * @description Get Team By ID
         */
        get: operations["getTeamByIdV1"];
        put?: never;
        post?: never;
        /**
         * Delete Team
         * @description Delete Team
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /**
         * Update Team
         * @description Update Team
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/caac/v1/teams/{team_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add users to team
         * @description Add users to team
         */
        post: operations["addTeamUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/teams/{team_id}/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove user from team
         * @description Remove user from team
         */
        delete: operations["removeTeamUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v2/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Teams
         * @description List Teams with pagination support
         */
        get: operations["listTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v2/teams/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team By ID v2
         * @description Get Team By Team ID
         */
        get: operations["getTeamByIdV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get User By External User ID
         * @description Get User By External User ID
         */
        get: operations["getUserByExternalId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get User By ID v1
         * @description Get User By ID v1
         */
        get: operations["getUserByIdV1"];
        put?: never;
        post?: never;
        /**
         * Delete User
         * @description Delete User
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update User
         * @description Update User
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/caac/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Users
         * @description List Users with pagination support
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caac/v2/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get User By ID v2
         * @description Get User By User ID
         */
        get: operations["getUserByIdV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    selfHostedAiAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Self Hosted AI Agent API
         * @description Self Hosted AI Agent API allows the CAAC platform to call the customer's own AI agent for automatic message replies. This endpoint must be implemented and hosted by the customer.
         *
         *     **Important:** This is a customer-implemented endpoint. The URL shown in the Router field below is for documentation reference only - customers must provide their own endpoint URL when configuring the AI Agent integration in CAAC platform.
         *
         *     **Authentication:** Bearer token in Authorization header (token is configured in CAAC platform settings)
         *
         *     **Timeout:** Must respond within 45 seconds
         *
         *     **Handover Control:** The API supports explicit handover control by including `<HUMAN_HANDOVER>` in the reply_text to request a handover to a human agent.
         *
         *     **Version control:** The API supports versioning to ensure compatibility between the CAAC platform and the customer's AI agent implementation.
         */
        post: operations["replyToConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description State of a messages backup task.
         * @enum {string}
         */
        BackupState: "initiated" | "processing" | "completed" | "failed";
        /**
         * @description Who sent a message. `user` is a human agent (user) of the organization, `member` is the end customer, `bot` an automated sender.
         * @enum {string}
         */
        MessageSenderType: "user" | "member" | "bot";
        /**
         * @description Type of a message.
         * @enum {string}
         */
        MessageType: "text" | "image" | "video" | "audio" | "file" | "sticker" | "location" | "flex";
        /**
         * @description How conversations are routed to the users of a team.
         * @enum {string}
         */
        TeamRoutingRule: "by-queue" | "by-round-robin" | "manual";
        /** @description Error body shared by every 4xx and 5xx response. */
        Error: {
            /** @description Machine-readable error code, e.g. bad_request, unauthorized, forbidden, not_found, validation_failed, rate_limited, internal_error, service_unavailable. */
            code: string;
            /** @description Human-readable explanation. */
            message: string;
            /** @description Identifier of the request (same as the X-Request-Id header), for support. */
            request_id?: string;
            /** @description Per-field problems, for 400 and 422. */
            details?: components["schemas"]["ErrorDetail"][];
        };
        /** @description One problem with one field of the request. */
        ErrorDetail: {
            /** @description Name of the offending parameter or body field. */
            field: string;
            /** @description What is wrong with it. */
            message: string;
        };
        /** @description How to fetch the adjacent pages of a paginated list. Pass `next` as the `cursor` query parameter to get the next page; `next` is null (or absent) on the last page. `prev` likewise points to the previous page and is null on the first page. Tokens are opaque. */
        Cursor: {
            /** @description Token of the next page; null on the last page. */
            next?: string | null;
            /** @description Token of the previous page; null on the first page. */
            prev?: string | null;
        };
        /**
         * @description Page size.
         * @default 100
         */
        PageLimit: number;
        /**
         * payload.NullableWrapper-string
         * @description A string that can be set, or explicitly cleared. `valid` true with a string `value` sets it; `valid` false (with `value` null) clears it.
         */
        NullableWrapperString: {
            /** @description The string, or null when cleared. */
            value: string | null;
            /** @description True when value is set, false to store null. */
            valid: boolean;
        };
        /** @description A messages backup task. */
        Backup: {
            backup_id?: number;
            /** Format: date-time */
            created_at?: string;
            download_url?: string;
            state?: components["schemas"]["BackupState"];
        };
        /** TriggerMessagesBackupRequest */
        TriggerMessagesBackupRequest: {
            channel_id?: number;
            /** Format: date-time */
            ended_at: string;
            member_id?: number;
            /** Format: date-time */
            started_at: string;
        };
        TriggerMessagesBackupResponse: {
            backup_id?: number;
        };
        /** CreateMessageFromUserRequest */
        CreateMessageFromUserRequest: {
            attachment_id?: string;
            external_id?: string;
            is_history?: boolean;
            line_flex_content?: string;
            metadata?: components["schemas"]["MessageMetadataRequest"];
            origin_url?: string;
            preview_url?: string;
            quoted_message_external_id?: string;
            reply_to?: number;
            text?: string;
            type: string;
            user_id: number;
        };
        /**
         * payload.MessageMetadataRequest
         * @description Free-form key/value metadata to attach to the message.
         */
        MessageMetadataRequest: {
            [key: string]: unknown;
        };
        /** @description A message in a member's conversation. */
        Message: {
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            deleted_at?: string;
            external_channel_id?: string;
            external_id?: string;
            external_member_id?: string;
            id?: number;
            line_flex_content?: string;
            member_avatar?: string;
            member_display_name?: string;
            metadata?: components["schemas"]["MessageMetadata"];
            origin_url?: string;
            preview_url?: string;
            quotable?: boolean;
            read?: boolean;
            reply_to?: string;
            sender_type?: components["schemas"]["MessageSenderType"];
            text?: string;
            type?: components["schemas"]["MessageType"];
            /** Format: date-time */
            updated_at?: string;
        };
        /** @description Key/value metadata of a message, as stored. */
        MessageMetadata: {
            [key: string]: unknown;
        };
        /** @description A messaging channel (e.g. a LINE Official Account) connected to the organization. */
        Channel: {
            /** @description Channel ID (the channel_id of other operations). */
            id: number;
            /** @description Display name of the channel. */
            name?: string;
            /** @description Channel platform, e.g. line, facebook, instagram, whatsapp. */
            type?: string;
            /** @description The channel's ID on its platform. */
            external_channel_id?: string;
        };
        ListChannelsV1Response: {
            channels?: components["schemas"]["Channel"][];
        };
        ListChannelsV2Response: {
            channels?: components["schemas"]["Channel"][];
            cursor?: components["schemas"]["Cursor"];
        };
        /** @description A channel member (end customer), as returned by Get Member By Channel ID And External ID. */
        Member: {
            account_manager?: string;
            assign_type?: string;
            avatar?: string;
            birthday?: string;
            channel_id?: number;
            city?: string;
            company?: string;
            connect_id?: string;
            country?: string;
            customer_id?: string;
            display_email?: string;
            display_mobile?: string;
            display_name?: string;
            engagement_level?: string;
            external_member_id?: string;
            gender?: string;
            id?: number;
            location?: string;
            member_level?: string;
            name?: string;
            original_email?: string;
            original_mobile?: string;
            original_name?: string;
            processing_state?: string;
            star_mark?: boolean;
            status?: string;
            type?: string;
        };
        /** @description A channel member (end customer) with details, as returned by Get Member By ID. */
        MemberDetail: {
            account_manager?: string;
            assign_type?: string;
            avatar?: string;
            birthday?: string;
            city?: string;
            company?: string;
            connect_id?: string;
            country?: string;
            created_at?: string;
            custom_id?: string;
            display_name?: string;
            email?: string;
            engagement_level?: string;
            external_channel_id?: string;
            external_member_id?: string;
            gender?: string;
            id?: number;
            last_member_message_send?: string;
            last_message_at?: string;
            location?: string;
            member_level?: string;
            mobile?: string;
            name?: string;
            note?: string;
            original_email?: string;
            original_mobile?: string;
            original_name?: string;
            processing_state?: string;
            star_mark?: boolean;
            status?: string;
            type?: string;
            updated_at?: string;
        };
        /** @description Create channel member payload. channel_member_id is the external UID from the channel platform. */
        CreateChannelMemberRequest: {
            channel_member_id: string;
        };
        CreateChannelMemberResponse: {
            member_id?: number;
        };
        /** @description Who a member is assigned to. */
        AssignmentRelationship: {
            /** @description The assigned member. */
            member_id?: number;
            /** @description The assigned user, null when no user is assigned. */
            user_id?: number | null;
            /** @description The assigned team, null when no team is assigned. */
            team_id?: number | null;
        };
        /** @description A member's assignment type and relationship (response of Get Member Assignment Relationship, Individual Assign and Manual Assign). */
        MemberAssignment: {
            assign_type?: string;
            assignment_relationship?: components["schemas"]["AssignmentRelationship"];
        };
        /**
         * payload.AssignmentRelationshipV2
         * @description The member to assign and the user to assign them to. A null or absent user_id unassigns the member.
         */
        AssignmentRelationshipV2: {
            /** @description The member to assign. */
            member_id?: number;
            /** @description The user to assign the member to; null or absent to unassign. */
            user_id?: number | null;
        };
        /** InternalIndividualAssignment */
        InternalIndividualAssignment: {
            /** @description The member and the user to assign them to. An empty / null assignment relationship triggers an unassign. */
            assignment_relationship?: components["schemas"]["AssignmentRelationshipV2"] | null;
            channel_id?: number;
            org_id?: number;
        };
        /**
         * payload.ManualAssignmentRelationship
         * @description The user and/or team to assign the member to.
         */
        ManualAssignmentRelationship: {
            /** @description The user to assign the member to. */
            user_id?: number | null;
            /** @description The team to assign the member to. */
            team_id?: number | null;
        };
        /** InternalManualAssignment */
        InternalManualAssignment: {
            /** @description assign_type should be unassigned or null */
            assign_type?: string;
            assignment_relationship?: components["schemas"]["ManualAssignmentRelationship"];
            channel_id?: number;
            member_id?: number;
            org_id?: number;
        };
        /** @description Close Conversation Request */
        CloseConversationRequest: {
            /** @description User ID who performs the close action */
            user_id: number;
        };
        /** @description A tag of the organization. */
        Tag: {
            created_at?: string;
            id?: number;
            name?: string;
            org_id?: number;
            updated_at?: string;
            usage_count?: number;
        };
        ListTagsResponse: {
            tags?: components["schemas"]["Tag"][];
        };
        /** @description The IDs of a member's tags. */
        MemberTagIds: {
            tag_ids?: number[];
        };
        /** @description Request body */
        AddMemberTagRequest: {
            tag_id: number;
        };
        /** @description Empty object. */
        AddMemberTagResponse: {
            [key: string]: unknown;
        };
        /** CreateTag */
        CreateTagRequest: {
            name?: string;
        };
        /** UpdateTag */
        UpdateTagRequest: {
            name?: components["schemas"]["NullableWrapperString"];
        };
        /** @description A team (v1 representation). */
        Team: {
            description?: string;
            editable?: boolean;
            external_team_id?: string;
            id?: number;
            name?: string;
            routing_rule?: components["schemas"]["TeamRoutingRule"];
        };
        /** @description A team (v2 representation). */
        TeamV2: {
            description?: string;
            external_team_id?: string;
            id?: number;
            name?: string;
            routing_rule?: components["schemas"]["TeamRoutingRule"];
        };
        /** @description A new team. */
        CreateTeamRequest: {
            /** @description Team name. */
            name: string;
            /** @description Team description. */
            description?: string;
            /** @description The team's ID in your own system. */
            external_team_id?: string;
            routing_rule?: components["schemas"]["TeamRoutingRule"];
        };
        /** @description The team fields to change; omitted fields are left as they are. */
        UpdateTeamRequest: {
            /** @description Team name. */
            name?: string;
            /** @description Team description. */
            description?: string;
            /** @description The team's ID in your own system. */
            external_team_id?: string;
            routing_rule?: components["schemas"]["TeamRoutingRule"];
        };
        /** UserIDs */
        UserIds: {
            user_ids?: number[];
        };
        /** @description The users added to the team. */
        AddTeamUsersResponse: components["schemas"]["User"][];
        ListTeamsResponse: {
            cursor?: components["schemas"]["Cursor"];
            teams?: components["schemas"]["TeamV2"][];
        };
        /** @description A user (agent) of the organization (v1 representation). */
        User: {
            avatar?: string;
            chat_name?: string;
            created_at?: string;
            email?: string;
            external_user_id?: string;
            id?: number;
            inviter_id?: number;
            is_internal_user?: boolean;
            name?: string;
            on_duty_status?: string;
            org_id?: number;
            role_id?: number;
            role_name?: string;
            role_type?: string;
            status?: string;
            type?: string;
        };
        /** @description A user (agent) of the organization (v2 representation). */
        UserV2: {
            avatar?: string;
            chat_name?: string;
            created_at?: string;
            external_user_id?: string;
            id?: number;
            is_internal_user?: boolean;
            name?: string;
            on_duty_status?: string;
            role_name?: string;
            role_type?: string;
            status?: string;
            type?: string;
        };
        /** UpdateUser */
        UpdateUserRequest: {
            avatar?: string;
            chat_name?: string;
            external_user_id?: string | null;
            mobile?: string;
            name?: string;
        };
        ListUsersResponse: {
            cursor?: components["schemas"]["Cursor"];
            users?: components["schemas"]["UserV2"][];
        };
        /**
         * payload.SelfHostedAIAgentRequest
         * @description What CAAC sends to the customer's AI agent. Unknown fields must be tolerated (CAAC may add fields).
         */
        SelfHostedAiAgentRequest: {
            /** @description Conversation ID - CAAC platform's unique identifier for this conversation. Useful for the AI agent to maintain per-conversation state or memory across requests. May be 0 for health-check / out-of-conversation requests. */
            conversation_id?: number;
            /** @description Recent conversation content - Historical messages within a time period, including timestamps and speakers */
            messages: components["schemas"]["SelfHostedAiAgentMessage"][];
            /** @description Organization UUID - CAAC platform's stable UUID for the organization. Useful for the AI agent to scope tenant data, look up org-specific configuration, or correlate logs. Empty for health-check requests. */
            org_uuid?: string;
            participants: components["schemas"]["SelfHostedAiAgentParticipants"];
            /**
             * @description - Platform-generated prompt - Optional guidance for LLM response style and task
             *     - Optional field
             */
            prompt?: string;
            /**
             * @description API version - Indicates the version of the API request format
             * @enum {string}
             */
            version: "1.0";
        } & {
            [key: string]: unknown;
        };
        /**
         * payload.SelfHostedAIAgentMessage
         * @description One message of the recent conversation.
         */
        SelfHostedAiAgentMessage: {
            /**
             * @description Message type. Known values: text, image, video, audio, file, sticker, location. Other values may appear.
             * @example text
             * @example image
             * @example sticker
             */
            message_type: string;
            /**
             * Format: uuid
             * @description Unique identifier of the message.
             */
            message_uuid: string;
            /** @description ID of the sender; matches the id of an entry in participants.members or participants.users. */
            sender_id: number;
            /**
             * @description Who sent the message. Known values: member (the end customer), user (a human agent), bot. Other values may appear.
             * @example member
             * @example user
             * @example bot
             */
            sender_type: string;
            /** @description Text of the message; present for text messages. */
            text?: string;
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * payload.SelfHostedAIAgentParticipants
         * @description Conversation participants information - Details about all participants in the conversation
         */
        SelfHostedAiAgentParticipants: {
            /** @description End customers in the conversation. */
            members?: components["schemas"]["SelfHostedAiAgentParticipant"][];
            /** @description Human agents (users) in the conversation. */
            users?: components["schemas"]["SelfHostedAiAgentParticipant"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One participant of the conversation. */
        SelfHostedAiAgentParticipant: {
            /** @description Participant ID; matches sender_id in messages. */
            id: number;
            /** @description Name shown in the conversation. */
            display_name?: string;
            /** @description The participant's ID on the channel platform (e.g. the LINE user ID of a member). */
            external_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The AI agent's answer. */
        SelfHostedAiAgentResponse: {
            /** @description The reply CAAC sends to the customer. Include `<HUMAN_HANDOVER>` to request a handover to a human agent. */
            reply_text: string;
        };
    };
    responses: {
        /** @description The request is malformed (bad path or query parameter, unparsable body). */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The apikey header is missing or invalid. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is valid but may not access this resource. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource does not exist in the organization. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The Accept header admits no media type the API answers with (application/json), or cannot be parsed. */
        NotAcceptable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is larger than the server accepts; it is not read. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body's Content-Type is missing, malformed or not application/json. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is well-formed JSON but fails validation. */
        UnprocessableEntity: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit exceeded; retry after the number of seconds in Retry-After. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unexpected server error. */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service is temporarily unavailable (maintenance or overload); retry after Retry-After seconds. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The AI agent rejects a request it cannot handle (for example an unsupported version). */
        AiAgentBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The Authorization bearer token is missing or does not match the token configured in CAAC. */
        AiAgentUnauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Backup ID */
        BackupId: number;
        /** @description Channel ID */
        ChannelId: number;
        /** @description Member ID */
        MemberId: number;
        /** @description Tag ID */
        TagId: number;
        /** @description Team ID */
        TeamId: number;
        /** @description User ID */
        UserId: number;
        /**
         * @description External Member ID
         * @example U4af4980629d1e5f4b7c2a9e8d3f6b1c0
         */
        ExternalMemberId: string;
        /**
         * @description External team id
         * @example crm-team-vip
         */
        ExternalTeamId: string;
        /**
         * @description External user id
         * @example emp-00678
         */
        ExternalUserId: string;
        /** @description Maximum number of channels to return (default: 100, max: 1000) */
        ChannelsLimit: components["schemas"]["PageLimit"];
        /** @description Maximum number of teams to return (default: 100, max: 1000) */
        TeamsLimit: components["schemas"]["PageLimit"];
        /** @description Maximum number of users to return (default: 100, max: 1000) */
        UsersLimit: components["schemas"]["PageLimit"];
        /**
         * @description Pagination cursor token (supports 'cursor', 'after', or 'before' parameter)
         * @example eyJpZCI6MTAyNX0
         */
        Cursor: string;
        /**
         * @description Alias of `cursor` (the reference says the cursor token is accepted as 'cursor', 'after', or 'before'). Send the token in one of the three only.
         * @example eyJpZCI6MTAyNX0
         */
        After: string;
        /**
         * @description Alias of `cursor` (the reference says the cursor token is accepted as 'cursor', 'after', or 'before'). Send the token in one of the three only.
         * @example eyJpZCI6MTAzMX0
         */
        Before: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Identifier of the request, for support and log correlation.
         * @example 62afea60-b03b-458c-9559-69b696c00c15
         */
        XRequestId: string;
        /**
         * @description Number of seconds to wait before retrying.
         * @example 30
         */
        RetryAfter: number;
        /**
         * @description The authentication scheme the AI agent endpoint expects.
         * @example Bearer
         */
        WWWAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getBackupDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Backup ID */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Backup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    triggerMessagesBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description TriggerMessagesBackupRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriggerMessagesBackupRequest"];
            };
        };
        responses: {
            /** @description The backup task was created. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerMessagesBackupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createMessageFromUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Channel ID */
                channel_id: components["parameters"]["ChannelId"];
                /** @description Member ID */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        /** @description CreateMessageFromUserRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageFromUserRequest"];
            };
        };
        responses: {
            /** @description The created message. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listChannelsV1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All channels of the organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListChannelsV1Response"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listChannelsV2: {
        parameters: {
            query?: {
                /** @description Maximum number of channels to return (default: 100, max: 1000) */
                limit?: components["parameters"]["ChannelsLimit"];
                /**
                 * @description Pagination cursor token (supports 'cursor', 'after', or 'before' parameter)
                 * @example eyJpZCI6MTAyNX0
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Alias of `cursor` (the reference says the cursor token is accepted as 'cursor', 'after', or 'before'). Send the token in one of the three only.
                 * @example eyJpZCI6MTAyNX0
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Alias of `cursor` (the reference says the cursor token is accepted as 'cursor', 'after', or 'before'). Send the token in one of the three only.
                 * @example eyJpZCI6MTAzMX0
                 */
                before?: components["parameters"]["Before"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of channels. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListChannelsV2Response"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMemberByExternalId: {
        parameters: {
            query: {
                /**
                 * @description External Member ID
                 * @example U4af4980629d1e5f4b7c2a9e8d3f6b1c0
                 */
                external_member_id: components["parameters"]["ExternalMemberId"];
            };
            header?: never;
            path: {
                /** @description Channel ID */
                channel_id: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createChannelMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Channel ID */
                channel_id: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        /** @description Create channel member payload. channel_member_id is the external UID from the channel platform. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelMemberRequest"];
            };
        };
        responses: {
            /** @description The created (or updated) member's ID. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChannelMemberResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMemberById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Channel ID */
                channel_id: components["parameters"]["ChannelId"];
                /** @description Member ID */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member with its details. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMemberAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Channel ID */
                channel_id: components["parameters"]["ChannelId"];
                /** @description Member ID */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the member is assigned to. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAssignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    individualAssign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description InternalIndividualAssignment */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InternalIndividualAssignment"];
            };
        };
        responses: {
            /** @description The member's assignment after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAssignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    manualAssign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description InternalManualAssignment */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InternalManualAssignment"];
            };
        };
        responses: {
            /** @description The member's assignment after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAssignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    closeConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Channel ID */
                channel_id: components["parameters"]["ChannelId"];
                /** @description Member ID */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        /** @description Close Conversation Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseConversationRequest"];
            };
        };
        responses: {
            /** @description The conversation was closed (the reference shows no response body). */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMemberTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member ID */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The IDs of the member's tags. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberTagIds"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addMemberTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member ID */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        /** @description Request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberTagRequest"];
            };
        };
        responses: {
            /** @description The tag was added. The reference's response sample is an empty object. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddMemberTagResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeMemberTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member ID */
                member_id: components["parameters"]["MemberId"];
                /** @description Tag ID */
                tag_id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag was removed from the member (the reference shows no response body). */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All tags of the organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTagsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CreateTag */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTagRequest"];
            };
        };
        responses: {
            /** @description The created tag. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tag ID */
                tag_id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag was deleted (the reference shows no response body). */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tag ID */
                tag_id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        /** @description UpdateTag */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTagRequest"];
            };
        };
        responses: {
            /** @description The updated tag. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTeamByExternalId: {
        parameters: {
            query?: {
                /**
                 * @description External team id
                 * @example crm-team-vip
                 */
                external_team_id?: components["parameters"]["ExternalTeamId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CreateTeamRequest (the reference does not show this body; designed from the Team fields) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamRequest"];
            };
        };
        responses: {
            /** @description The created team. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTeamByIdV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team ID */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team ID */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team was deleted (the reference shows no response body). */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team ID */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /** @description UpdateTeamRequest (the reference does not show this body; designed from the Team fields) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamRequest"];
            };
        };
        responses: {
            /** @description The updated team. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addTeamUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team ID */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /** @description UserIDs */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserIds"];
            };
        };
        responses: {
            /** @description The users that were added to the team. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddTeamUsersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeTeamUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team ID */
                team_id: components["parameters"]["TeamId"];
                /** @description User ID */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was removed from the team (the reference shows no response body). */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /** @description Maximum number of teams to return (default: 100, max: 1000) */
                limit?: components["parameters"]["TeamsLimit"];
                /**
                 * @description Pagination cursor token (supports 'cursor', 'after', or 'before' parameter)
                 * @example eyJpZCI6MTAyNX0
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Alias of `cursor` (the reference says the cursor token is accepted as 'cursor', 'after', or 'before'). Send the token in one of the three only.
                 * @example eyJpZCI6MTAyNX0
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Alias of `cursor` (the reference says the cursor token is accepted as 'cursor', 'after', or 'before'). Send the token in one of the three only.
                 * @example eyJpZCI6MTAzMX0
                 */
                before?: components["parameters"]["Before"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of teams. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTeamsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTeamByIdV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team ID */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamV2"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUserByExternalId: {
        parameters: {
            query?: {
                /**
                 * @description External user id
                 * @example emp-00678
                 */
                external_user_id?: components["parameters"]["ExternalUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUserByIdV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted (the reference shows no response body). */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** @description UpdateUser */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Maximum number of users to return (default: 100, max: 1000) */
                limit?: components["parameters"]["UsersLimit"];
                /**
                 * @description Pagination cursor token (supports 'cursor', 'after', or 'before' parameter)
                 * @example eyJpZCI6MTAyNX0
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Alias of `cursor` (the reference says the cursor token is accepted as 'cursor', 'after', or 'before'). Send the token in one of the three only.
                 * @example eyJpZCI6MTAyNX0
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Alias of `cursor` (the reference says the cursor token is accepted as 'cursor', 'after', or 'before'). Send the token in one of the three only.
                 * @example eyJpZCI6MTAzMX0
                 */
                before?: components["parameters"]["Before"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListUsersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUserByIdV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserV2"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replyToConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfHostedAiAgentRequest"];
            };
        };
        responses: {
            /** @description The agent's reply. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfHostedAiAgentResponse"];
                };
            };
            400: components["responses"]["AiAgentBadRequest"];
            401: components["responses"]["AiAgentUnauthorized"];
        };
    };
}
