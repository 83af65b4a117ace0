// @ts-check
// @caac/mock-server in stateful mode, alone in this process. BENCH_SIM_MEMBERS / BENCH_SIM_USERS
// build a large seed here (not through the environment); the parent hears when the server is ready.
const port = Number(process.env.BENCH_PORT);
const options = JSON.parse(process.env.BENCH_MOCK_OPTIONS ?? '{}');
const members = Number(process.env.BENCH_SIM_MEMBERS ?? 0);
const users = Number(process.env.BENCH_SIM_USERS ?? 0);
const { startMockServer } = await import('@caac/mock-server');
const imported = performance.now();
const seed =
  members > 0 || users > 0
    ? {
        organization: { id: 1, name: 'Bench Co' },
        channels: [{ id: 1, name: 'Bench LINE' }],
        users: Array.from({ length: users }, (_, i) => ({ id: i + 1, name: `User ${i + 1}` })),
        tags: [{ id: 1, name: 'vip' }],
        members: Array.from({ length: members }, (_, i) => ({
          id: i + 1,
          channel_id: 1,
          external_member_id: `U${i + 1}`,
          ...(i % 10 === 0 ? { tag_ids: [1] } : {}),
        })),
      }
    : undefined;
const mock = await startMockServer({
  ...options,
  stateful: true,
  ...(seed ? { seed } : {}),
  port,
  host: '127.0.0.1',
});
process.send?.({ url: mock.url, importMs: imported, readyMs: performance.now() });
const stop = async () => {
  await mock.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
