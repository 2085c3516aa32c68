import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';

const { t, c } = useTestApp(['admin', 'dispatcher', 'courier']);

const put = (value: unknown, cookie = c.admin) => t.put('/api/settings/baseMap', cookie, { value });
const baseMap = async (cookie: string) => {
  const res = await t.get('/api/map/base-map', cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const amap = {
  kind: 'gcj02',
  url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
  subdomains: '1234',
  attribution: '© 高德地图',
};

describe('the base map', () => {
  it('is none until an admin chooses one', async () => {
    expect(await baseMap(c.courier)).toEqual({ kind: 'none' });
  });

  it('is chosen by the admin and read by every signed-in user, a courier too', async () => {
    const res = await put(amap);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().baseMap).toEqual(amap);
    expect(await baseMap(c.courier)).toEqual(amap);
    expect(await baseMap(c.dispatcher)).toEqual(amap);
    const tianditu = { kind: 'tianditu', key: '0123456789abcdef0123456789abcdef' };
    expect((await put(tianditu)).statusCode).toBe(200);
    expect(await baseMap(c.courier)).toEqual(tianditu);
    const osm = { kind: 'wgs84', url: 'http://tiles.example.cn/{z}/{x}/{y}.png' };
    expect((await put(osm)).statusCode).toBe(200);
    expect(await baseMap(c.dispatcher)).toEqual(osm);
  });

  it('is not for a sign-in-less visitor, and only an admin writes it', async () => {
    expect((await t.get('/api/map/base-map', undefined)).statusCode).toBe(401);
    expect((await put(amap, c.dispatcher)).statusCode).toBe(403);
  });

  it.each([
    ['a javascript: URL', { kind: 'wgs84', url: 'javascript:alert(1)//{z}{x}{y}' }],
    ['a file URL', { kind: 'wgs84', url: 'file:///tiles/{z}/{x}/{y}.png' }],
    ['a URL without {y}', { kind: 'wgs84', url: 'https://t.example.cn/{z}/{x}.png' }],
    ['an unknown placeholder', { kind: 'wgs84', url: 'https://t.example.cn/{z}/{x}/{y}{token}.png' }],
    ['{s} without subdomains', { kind: 'gcj02', url: 'https://t{s}.example.cn/{z}/{x}/{y}.png' }],
    ['not a URL', { kind: 'gcj02', url: 'tiles {z} {x} {y}' }],
    ['天地图 without its key', { kind: 'tianditu' }],
    ['a key with a space', { kind: 'tianditu', key: '0123456789 abcdef' }],
    ['an unknown kind', { kind: 'google', url: 'https://t.example.cn/{z}/{x}/{y}.png' }],
    ['a field of another kind', { kind: 'none', url: 'https://t.example.cn/{z}/{x}/{y}.png' }],
    ['text', 'https://t.example.cn/{z}/{x}/{y}.png'],
  ])('refuses %s with 400 SETTING_INVALID and keeps the old one', async (_, value) => {
    const before = await baseMap(c.dispatcher);
    const res = await put(value);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('SETTING_INVALID');
    expect(await baseMap(c.dispatcher)).toEqual(before);
  });
});
