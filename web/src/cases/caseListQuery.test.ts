import { describe, expect, it } from 'vitest';
import { readCaseListQuery, writeCaseListQuery } from './caseListQuery';

describe('the case list URL', () => {
  it('keeps the region and the unit a dashboard links with, in the names GET /api/cases takes', () => {
    const url = new URLSearchParams({
      regionCode: '220104004001',
      departmentId: '2b1c3d4e-5f60-4172-8394-a5b6c7d8e9f0',
      unitRegionCode: '220104004000',
      status: 'closed',
    });
    const query = readCaseListQuery(url);
    expect(query).toMatchObject({
      regionCode: '220104004001',
      departmentId: '2b1c3d4e-5f60-4172-8394-a5b6c7d8e9f0',
      unitRegionCode: '220104004000',
      status: ['closed'],
    });
    const written = writeCaseListQuery(query);
    expect(written.get('regionCode')).toBe('220104004001');
    expect(written.get('departmentId')).toBe('2b1c3d4e-5f60-4172-8394-a5b6c7d8e9f0');
    expect(written.get('unitRegionCode')).toBe('220104004000');
  });

  it('takes a grid code as the region, and drops what the API would refuse', () => {
    expect(readCaseListQuery(new URLSearchParams({ regionCode: '220104004001001' })).regionCode).toBe(
      '220104004001001',
    );
    const bad = readCaseListQuery(
      new URLSearchParams({
        regionCode: '2201',
        departmentId: 'chengguan',
        unitRegionCode: '220104004001001',
      }),
    );
    expect(bad).toMatchObject({ regionCode: undefined, departmentId: undefined, unitRegionCode: undefined });
  });
});
