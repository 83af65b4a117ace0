// Request bodies for the AI agent checks, taken from the spec that the installed
// @caac/mock-server tarball ships, so they follow the spec instead of a copy kept here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Example {
  value?: unknown;
  $ref?: string;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      { requestBody?: { content: Record<string, { examples?: Record<string, Example> }> } }
    >
  >;
  components?: { examples?: Record<string, Example> };
}

export interface AgentRequestExamples {
  healthCheck: Record<string, unknown>;
  conversation: Record<string, unknown>;
}

export function agentRequestExamples(appDir: string): AgentRequestExamples {
  const file = join(
    appDir,
    'node_modules',
    '@caac',
    'mock-server',
    'generated-spec',
    'ai-agent.openapi.json',
  );
  const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  const examples = Object.values(document.paths)
    .flatMap((operations) => Object.values(operations))
    .flatMap((operation) => Object.values(operation.requestBody?.content ?? {}))
    .flatMap((media) => Object.values(media.examples ?? {}))
    .map((example) => resolveExample(document, example) as Record<string, unknown>);
  // CAAC's health check is the request without a conversation (see isHealthCheck).
  const healthCheck = examples.find((body) => !body.conversation_id || !body.org_uuid);
  const conversation = examples.find((body) => body.conversation_id && body.org_uuid);
  if (!healthCheck || !conversation) {
    throw new Error(`${file} lacks a health-check or a conversation request example`);
  }
  return { healthCheck, conversation };
}

function resolveExample(document: OpenApiDocument, example: Example): unknown {
  const name = example.$ref?.replace('#/components/examples/', '');
  const resolved = name === undefined ? example : document.components?.examples?.[name];
  if (resolved?.value === undefined) throw new Error(`example ${example.$ref ?? ''} has no value`);
  return resolved.value;
}
