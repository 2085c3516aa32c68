import { describe, expect, it } from 'vitest';
import { communityMismatch, communityNamedIn, typedCommunity } from './communityMismatch';

const yihe = { code: '220104004001', name: '义和社区' };
const xinghua = { code: '220104004003', name: '杏花村社区' };
const communities = [yihe, xinghua];

describe('the community a typed address names', () => {
  it('is a community named in full, not one whose short name starts a road', () => {
    expect(communityNamedIn('杏花村社区3号楼', communities)).toEqual(xinghua);
    expect(communityNamedIn('义和路88号', communities)).toBeNull();
  });

  it('is the chosen match’s while the text still holds it, and a named one over it', () => {
    const picked = { text: '义和路88号', community: yihe };
    expect(typedCommunity('义和路88号2单元', picked, communities)).toEqual(yihe);
    expect(typedCommunity('义和路88号 杏花村社区', picked, communities)).toEqual(xinghua);
    expect(typedCommunity('西安大路5号', picked, communities)).toBeNull();
    expect(typedCommunity('义和路88号', null, communities)).toBeNull();
  });
});

describe('a mismatch between the address and the pin', () => {
  it('is only when both are known and differ', () => {
    expect(communityMismatch(yihe, xinghua)).toEqual({ typed: yihe, pinned: xinghua });
    expect(communityMismatch(yihe, yihe)).toBeNull();
    expect(communityMismatch(null, xinghua)).toBeNull();
    expect(communityMismatch(yihe, null)).toBeNull();
  });
});
