import { describe, expect, it } from 'vitest';
import { routeCase } from './routing.js';

const departments = [
  { id: 'city-water', type: 'water', regionCode: '220100000000' },
  { id: 'district-water', type: 'water', regionCode: '220104000000' },
  { id: 'district-chengguan', type: 'chengguan', regionCode: '220104000000' },
  { id: 'other-district-market', type: 'market', regionCode: '220102000000' },
];
const place = { streetCode: '220104004000', regionCode: '220104004001003' };
const street = { kind: 'region', regionCode: '220104004000' };

describe('routing by the responsibility list', () => {
  it('department-led goes to the narrowest department of the type serving the place, the street assisting', () => {
    expect(
      routeCase({ routing: 'department_led', departmentType: 'water' }, place, departments),
    ).toMatchObject({
      unit: { kind: 'department', departmentId: 'district-water' },
      assist: [street],
    });
  });

  it('department-led with no department of the type serving the place falls to the street (属地兜底)', () => {
    const routed = routeCase({ routing: 'department_led', departmentType: 'market' }, place, departments);
    expect(routed.unit).toEqual(street);
    expect(routed.reason).toMatch(/answers for it/);
  });

  it('street-led goes to the street office, the department assisting', () => {
    expect(routeCase({ routing: 'street_led', departmentType: 'chengguan' }, place, departments)).toEqual({
      unit: street,
      assist: [{ kind: 'department', departmentId: 'district-chengguan' }],
      reason: 'street-led, departments assisting',
    });
  });

  it('street-whistles goes to the street office, which whistles the departments', () => {
    const routed = routeCase({ routing: 'street_whistles', departmentType: 'water' }, place, departments);
    expect(routed.unit).toEqual(street);
    expect(routed.assist).toEqual([{ kind: 'department', departmentId: 'district-water' }]);
  });

  it('a category led by the street itself has no department to assist', () => {
    expect(routeCase({ routing: 'street_led', departmentType: 'street' }, place, departments)).toMatchObject({
      unit: street,
      assist: [],
    });
  });
});
