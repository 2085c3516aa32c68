import { describe, expect, it } from 'vitest';
import { publicText } from '../../lib/privacy/public-text.js';
import { parseXml, recordOf } from '../../test/xml-parser.js';
import { CASE_ACTIONS } from '../cases/lifecycle/case-action.js';
import { CASE_STATUSES } from '../cases/lifecycle/case-status.js';
import type { CategoryAttributeRow } from '../categories/category-attributes.js';
import { answerAttributes } from './attribute-answers.js';
import { list, renderJson } from './document.js';
import { fieldsFromPairs } from './form-fields.js';
import { Open311Error } from './open311-errors.js';
import { chinaIso, parseIso8601 } from './open311-time.js';
import { windowOf } from './query-window.js';
import {
  LIFECYCLE_STEPS_OF,
  requestStatusOf,
  UPDATE_STATUS_OF,
  UPDATE_STATUSES,
  updateStatusOfEvent,
} from './status-mapping.js';
import { renderXml } from './xml-writer.js';

describe('the XML writer', () => {
  it('escapes markup, drops characters XML cannot carry, and a strict parser reads back the text', () => {
    const nasty = `井盖 <b>&amp;</b> "q" 'a' \u0000\u0007\uFFFE\uD800 end 😀`;
    const xml = renderXml({
      root: 'service_requests',
      body: list('request', [{ description: nasty, empty: null, n: 1.5, ok: true }]),
    });
    const request = parseXml(xml).children[0];
    if (typeof request === 'string' || !request) throw new Error('no request');
    expect(recordOf(request)).toEqual({
      description: `井盖 <b>&amp;</b> "q" 'a'  end 😀`,
      empty: '',
      n: '1.5',
      ok: 'true',
    });
  });

  it('names list items and nests objects', () => {
    const xml = renderXml({
      root: 'discovery',
      body: { endpoints: list('endpoint', [{ formats: list('format', ['text/xml']) }]) },
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<discovery><endpoints><endpoint><formats><format>text/xml</format></formats></endpoint></endpoints></discovery>\n',
    );
    expect(parseXml(xml).name).toBe('discovery');
  });

  it('refuses an element name that is not one (a bug, never input)', () => {
    expect(() => renderXml({ root: 'a b', body: {} })).toThrow();
    expect(() => renderXml({ root: 'a', body: { '1x': 'y' } })).toThrow();
  });
});

describe('the JSON writer', () => {
  it('writes a single object bare and a list as an array, even of one, as the standard shows them', () => {
    expect(JSON.parse(renderJson({ root: 'service_definition', body: { service_code: 'E0550' } }))).toEqual({
      service_code: 'E0550',
    });
    expect(
      JSON.parse(renderJson({ root: 'service_requests', body: list('request', [{ token: 'abc' }]) })),
    ).toEqual([{ token: 'abc' }]);
    expect(
      JSON.parse(renderJson({ root: 'discovery', body: { endpoints: list('endpoint', [{ url: 'u' }]) } })),
    ).toEqual({ endpoints: [{ url: 'u' }] });
  });
});

describe('times', () => {
  it('leave in China time with +08:00', () => {
    expect(chinaIso(new Date('2026-05-01T16:30:05.123Z'))).toBe('2026-05-02T00:30:05+08:00');
  });

  it('are read from ISO 8601 with any offset, a bare date as China midnight, a "+" lost to form encoding', () => {
    const at = Date.parse('2026-05-01T00:00:00+08:00');
    expect(parseIso8601('2026-05-01T00:00:00+08:00')?.getTime()).toBe(at);
    expect(parseIso8601('2026-04-30T16:00:00Z')?.getTime()).toBe(at);
    expect(parseIso8601('2026-04-30T12:00:00-04:00')?.getTime()).toBe(at);
    expect(parseIso8601('2026-05-01')?.getTime()).toBe(at);
    expect(parseIso8601('2026-05-01T00:00:00 08:00')?.getTime()).toBe(at);
    expect(parseIso8601('2026-05-01T00:00:00.5+0800')?.getTime()).toBe(at + 500);
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-05-01T24:00:00Z',
      'yesterday',
      '2026-05-01T00:00:00+15:00',
      '',
    ]) {
      expect(parseIso8601(bad), bad).toBeNull();
    }
  });

  it('fill a window of 90 days at most, refusing a wider or backward one', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    const w = windowOf(new Map(), now);
    expect((w.end.getTime() - w.start.getTime()) / 86_400_000).toBe(90);
    const from = windowOf(fieldsFromPairs([['start_date', '2026-01-01T00:00:00Z']]), now);
    expect(from.end.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(() =>
      windowOf(
        fieldsFromPairs([
          ['start_date', '2026-02-01'],
          ['end_date', '2026-01-01'],
        ]),
        now,
      ),
    ).toThrow(Open311Error);
    expect(() =>
      windowOf(
        fieldsFromPairs([
          ['start_date', '2026-01-01'],
          ['end_date', '2026-04-02'],
        ]),
        now,
      ),
    ).toThrow(/90 days/);
  });
});

describe('the status mapping', () => {
  it('gives every Needle state an update status and an open/closed', () => {
    for (const s of CASE_STATUSES) {
      expect(UPDATE_STATUSES).toContain(UPDATE_STATUS_OF[s]);
      expect(['open', 'closed']).toContain(requestStatusOf(s));
    }
    expect(CASE_STATUSES.filter((s) => requestStatusOf(s) === 'closed')).toEqual([
      'closed',
      'rejected',
      'voided',
    ]);
  });

  it('maps every pushed status onto real lifecycle steps', () => {
    for (const s of UPDATE_STATUSES) for (const a of LIFECYCLE_STEPS_OF[s]) expect(CASE_ACTIONS).toContain(a);
    expect(LIFECYCLE_STEPS_OF.REOPEN).toEqual(['reopen']);
    expect(LIFECYCLE_STEPS_OF.DUPLICATE).toEqual([]);
  });

  it('reads a reopen, a duplicate link and a pushed status by their meaning', () => {
    expect(updateStatusOfEvent({ action: 'reopen', toStatus: 'filed', data: null })).toBe('REOPEN');
    expect(updateStatusOfEvent({ action: 'link_duplicate', toStatus: 'reported', data: null })).toBe(
      'DUPLICATE',
    );
    expect(
      updateStatusOfEvent({
        action: 'external_update',
        toStatus: 'reported',
        data: { open311Status: 'FIXED' },
      }),
    ).toBe('FIXED');
    expect(updateStatusOfEvent({ action: 'dispatch', toStatus: 'dispatched', data: null })).toBe(
      'ACTION_SCHEDULED',
    );
  });
});

describe('attribute answers', () => {
  const attr = (
    code: string,
    datatype: CategoryAttributeRow['datatype'],
    required = false,
    keys: string[] = [],
  ) =>
    ({
      categoryCode: 'X',
      code,
      datatype,
      required,
      descriptionZh: code,
      descriptionEn: code,
      order: 1,
      values: keys.map((key) => ({ key, nameZh: key, nameEn: key })),
    }) satisfies CategoryAttributeRow;
  const defs = [
    attr('kind', 'singlevaluelist', true, ['a', 'b']),
    attr('goods', 'multivaluelist', false, ['x', 'y']),
    attr('n', 'number'),
    attr('when', 'datetime'),
  ];

  it('reads each datatype', () => {
    const answers = answerAttributes(
      defs,
      fieldsFromPairs([
        ['attribute[kind]', 'a'],
        ['attribute[goods][]', 'x'],
        ['attribute[goods][]', 'y'],
        ['attribute[goods][]', 'x'],
        ['attribute[n]', '-2.5'],
        ['attribute[when]', '2026-05-01T12:00:00Z'],
      ]),
    );
    expect(answers).toEqual({ kind: 'a', goods: ['x', 'y'], n: -2.5, when: '2026-05-01T20:00:00+08:00' });
  });

  it('refuses what the definition does not allow', () => {
    const bad: [string, string][][] = [
      [],
      [['attribute[kind]', '']],
      [['attribute[kind]', 'c']],
      [
        ['attribute[kind]', 'a'],
        ['attribute[n]', '1e999'],
      ],
      [
        ['attribute[kind]', 'a'],
        ['attribute[n]', 'ten'],
      ],
      [
        ['attribute[kind]', 'a'],
        ['attribute[when]', 'noon'],
      ],
      [
        ['attribute[kind]', 'a'],
        ['attribute[goods][]', 'z'],
      ],
      [
        ['attribute[kind]', 'a'],
        ['attribute[other]', '1'],
      ],
    ];
    for (const pairs of bad)
      expect(() => answerAttributes(defs, fieldsFromPairs(pairs)), JSON.stringify(pairs)).toThrow(
        Open311Error,
      );
  });
});

describe('public text', () => {
  it('masks phone numbers, ID numbers and e-mail addresses typed into a description', () => {
    expect(publicText('请联系我13812345678或 zhang.san@example.com，身份证220104199001011234')).toBe(
      '请联系我138****5678或 z***@example.com，身份证220104***********4',
    );
    expect(publicText('井盖编号 3205080101000001')).toBe('井盖编号 3205080101000001');
  });
});
