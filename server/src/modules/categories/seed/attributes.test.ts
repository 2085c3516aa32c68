import { describe, expect, it } from 'vitest';
import { CATEGORY_ATTRIBUTES } from './attributes.js';
import { SUBCATEGORIES } from './catalogue.js';

describe('the seed attributes', () => {
  it('belong to categories of the catalogue, once each, with codes a form field can carry', () => {
    const codes = new Set(SUBCATEGORIES.map((s) => s.code));
    const keys = CATEGORY_ATTRIBUTES.map((a) => `${a.categoryCode}/${a.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of CATEGORY_ATTRIBUTES) {
      expect(codes.has(a.categoryCode), a.categoryCode).toBe(true);
      // `_` is reserved for Needle's own keys beside the answers (media_url, device id).
      expect(a.code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(a.descriptionZh.trim()).not.toBe('');
      expect(a.descriptionEn).toMatch(/^[\x20-\x7E]+$/);
    }
  });

  it('list their values exactly for the list datatypes', () => {
    for (const a of CATEGORY_ATTRIBUTES) {
      const isList = a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist';
      expect((a.values ?? []).length > 0, a.code).toBe(isList);
      const keys = (a.values ?? []).map((v) => v.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const k of keys) expect(k).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it('ask which cover is missing, required, as the dispatcher needs it to call the owner', () => {
    expect(
      CATEGORY_ATTRIBUTES.find((a) => a.categoryCode === 'E0550' && a.code === 'cover_type'),
    ).toMatchObject({
      datatype: 'singlevaluelist',
      required: true,
    });
  });
});
