// One line per runtime with what passed and the version that ran: the source of the root
// README's runtime table.
export interface RunRow {
  client: boolean;
  handler: boolean;
  /** 'n/a' where the handler cannot be served to the checker (a browser page). */
  checker: boolean | 'n/a';
  hangUp: string;
}

const mark = (ok: boolean | 'n/a') => (ok === 'n/a' ? ok : ok ? 'pass' : 'FAIL');

export function recordRun(runtime: string, version: string, row: RunRow) {
  console.info(
    `[runtimes] ${runtime} ${version}: client ${mark(row.client)}, handler ${mark(row.handler)}, ` +
      `checker ${mark(row.checker)}, hang-up: ${row.hangUp || 'not observed'}`,
  );
}
