import type { IHttpOperation } from '@stoplight/types';
import { describe, expect, it } from 'vitest';
import { OperationIndex } from '../src/prism/operation-index.js';

function operation(iid: string, method: string, path: string): IHttpOperation {
  return {
    id: iid,
    iid,
    method,
    path,
    responses: [],
    servers: [],
    request: {},
    security: [],
  } as IHttpOperation;
}

describe('OperationIndex', () => {
  it('literal route segments win over templated ones, whatever the declaration order', () => {
    const templated = operation('getTeam', 'get', '/caac/v1/teams/{team_id}');
    const literal = operation('getTeamByExternalId', 'get', '/caac/v1/teams/external');
    for (const order of [
      [templated, literal],
      [literal, templated],
    ]) {
      const index = new OperationIndex(order);
      expect(index.find('GET', '/caac/v1/teams/external')?.iid).toBe('getTeamByExternalId');
      expect(index.find('get', '/caac/v1/teams/42')?.iid).toBe('getTeam');
    }
  });

  it('counts literal segments, so the more literal route wins at any depth', () => {
    const index = new OperationIndex([
      operation('any', 'get', '/a/{x}/{y}'),
      operation('oneLiteral', 'get', '/a/{x}/c'),
      operation('twoLiterals', 'get', '/a/b/c'),
    ]);
    expect(index.find('get', '/a/b/c')?.iid).toBe('twoLiterals');
    expect(index.find('get', '/a/z/c')?.iid).toBe('oneLiteral');
    expect(index.find('get', '/a/z/q')?.iid).toBe('any');
  });

  it('matches method, whole segments and nothing else', () => {
    const index = new OperationIndex([operation('getUser', 'get', '/caac/v1/users/{user_id}')]);
    expect(index.find('delete', '/caac/v1/users/1')).toBeUndefined();
    expect(index.find('get', '/caac/v1/users/')).toBeUndefined();
    expect(index.find('get', '/caac/v1/users/1/x')).toBeUndefined();
  });
});
