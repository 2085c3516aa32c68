import { describe, expect, it } from 'vitest';
import { changchunChaoyang } from '../regions/demo-city/demo-division.js';
import { generateDemoCity } from '../regions/demo-city/generate-demo-city.js';
import { generateDemoGazetteer } from './demo-gazetteer.js';

const drawn = generateDemoCity(changchunChaoyang);
const gazetteer = generateDemoGazetteer(changchunChaoyang, drawn);
const texts = gazetteer.features.map((f) => f.properties.text);

describe("the demo city's gazetteer", () => {
  it('is the same every time', () => {
    expect(generateDemoGazetteer(changchunChaoyang, drawn)).toEqual(gazetteer);
  });

  it('numbers 义和路 from 1 to 200, and every other road likewise', () => {
    const yihe = texts.filter((t) => t.startsWith('义和路'));
    expect(yihe).toHaveLength(200);
    expect(yihe).toContain('义和路1号');
    expect(yihe).toContain('义和路200号');
    expect(texts.filter((t) => /^人民大街\d+号$/.test(t))).toHaveLength(200);
  });

  it('numbers twelve buildings in each community and names a school, a market and a clinic per street', () => {
    const communities = changchunChaoyang.streets.flatMap((s) => s.communities);
    expect(texts.filter((t) => /\d+号楼$/.test(t))).toHaveLength(communities.length * 12);
    expect(texts).toEqual(
      expect.arrayContaining(['义和社区1号楼', '义和社区12号楼', '永昌小学', '永昌农贸市场']),
    );
  });

  it('lies inside the district', () => {
    const district = drawn.features.find((f) => f.properties.code === changchunChaoyang.district.code);
    const ring = district?.geometry.coordinates[0] ?? [];
    const lngs = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    for (const f of gazetteer.features) {
      const [lng, lat] = f.geometry.coordinates;
      expect(lng).toBeGreaterThanOrEqual(Math.min(...lngs));
      expect(lng).toBeLessThanOrEqual(Math.max(...lngs));
      expect(lat).toBeGreaterThanOrEqual(Math.min(...lats));
      expect(lat).toBeLessThanOrEqual(Math.max(...lats));
    }
  });
});
