import type { Me, RegionTreeNode, ShopItem } from '@needle/contract';
import { describe, expect, it } from 'vitest';
import {
  itemPatch,
  keepsShop,
  normalizePickupCode,
  pickupCodeLooksValid,
  pointsShort,
  redeemBlock,
  shopRegions,
} from './shopRules';

const item: ShopItem = {
  id: '00000000-0000-4000-8000-000000000001',
  regionCode: '220104004001',
  regionName: '一社区',
  partnerUnitId: '00000000-0000-4000-8000-000000000002',
  partnerUnitName: '便民超市',
  name: '洗衣液',
  description: '',
  points: 50,
  stock: 3,
  active: true,
};

describe('redeemBlock', () => {
  it('lets a resident redeem when the balance covers the price exactly', () => {
    expect(redeemBlock(item, 50)).toBeNull();
    expect(redeemBlock(item, 80)).toBeNull();
  });
  it('refuses when the balance is one short', () => {
    expect(redeemBlock(item, 49)).toBe('short');
    expect(pointsShort(item, 49)).toBe(1);
    expect(pointsShort(item, 80)).toBe(0);
  });
  it('names out of stock first, whatever the balance', () => {
    expect(redeemBlock({ ...item, stock: 0 }, 1000)).toBe('out_of_stock');
    expect(redeemBlock({ ...item, stock: 0 }, 0)).toBe('out_of_stock');
  });
  it('waits for the balance before offering the button', () => {
    expect(redeemBlock(item, undefined)).toBe('unknown_balance');
  });
});

describe('keepsShop', () => {
  const me = (roles: Me['roles'], jurisdiction: Me['jurisdiction']): Me => ({
    id: 'u',
    username: 'u',
    displayName: 'u',
    roles,
    permissions: [],
    jurisdiction,
    phone: null,
    company: null,
  });
  const street = { kind: 'region', code: '220104004', level: 'street', name: '街道' } as const;
  it('is community and street staff and the administrator', () => {
    expect(keepsShop(me(['street_staff'], street))).toBe(true);
    expect(keepsShop(me(['community_staff'], street))).toBe(true);
    expect(keepsShop(me(['admin'], { kind: 'everywhere', name: '全市' }))).toBe(true);
  });
  it('is not residents, grid workers nor staff of a department', () => {
    expect(keepsShop(me(['resident'], street))).toBe(false);
    expect(keepsShop(me(['grid_worker'], street))).toBe(false);
    const department = { kind: 'department', departmentId: 'd', name: '城管', regionCode: '220104' } as const;
    expect(keepsShop(me(['street_staff'], department))).toBe(false);
  });
});

describe('pickup codes', () => {
  it('drops spaces and dashes and reads lower case as upper', () => {
    expect(normalizePickupCode(' k7px-3m9q ')).toBe('K7PX3M9Q');
    expect(pickupCodeLooksValid('K7PX3M9Q')).toBe(true);
  });
  it('refuses what the server would refuse', () => {
    expect(pickupCodeLooksValid('')).toBe(false);
    expect(pickupCodeLooksValid('K7P')).toBe(false);
    expect(pickupCodeLooksValid('K7PX3M9Q!')).toBe(false);
    expect(pickupCodeLooksValid('A'.repeat(17))).toBe(false);
  });
});

describe('shopRegions', () => {
  const node = (
    code: string,
    level: RegionTreeNode['level'],
    name: string,
    children: RegionTreeNode[] = [],
  ) => ({
    code,
    level,
    name,
    children,
  });
  it('lists each street before its communities, never the district nor the grids', () => {
    const tree = node('220104', 'district', '区', [
      node('220104004', 'street', '甲街道', [
        node('220104004001', 'community', '一社区', [node('220104004001001', 'grid', '一网格')]),
      ]),
      node('220104005', 'street', '乙街道', [node('220104005001', 'community', '一社区')]),
    ]);
    expect(shopRegions(tree)).toEqual([
      { code: '220104004', label: '甲街道' },
      { code: '220104004001', label: '甲街道 / 一社区' },
      { code: '220104005', label: '乙街道' },
      { code: '220104005001', label: '乙街道 / 一社区' },
    ]);
  });
  it('is the community alone for its own staff', () => {
    expect(shopRegions(node('220104004001', 'community', '一社区'))).toEqual([
      { code: '220104004001', label: '一社区' },
    ]);
    expect(shopRegions(undefined)).toEqual([]);
  });
});

describe('itemPatch', () => {
  const values = { name: '洗衣液', description: '', points: 50, stock: 3, active: true };
  it('is nothing when nothing changed (spaces around the name do not count)', () => {
    expect(itemPatch(item, { ...values, name: ' 洗衣液 ' })).toBeUndefined();
  });
  it('holds only the changed fields', () => {
    expect(itemPatch(item, { ...values, stock: 30, active: false })).toEqual({ stock: 30, active: false });
    expect(itemPatch(item, { ...values, name: '肥皂 ', points: 20 })).toEqual({ name: '肥皂', points: 20 });
  });
});
