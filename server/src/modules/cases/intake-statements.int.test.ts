import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { pointIn, report } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { open311Post, requestForm } from '../../test/open311-helpers.js';
import { testEngine } from '../../test/test-database.js';

const { t, c } = useTestApp(['resident', 'admin']);

/**
 * Statements per intake, as the README gives them (Benchmarks): every one is a round trip that holds
 * a connection, and reports in a storm wait for connections. Raise these only with a reason.
 */
const OPEN311_STATEMENTS = 4;
const REPORT_STATEMENTS = 5;

/**
 * The statements one request sends. The case's rows go in one statement, atomic on its own: no
 * transaction is opened (the embedded engine would open it unseen, PostgreSQL's driver visibly).
 */
async function statementsOf(send: (n: number) => Promise<{ statusCode: number }>): Promise<string[]> {
  // The first request loads the reference data; it is the steady state that counts.
  await send(1);
  const seen: string[] = [];
  const stop = t.database.watchStatements((text) => seen.push(text));
  try {
    expect([200, 201]).toContain((await send(2)).statusCode);
  } finally {
    stop();
  }
  if (testEngine() === 'postgres') expect(seen.filter((s) => /^(begin|commit)\b/i.test(s))).toEqual([]);
  expect(seen.filter((s) => /insert into "cases"/.test(s))).toHaveLength(1);
  return seen;
}

describe('one intake', () => {
  it(`takes an Open311 report in ${OPEN311_STATEMENTS} statements, the case's rows in one`, async () => {
    const at = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 3));
    const sent = await statementsOf((n) =>
      open311Post(
        t,
        'requests.json',
        requestForm(at, [
          ['description', `井盖丢失 ${n}`],
          ['attribute[cover_type]', 'sewage'],
        ]),
      ),
    );
    expect(sent, sent.join('\n')).toHaveLength(OPEN311_STATEMENTS);
  });

  it(`takes a resident's report in ${REPORT_STATEMENTS} statements, the case's rows in one`, async () => {
    const at = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 4));
    const sent = await statementsOf(() =>
      report(t, c.resident, { categoryCode: 'E0550', description: '井盖丢失', ...at }),
    );
    expect(sent, sent.join('\n')).toHaveLength(REPORT_STATEMENTS);
  });
});
