import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { type EvaluationValues, toEvaluationInput, yuanOf } from './evaluationForm';

const values: EvaluationValues = {
  subject: ' 老年食堂运营方比价 ',
  mode: 'score',
  offers: [
    { name: ' 幸福餐饮 ', priceYuan: 12.5, priceUnit: '元/餐', description: ' 两荤两素 ' },
    { name: '邻里食堂', priceYuan: 10, priceUnit: ' ' },
  ],
  criteria: [
    { name: '价格', weight: 40 },
    { name: ' 质量 ', weight: 60 },
  ],
  opensAt: dayjs('2026-12-01T08:00:00Z'),
  closesAt: dayjs('2026-12-15T10:00:00Z'),
};

describe('the create form’s request', () => {
  it('puts prices in fen, trims what was typed and keeps the criteria to score', () => {
    expect(toEvaluationInput(values)).toEqual({
      subject: '老年食堂运营方比价',
      mode: 'score',
      offers: [
        { name: '幸福餐饮', priceFen: 1250, priceUnit: '元/餐', description: '两荤两素' },
        { name: '邻里食堂', priceFen: 1000 },
      ],
      criteria: [
        { name: '价格', weight: 40 },
        { name: '质量', weight: 60 },
      ],
      opensAt: '2026-12-01T08:00:00.000Z',
      closesAt: '2026-12-15T10:00:00.000Z',
    });
  });

  it('rounds a price typed with fractions of a fen', () => {
    expect(
      toEvaluationInput({ ...values, offers: [{ name: 'a', priceYuan: 0.1 + 0.2 }] }).offers[0]?.priceFen,
    ).toBe(30);
  });

  it('sends no criteria to vote, whatever the form still holds', () => {
    const input = toEvaluationInput({ ...values, mode: 'vote', regionCode: '220104004001' });
    expect(input).not.toHaveProperty('criteria');
    expect(input.regionCode).toBe('220104004001');
  });

  it('shows a price in yuan with its cents only when it has them', () => {
    expect(yuanOf(1200)).toBe('12');
    expect(yuanOf(1250)).toBe('12.50');
  });
});
