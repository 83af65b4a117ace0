import {
  CaacAuthenticationError,
  CaacBadRequestError,
  CaacNotFoundError,
  CaacUnprocessableEntityError,
} from '@caac/client';
import { expect, it } from 'vitest';
import { contractClient } from './support/contract-client.js';
import { describeOperation, expectRejection } from './support/describe-operation.js';
import { EXAMPLE_MODE, MEMBER } from './support/mock-mode.js';
import { expectSpecAnswer } from './support/spec-answers.js';
import { responseExample } from './support/spec-examples.js';

describeOperation('listMemberTags', () => {
  it("returns the member's tag ids", async () => {
    const { client, statuses } = contractClient();
    const result = await client.memberTags.list({ member_id: MEMBER.id });
    expectSpecAnswer('listMemberTags', result);
    if (EXAMPLE_MODE) expect(result).toEqual(responseExample('listMemberTags'));
    else expect(result).toEqual({ tag_ids: [3] }); // the seed's member carries tag 3
    expect(statuses).toEqual([200]);
  });

  it('rejects a member id that is not an integer with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.memberTags.list({ member_id: 'me' as never }),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});

describeOperation('addMemberTag', () => {
  it('adds a tag to a member', async () => {
    const { client, statuses } = contractClient();
    const result = await client.memberTags.add({ member_id: MEMBER.id, tag_id: 7 });
    expectSpecAnswer('addMemberTag', result);
    if (EXAMPLE_MODE) expect(result).toEqual(responseExample('addMemberTag'));
    else
      expect(await client.memberTags.list({ member_id: MEMBER.id })).toEqual({ tag_ids: [3, 7] });
    expect(statuses).toEqual(EXAMPLE_MODE ? [200] : [200, 200]);
  });

  it('rejects a body without tag_id with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.memberTags.add({ member_id: MEMBER.id } as never),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});

describeOperation('removeMemberTag', () => {
  it('removes a tag from a member with 204', async () => {
    const { client, statuses } = contractClient();
    await expect(
      client.memberTags.remove({ member_id: MEMBER.id, tag_id: 3 }),
    ).resolves.toBeUndefined();
    expect(statuses).toEqual([204]);
    if (!EXAMPLE_MODE) {
      expect(await client.memberTags.list({ member_id: MEMBER.id })).toEqual({ tag_ids: [] });
    }
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(
      client.memberTags.remove({ member_id: MEMBER.id, tag_id: 3 }),
      CaacAuthenticationError,
      401,
      statuses,
    );
  });
});

describeOperation('listTags', () => {
  it("returns the organization's tags", async () => {
    const { client, statuses } = contractClient();
    const result = await client.tags.list();
    expectSpecAnswer('listTags', result);
    if (EXAMPLE_MODE) expect(result).toEqual(responseExample('listTags'));
    else expect(result.tags?.map((t) => t.id)).toEqual([3, 7, 12]); // the seed's tags
    expect(result.tags?.[0]).toMatchObject({ id: expect.any(Number), name: expect.any(String) });
    expect(statuses).toEqual([200]);
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(client.tags.list(), CaacAuthenticationError, 401, statuses);
  });
});

describeOperation('createTag', () => {
  it('creates a tag', async () => {
    const { client, statuses } = contractClient();
    const tag = await client.tags.create({ name: '新品詢問' });
    expectSpecAnswer('createTag', tag);
    if (EXAMPLE_MODE) expect(tag).toEqual(responseExample('createTag'));
    else {
      expect(tag).toMatchObject({ name: '新品詢問', usage_count: 0 });
      expect((await client.tags.list()).tags).toContainEqual(tag);
    }
    expect(statuses).toEqual(EXAMPLE_MODE ? [200] : [200, 200]);
  });

  it('rejects a name that is not a string with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.tags.create({ name: 42 as never }),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});

describeOperation('deleteTag', () => {
  it('deletes a tag with 204', async () => {
    const { client, statuses } = contractClient();
    await expect(client.tags.delete({ tag_id: 3 })).resolves.toBeUndefined();
    expect(statuses).toEqual([204]);
    if (!EXAMPLE_MODE) {
      expect((await client.tags.list()).tags?.map((t) => t.id)).toEqual([7, 12]);
      const again = contractClient();
      await expectRejection(
        again.client.tags.delete({ tag_id: 3 }),
        CaacNotFoundError,
        404,
        again.statuses,
      );
    }
  });

  it('rejects a tag id that is not an integer with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.tags.delete({ tag_id: 'vip' as never }),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});

describeOperation('updateTag', () => {
  it('renames a tag through the nullable wrapper', async () => {
    const { client, statuses } = contractClient();
    const tag = await client.tags.update({
      tag_id: 3,
      name: { value: 'VIP客戶（年度）', valid: true },
    });
    expectSpecAnswer('updateTag', tag);
    if (EXAMPLE_MODE) expect(tag).toEqual(responseExample('updateTag'));
    else expect(tag).toMatchObject({ id: 3, name: 'VIP客戶（年度）', usage_count: 1 });
    expect(statuses).toEqual([200]);
  });

  it('rejects a bare string where the wrapper is required with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.tags.update({ tag_id: 3, name: 'VIP' as never }),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});
