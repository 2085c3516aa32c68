import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { feature, square } from '../../test/region-files.js';
import { createPostgresTestDatabase, testEngine } from '../../test/test-database.js';

const { t, c } = useTestApp(['admin']);

const outerRing = (f: { geometry: unknown } | undefined): number[][] => {
  const ring = (f?.geometry as { coordinates: number[][][] } | undefined)?.coordinates[0];
  if (!ring) throw new Error('the test file has no such feature');
  return ring;
};

// A new community in 永昌街道 with two grids, far from the demo city's polygons so locate can tell.
const NEW_COMMUNITY = '220104004099';
const newCommunityFile = () => ({
  type: 'FeatureCollection',
  features: [
    feature(NEW_COMMUNITY, '试点社区', square(126, 44, 0.002)),
    feature(`${NEW_COMMUNITY}001`, '试点社区01网格', square(126, 44.001), {
      gridType: 'basic',
      validFrom: '2025-01-01',
    }),
    feature(`${NEW_COMMUNITY}002`, '试点社区02网格', square(126.001, 44.001), { gridType: 'special' }),
  ],
});

async function regionCount(): Promise<number> {
  const res = await t.get('/api/regions/tree', c.admin);
  const count = (n: { children: unknown[] }): number =>
    1 + n.children.reduce<number>((sum, c) => sum + count(c as { children: unknown[] }), 0);
  return count(res.json().root);
}

async function importFile(file: unknown) {
  return t.post('/api/regions/import', c.admin, file as object);
}

describe('importing regions through the API', () => {
  it.each([
    [
      'a ring that is not closed',
      (f: ReturnType<typeof newCommunityFile>) => {
        const ring = outerRing(f.features[2]);
        ring.pop();
        ring.push([126.0015, 44.0015]);
      },
      /feature #2 \(220104004099002\): bad geometry: .*not closed/,
    ],
    [
      'a bad code',
      (f: ReturnType<typeof newCommunityFile>) => {
        if (f.features[1]) f.features[1].properties.code = '22010400409900';
      },
      /feature #1 \(22010400409900\): bad code/,
    ],
    [
      'a parent that does not exist',
      (f: ReturnType<typeof newCommunityFile>) => {
        if (f.features[2]) f.features[2].properties.code = '220104004098001';
      },
      /feature #2 \(220104004098001\): its parent 220104004098 does not exist/,
    ],
    [
      'a grid type on a community',
      (f: ReturnType<typeof newCommunityFile>) => {
        if (f.features[0]) Object.assign(f.features[0].properties, { gridType: 'basic' });
      },
      /feature #0 \(220104004099\): only grids have a gridType/,
    ],
  ])('refuses a file with %s, names the feature, and changes nothing', async (_, breakIt, expected) => {
    const before = await regionCount();
    const file = newCommunityFile();
    breakIt(file);
    const res = await importFile(file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('REGION_IMPORT_INVALID');
    expect(res.json().error.message).toMatch(expected);
    expect(res.json().error.message).toMatch(/^Nothing was imported/);
    expect(await regionCount()).toBe(before);
    const probe = await t.get(`/api/regions/${NEW_COMMUNITY}`, c.admin);
    expect(probe.statusCode).toBe(404);
  });

  it('imports a good file whole, audits it, and locate sees the new grids at once', async () => {
    const res = await importFile(newCommunityFile());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 3, updated: 0 });
    const located = await t.get('/api/regions/locate?lat=44.0015&lng=126.0015', c.admin);
    expect(located.json().grid.code).toBe(`${NEW_COMMUNITY}002`);
    expect(located.json().community.name).toBe('试点社区');
    const audit = await t.get(`/api/audit?entity=region&entityId=${NEW_COMMUNITY}001`, c.admin);
    expect(audit.json().items[0]).toMatchObject({ action: 'region.create', before: null });
    expect(audit.json().items[0].after.name).toBe('试点社区01网格');

    const again = newCommunityFile();
    if (again.features[1]) again.features[1].properties.name = '试点社区一网格';
    expect((await importFile(again)).json()).toEqual({ created: 0, updated: 3 });
    const redrawn = await t.get(`/api/audit?entity=region&entityId=${NEW_COMMUNITY}001`, c.admin);
    expect(redrawn.json().items[0]).toMatchObject({ action: 'region.update' });
    expect(redrawn.json().items[0].before.name).toBe('试点社区01网格');
    expect(redrawn.json().items[0].after.name).toBe('试点社区一网格');
  });

  it('is for admins only', async () => {
    const street = await t.login('street');
    const res = await t.post('/api/regions/import', street, newCommunityFile());
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('PERMISSION_DENIED');
  });
});

describe('npm run import:regions', () => {
  const run = promisify(execFile);
  const repoRoot = path.resolve(import.meta.dirname, '../../../..');
  const cli = path.join(repoRoot, 'server/src/cli/import-regions.ts');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-import-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const cityFile = () => ({
    type: 'FeatureCollection',
    features: [
      feature('220100000000', '长春市', square(125, 43, 1)),
      feature('220104000000', '朝阳区', square(125.1, 43.1, 0.5)),
      feature('220104004000', '永昌街道', square(125.2, 43.2, 0.1)),
      feature('220104004001', '义和社区', square(125.2, 43.2, 0.05)),
      feature('220104004001001', '义和社区01网格', square(125.2, 43.2, 0.01)),
    ],
  });

  async function runCli(file: object, env: NodeJS.ProcessEnv) {
    const filePath = path.join(tmp, `regions-${Date.now()}.geojson`);
    fs.writeFileSync(filePath, JSON.stringify(file));
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', cli, filePath], {
        cwd: repoRoot,
        env: { ...process.env, ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  // Two runs of the CLI, each a fresh Node process opening its own database: on a busy 2-core machine one
  // takes up to 30 s, so this test has more time than the others.
  it('refuses a file with one broken feature, naming it, then imports the mended file', async () => {
    const env =
      testEngine() === 'postgres'
        ? { DATABASE_URL: await createPostgresTestDatabase() }
        : { NEEDLE_DATA_DIR: path.join(tmp, 'data'), DATABASE_URL: '' };
    const broken = cityFile();
    outerRing(broken.features[3]).splice(1, 3);
    const refused = await runCli(broken, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Nothing was imported\. feature #3 \(220104004001\): bad geometry/);
    const imported = await runCli(cityFile(), env);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/5 regions created, 0 updated/);
    expect(imported.code).toBe(0);
  }, 90_000);
});
