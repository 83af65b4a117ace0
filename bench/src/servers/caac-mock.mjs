// @ts-check
// @caac/mock-server started the programmatic way, alone in this process so its memory is its own.
// Reports to the parent how long the import and the start took inside the process.
const port = Number(process.env.BENCH_PORT);
const options = JSON.parse(process.env.BENCH_MOCK_OPTIONS ?? '{}');
const { startMockServer } = await import('@caac/mock-server');
const imported = performance.now();
const mock = await startMockServer({ ...options, port, host: '127.0.0.1' });
process.send?.({ url: mock.url, importMs: imported, readyMs: performance.now() });
const stop = async () => {
  await mock.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
