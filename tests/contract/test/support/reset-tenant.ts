import { CONTROL_PREFIX } from '@caac/mock-server';
import { beforeEach, inject } from 'vitest';
import { tenantKey } from './tenant-key.js';

// In stateful mode each test starts from the seed: its file's tenant is reset before it runs, so a
// test never depends on what the test before it wrote (deleted tag 3, renamed a team, …).
beforeEach(async (context) => {
  if (inject('mockMode') !== 'stateful') return;
  const response = await fetch(`${inject('mockUrl')}${CONTROL_PREFIX}/reset`, {
    method: 'POST',
    headers: { apikey: tenantKey(context.task.file.filepath) },
  });
  if (response.status !== 204) {
    throw new Error(`resetting the test's tenant answered ${response.status}, not 204`);
  }
});
