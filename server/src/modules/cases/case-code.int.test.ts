import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { pointIn, report } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { createdBody } from '../../test/test-app.js';

const { t, c } = useTestApp(['resident', 'courier', 'admin']);

const sequenceOf = (code: string) => Number(code.split('-')[2]);

describe('case codes', () => {
  it('stay unique per street and day, with no gaps, under a burst of reports into one street', async () => {
    const at = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 2));
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        report(t, i % 2 ? c.resident : c.courier, { categoryCode: 'E0550', description: `井盖 ${i}`, ...at }),
      ),
    );
    const codes = burst.map((r) => createdBody(r).case.code as string);
    expect(new Set(codes).size).toBe(60);
    for (const code of codes) expect(code).toMatch(/^220104004-\d{8}-\d{4}$/);
    const numbers = codes.map(sequenceOf).sort((a, b) => a - b);
    // Every intake succeeded, so every number taken is used: consecutive from the street's first of the day.
    const first = numbers[0] ?? 0;
    expect(numbers).toEqual(numbers.map((_, i) => first + i));
  });

  it('takes no number for a retry whose first submission has been answered', async () => {
    const at = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 2));
    const key = randomUUID();
    const body = { categoryCode: 'E0550', description: '井盖又丢了', ...at };
    const first = createdBody(await report(t, c.resident, body, key)).case.code as string;
    const retry = await report(t, c.resident, body, key);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().case.code).toBe(first);
    const next = createdBody(await report(t, c.resident, { ...body, description: '另一处井盖' })).case.code;
    expect(sequenceOf(next)).toBe(sequenceOf(first) + 1);
  });
});
