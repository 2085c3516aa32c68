import { describe, expect, it } from 'vitest';
import { readHotspotListQuery, writeHotspotListQuery } from './hotspotListQuery';

describe('the proposals list in the URL', () => {
  it('keeps the filters and the page under the API’s names', () => {
    const query = readHotspotListQuery(new URLSearchParams('status=open&kind=cluster&page=2&pageSize=50'));
    expect(query).toEqual({ status: 'open', kind: 'cluster', page: 2, pageSize: 50 });
    expect(writeHotspotListQuery(query).toString()).toBe('status=open&kind=cluster&page=2&pageSize=50');
  });

  it('falls back to the whole list for values the server would refuse', () => {
    expect(readHotspotListQuery(new URLSearchParams('status=maybe&kind=x&page=0&pageSize=7'))).toEqual({
      status: undefined,
      kind: undefined,
      page: 1,
      pageSize: 20,
    });
  });
});
