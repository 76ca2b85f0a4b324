import { describe, expect, it } from 'vitest';
import { ByteLru } from './variant-cache';
import { parseVariantFile } from './variant-file';

describe('ByteLru', () => {
  it('keeps at most its byte budget, dropping the least recently used first', () => {
    const cache = new ByteLru(10);
    cache.set('a', new Uint8Array(4));
    cache.set('b', new Uint8Array(4));
    cache.get('a'); // a is now the most recent
    cache.set('c', new Uint8Array(4));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.bytes).toBe(8);
  });

  it('does not keep an entry larger than the whole budget', () => {
    const cache = new ByteLru(10);
    cache.set('big', new Uint8Array(11));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
});

describe('parseVariantFile', () => {
  const hash = '0123456789abcdef0123456789abcdef';

  it('maps a variant URL name to its type and storage key', () => {
    expect(parseVariantFile(`${hash}.avif`)).toEqual({ hash, format: 'avif', contentType: 'image/avif', key: `v/${hash}.avif` });
    expect(parseVariantFile(`${hash}.jpg`)).toMatchObject({ format: 'jpeg', contentType: 'image/jpeg', key: `v/${hash}.jpg` });
  });

  it('refuses anything else: other extensions, uppercase, paths, short hashes', () => {
    for (const name of [`${hash}.html`, `${hash}.svg`, `${hash.toUpperCase()}.webp`, `../${hash}.webp`, `${hash.slice(1)}.webp`, `${hash}.webp.html`, '']) {
      expect(parseVariantFile(name), name).toBeNull();
    }
  });
});
