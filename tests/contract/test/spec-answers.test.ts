import { describe, expect, it } from 'vitest';
import { expectSpecAnswer } from './support/spec-answers.js';
import { responseExample } from './support/spec-examples.js';

// The check the stateful-mode tests rely on must be able to fail. It calls no mock, so it gives
// the same verdict in both mock modes.
describe('expectSpecAnswer, the schema check both mock modes share (no mock involved)', () => {
  it("accepts the spec's own example answer", () => {
    expect(() => expectSpecAnswer('listTags', responseExample('listTags'))).not.toThrow();
  });

  it('rejects an answer whose field has the wrong type, naming the field', () => {
    expect(() => expectSpecAnswer('listTags', { tags: [{ id: 'three' }] })).toThrow(
      /\/tags\/0\/id/,
    );
  });

  it('checks a shared error answer through its components.responses reference', () => {
    expect(() =>
      expectSpecAnswer('deleteTag', responseExample('deleteTag', 404), 404),
    ).not.toThrow();
    expect(() => expectSpecAnswer('deleteTag', { code: 404 }, 404)).toThrow();
  });
});
