// @ts-check
/** The command every generated file names, so a reader knows how to regenerate instead of editing. */
export const REGENERATE_COMMAND = 'pnpm generate';

/**
 * Header for a generated TypeScript file.
 * @param {string} specPath repo-relative path of the source spec
 * @returns {string}
 * @example tsHeader('spec/caac.openapi.yaml')
 */
export function tsHeader(specPath) {
  return [
    '/**',
    ` * This file was auto-generated from ${specPath}.`,
    ' * Do not make direct changes to the file.',
    ` * Regenerate it with \`${REGENERATE_COMMAND}\` (scripts/generate.mjs, driven by scripts/codegen.manifest.json).`,
    ' */',
    '',
  ].join('\n');
}

/**
 * JSON has no comments, so bundled specs announce themselves with a leading extension key.
 * @param {string} specPath
 * @returns {string}
 */
export function jsonGeneratedNotice(specPath) {
  return `Generated from ${specPath} by \`${REGENERATE_COMMAND}\`. Do not edit; edit the spec and regenerate.`;
}
