import { changchunChaoyang } from '../modules/regions/demo-city/demo-division.js';

function street(name: string) {
  const s = changchunChaoyang.streets.find((x) => x.name === name);
  if (!s) throw new Error(`no ${name} in the demo division`);
  return s;
}

const yongchang = street('永昌街道');
const qianjin = street('前进街道');
const first = <T>(items: T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('empty');
  return item;
};

/** Codes of the demo city that tests refer to, derived from the fixture rather than typed in. */
export const demo = {
  city: changchunChaoyang.city.code,
  district: changchunChaoyang.district.code,
  yongchang: yongchang.code,
  yongchangCommunity: first(yongchang.communities).code,
  yongchangOtherCommunity: yongchang.communities[1]?.code ?? '',
  qianjin: qianjin.code,
  qianjinCommunity: first(qianjin.communities).code,
  /** Grid 001 of each community is its north-western one. */
  gridOf: (communityCode: string, n = 1) => `${communityCode}${String(n).padStart(3, '0')}`,
};
