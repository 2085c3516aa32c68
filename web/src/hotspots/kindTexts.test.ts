import { HOTSPOT_KINDS } from '@needle/contract';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';

// A recurrence counts closures that came back and a caller their calls, not a place's reports: each
// kind reads its figures in its own words, in both languages.
describe('a proposal’s figures in the words of its kind', () => {
  for (const [language, texts] of [
    ['zh-CN', zhCN],
    ['en', en],
  ] as const) {
    it(`${language}: every kind has its own figures and its own sentence`, () => {
      for (const kind of HOTSPOT_KINDS) {
        expect(texts.hotspots.figures[kind], kind).toMatch(/\{\{observed\}\}.*\{\{expected\}\}/);
        expect(texts.hotspots.detail.observed[kind], kind).toMatch(/\{\{observed\}\}.*\{\{expected\}\}/s);
      }
      expect(new Set(HOTSPOT_KINDS.map((k) => texts.hotspots.detail.observed[k])).size).toBe(
        HOTSPOT_KINDS.length,
      );
    });
  }
});
