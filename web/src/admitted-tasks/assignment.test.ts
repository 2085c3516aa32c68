import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toAssignment } from './assignment';

describe('the send form’s request', () => {
  it('sends a task of the admitted list under its entry, its title left to the entry', () => {
    expect(
      toAssignment({ source: 'list', admittedTaskId: 'e1', title: '  ', regionCode: '220104004001' }),
    ).toEqual({ regionCode: '220104004001', admittedTaskId: 'e1' });
  });

  it('sends a task written out with its funding only when the funding was recorded', () => {
    const written = {
      source: 'other' as const,
      admittedTaskId: 'e1',
      title: ' 油烟排查 ',
      regionCode: '220104004000',
      dueDate: dayjs('2026-12-31'),
      amountYuan: 20000,
      fundingSource: ' 朝财〔2026〕15号 ',
    };
    // Off the list the entry once picked is not sent, and without the switch no funding goes.
    expect(toAssignment(written)).toEqual({
      regionCode: '220104004000',
      title: '油烟排查',
      dueDate: '2026-12-31',
    });
    expect(toAssignment({ ...written, funded: true })).toEqual({
      regionCode: '220104004000',
      title: '油烟排查',
      dueDate: '2026-12-31',
      funding: { amountYuan: 20000, source: '朝财〔2026〕15号' },
    });
  });

  it('names the sending department only when the administrator picked one', () => {
    expect(toAssignment({ source: 'other', title: 'x', regionCode: 'c', departmentId: 'd1' })).toMatchObject({
      departmentId: 'd1',
    });
    expect(toAssignment({ source: 'other', title: 'x', regionCode: 'c' })).not.toHaveProperty('departmentId');
  });
});
