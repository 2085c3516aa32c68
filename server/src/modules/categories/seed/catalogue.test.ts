import { describe, expect, it } from 'vitest';
import {
  CATEGORY_CLASSES,
  type HotlineRequestType,
  NAMES_USERS_SAY,
  type Routing,
  SUBCATEGORIES,
} from './catalogue.js';

const classByCode = new Map(CATEGORY_CLASSES.map((c) => [c.code, c]));

const REQUIRED_NAMES = NAMES_USERS_SAY;

const countBy = <K extends string>(keys: K[]) =>
  keys.reduce((acc, k) => acc.set(k, (acc.get(k) ?? 0) + 1), new Map<K, number>());

describe('category classes', () => {
  it('have unique, well-formed codes whose letter matches the kind', () => {
    const codes = CATEGORY_CLASSES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of CATEGORY_CLASSES) {
      expect(c.code).toMatch(/^[CE]\d{2}$/);
      expect(c.code[0]).toBe(c.kind === 'component' ? 'C' : 'E');
      expect(c.nameZh.trim()).not.toBe('');
      expect(c.nameEn).toMatch(/^[\x20-\x7E]+$/);
    }
  });

  it('include the standard classes and the governance extensions', () => {
    for (const code of ['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'E01', 'E02', 'E03', 'E04', 'E05', 'E06']) {
      expect(classByCode.has(code)).toBe(true);
    }
    expect(classByCode.get('E10')?.nameZh).toBe('矛盾纠纷');
    expect(classByCode.get('E11')?.nameZh).toBe('安全隐患');
    expect(classByCode.get('E12')?.nameZh).toBe('民生服务');
    expect(classByCode.get('E13')?.nameZh).toContain('12345');
  });

  it('each hold at least one subclass', () => {
    const used = new Set(SUBCATEGORIES.map((s) => s.classCode));
    for (const c of CATEGORY_CLASSES) expect(used.has(c.code), c.code).toBe(true);
  });
});

describe('subcategories (the responsibility list)', () => {
  it('number at least 60', () => {
    expect(SUBCATEGORIES.length).toBeGreaterThanOrEqual(60);
  });

  it('have unique codes and unique Chinese names', () => {
    const codes = SUBCATEGORIES.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    // Users pick a category by its name, so two with the same name would be a coin toss.
    const names = SUBCATEGORIES.map((s) => s.nameZh);
    expect(new Set(names).size).toBe(names.length);
  });

  it('have well-formed codes consistent with an existing class of the same kind', () => {
    for (const s of SUBCATEGORIES) {
      expect(s.code, s.code).toMatch(/^[CE]\d{4}$/);
      expect(s.classCode, s.code).toBe(s.code.slice(0, 3));
      const cls = classByCode.get(s.classCode);
      expect(cls, s.code).toBeDefined();
      expect(cls?.kind, s.code).toBe(s.kind);
      expect(s.code[0], s.code).toBe(s.kind === 'component' ? 'C' : 'E');
    }
  });

  it('contain every name the users say', () => {
    const names = new Set(SUBCATEGORIES.map((s) => s.nameZh));
    for (const name of REQUIRED_NAMES) expect(names.has(name), name).toBe(true);
  });

  it('give every subclass both standards, a positive whole time limit and ASCII English', () => {
    for (const s of SUBCATEGORIES) {
      expect(s.nameZh.trim(), s.code).not.toBe('');
      expect(s.filingStandard.trim(), s.code).not.toBe('');
      expect(s.closingStandard.trim(), s.code).not.toBe('');
      expect(Number.isInteger(s.timeLimit.amount), s.code).toBe(true);
      expect(s.timeLimit.amount, s.code).toBeGreaterThan(0);
      expect(s.nameEn.trim(), s.code).not.toBe('');
      expect(s.nameEn, s.code).toMatch(/^[\x20-\x7E]+$/);
    }
  });

  it('use all three routings, department-led most and whistles least, as in seed 000 (67/36/28)', () => {
    const counts = countBy<Routing>(SUBCATEGORIES.map((s) => s.routing));
    const led = counts.get('department_led') ?? 0;
    const street = counts.get('street_led') ?? 0;
    const whistles = counts.get('street_whistles') ?? 0;
    expect(whistles).toBeGreaterThan(0);
    expect(led).toBeGreaterThan(street);
    expect(street).toBeGreaterThan(whistles);
  });

  it('name the street as lead exactly when the street leads or whistles', () => {
    // departmentType is the lead unit: a district department for department-led items, the street
    // office otherwise; a street-led item naming a department would dispatch to the wrong desk.
    for (const s of SUBCATEGORIES) {
      expect(s.departmentType === 'street', s.code).toBe(s.routing !== 'department_led');
    }
  });

  it('give each of the five 12345 request types exactly one subclass, under E13 only', () => {
    const withType = SUBCATEGORIES.filter((s) => s.hotlineType !== undefined);
    for (const s of withType) expect(s.classCode, s.code).toBe('E13');
    const counts = countBy(withType.map((s) => s.hotlineType).filter((t) => t !== undefined));
    const all: HotlineRequestType[] = ['consult', 'help', 'complaint', 'report', 'suggest'];
    for (const t of all) expect(counts.get(t), t).toBe(1);
    expect(withType.length).toBe(all.length);
  });

  it('treat an open manhole as urgent: 井盖缺失 within 2 working hours', () => {
    const cover = SUBCATEGORIES.find((s) => s.nameZh === '井盖缺失');
    expect(cover?.timeLimit).toEqual({ amount: 2, unit: 'calendar_hours' });
    expect(cover?.routing).toBe('department_led');
  });
});
