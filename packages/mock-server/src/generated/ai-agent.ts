/**
 * This file was auto-generated from spec/ai-agent.openapi.yaml.
 * Do not make direct changes to the file.
 * Regenerate it with `pnpm generate` (scripts/generate.mjs, driven by scripts/codegen.manifest.json).
 */

export interface paths {
    "/ai-agent": {
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
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        /** @description The AI agent's answer. */
        SelfHostedAiAgentResponse: {
            /** @description The reply CAAC sends to the customer. Include `<HUMAN_HANDOVER>` to request a handover to a human agent. */
            reply_text: string;
        };
        /** @description One problem with one field of the request. */
        ErrorDetail: {
            /** @description Name of the offending parameter or body field. */
            field: string;
            /** @description What is wrong with it. */
            message: string;
        };
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
    };
    responses: {
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
    parameters: never;
    requestBodies: never;
    headers: {
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
