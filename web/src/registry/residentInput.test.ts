import { describe, expect, it } from 'vitest';
import { residentInput } from './residentInput';

describe('a resident as the form sends it', () => {
  it('leaves blank fields out, so the server keeps no empty ID number or phone', () => {
    expect(
      residentInput({ name: ' 李桂兰 ', relation: ' ', idNumber: '', phone: '  ', careTags: [] }),
    ).toEqual({
      name: '李桂兰',
    });
  });

  it('spells an ID number with a capital X and a phone without spaces or dashes', () => {
    expect(
      residentInput({
        name: '王秀兰',
        relation: '户主',
        birthYear: 1941,
        idNumber: '22010419410506122x',
        phone: '139 0000-5678',
        careTags: ['living_alone'],
      }),
    ).toEqual({
      name: '王秀兰',
      relation: '户主',
      birthYear: 1941,
      idNumber: '22010419410506122X',
      phone: '13900005678',
      careTags: ['living_alone'],
    });
  });
});
