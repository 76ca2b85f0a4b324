/*
 * Recently served variants, in memory. A variant's bytes never change under its URL (the
 * name is their hash), so a cached copy can't go stale; what a CDN would do, one instance
 * does here for the popular pictures of the day, sparing the database a bytea read per
 * request. Bounded by bytes; least recently used goes first. A deleted picture may be served
 * from here until it falls out — as it would be from every browser and CDN that kept it.
 */

// A CDN or the browser keeps the rest (a year, immutable); this spares the database the day's popular few.
export const VARIANT_CACHE_MAX_BYTES = 16 * 1024 * 1024;
/** Larger objects aren't kept: one would push out hundreds of thumbnails. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

export class ByteLru {
  private readonly entries = new Map<string, Uint8Array>();
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Uint8Array | undefined {
    const value = this.entries.get(key);
    if (value) {
      // Re-insert: Map keeps insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: Uint8Array): void {
    if (value.byteLength > Math.min(MAX_ENTRY_BYTES, this.maxBytes)) return;
    const existing = this.entries.get(key);
    if (existing) {
      this.size -= existing.byteLength;
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.size += value.byteLength;
    for (const [oldest, bytes] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= bytes.byteLength;
    }
  }

  delete(key: string): void {
    const existing = this.entries.get(key);
    if (!existing) return;
    this.size -= existing.byteLength;
    this.entries.delete(key);
  }

  get bytes(): number {
    return this.size;
  }
}

const globalCache = globalThis as typeof globalThis & { __newsdeskVariantCache?: ByteLru };

/** One per process (dev reloads would otherwise start a new one each time). */
export function variantCache(): ByteLru {
  globalCache.__newsdeskVariantCache ??= new ByteLru(VARIANT_CACHE_MAX_BYTES);
  return globalCache.__newsdeskVariantCache;
}
