import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blindIndex } from './blind-index.js';
import { keyRingOf, loadKeyRing, newKey } from './key-ring.js';
import { seal, sealedKeyId, unseal } from './seal.js';

const ID = '110101199001011234';

describe('sealing personal data', () => {
  it('opens what it sealed, and the sealed text holds no digit run of the value', () => {
    const ring = keyRingOf(newKey());
    const sealed = seal(ring, 'id_number', ID);
    expect(sealed).not.toContain(ID.slice(0, 6));
    expect(sealed).not.toContain(ID.slice(-4));
    expect(unseal(ring, 'id_number', sealed)).toBe(ID);
  });

  it('seals the same value differently each time', () => {
    const ring = keyRingOf(newKey());
    expect(seal(ring, 'phone', '13800138000')).not.toBe(seal(ring, 'phone', '13800138000'));
  });

  it('refuses a tampered value, another field, and an unknown key', () => {
    const ring = keyRingOf(newKey());
    const sealed = seal(ring, 'id_number', ID);
    const parts = sealed.split('.');
    parts[3] = Buffer.from('x'.repeat(18)).toString('base64url');
    expect(() => unseal(ring, 'id_number', parts.join('.'))).toThrow();
    expect(() => unseal(ring, 'phone', sealed)).toThrow();
    expect(() => unseal(keyRingOf(newKey()), 'id_number', sealed)).toThrow(/not in NEEDLE_DATA_KEY/);
  });

  it('opens values of a retired key after rotation, and seals new ones under the new key', () => {
    const old = newKey();
    const before = seal(keyRingOf(old), 'phone', '13800138000');
    const rotated = keyRingOf(newKey(), [old]);
    expect(unseal(rotated, 'phone', before)).toBe('13800138000');
    expect(sealedKeyId(seal(rotated, 'phone', '1'))).toBe(rotated.current.id);
    expect(sealedKeyId(before)).not.toBe(rotated.current.id);
  });
});

describe('blind index', () => {
  it('matches the same value however it is typed, per field and per key', () => {
    const ring = keyRingOf(newKey());
    expect(blindIndex(ring, 'phone', '+86 138-0013-8000')).toBe(blindIndex(ring, 'phone', '13800138000'));
    expect(blindIndex(ring, 'id_number', '11010119900101123x')).toBe(
      blindIndex(ring, 'id_number', '11010119900101123X'),
    );
    expect(blindIndex(ring, 'phone', '13800138000')).not.toBe(blindIndex(ring, 'id_number', '13800138000'));
    expect(blindIndex(keyRingOf(newKey()), 'phone', '13800138000')).not.toBe(
      blindIndex(ring, 'phone', '13800138000'),
    );
  });
});

describe('loading the key', () => {
  it('makes a key file of its own, owner-only, on first start and reads it back after', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-key-'));
    const first = loadKeyRing({}, dir);
    expect(fs.statSync(path.join(dir, 'data.key')).mode & 0o777).toBe(0o600);
    expect(loadKeyRing({}, dir).current.id).toBe(first.current.id);
  });

  it('takes NEEDLE_DATA_KEY before the file, and the retired keys from NEEDLE_DATA_KEY_PREVIOUS', () => {
    const current = newKey().toString('hex');
    const previous = newKey();
    const ring = loadKeyRing(
      { NEEDLE_DATA_KEY: current, NEEDLE_DATA_KEY_PREVIOUS: previous.toString('base64') },
      '/nonexistent',
    );
    expect(ring.current.key.toString('hex')).toBe(current);
    expect(ring.byId.size).toBe(2);
  });

  it('refuses a key of the wrong length with a message saying how to make one', () => {
    expect(() => loadKeyRing({ NEEDLE_DATA_KEY: 'abc' }, '/nonexistent')).toThrow(/openssl rand -hex 32/);
  });
});
