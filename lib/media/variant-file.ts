import { CONTENT_TYPES, type VariantFormat } from './image-ref';
import { variantKey } from './storage/media-store';

/** `<32 hex>.<avif|webp|jpg>`, as variantUrl (image-ref.ts) writes it; anything else is no variant. */
const FILE = /^([0-9a-f]{32})\.(avif|webp|jpg)$/;

const FORMAT_OF: Record<string, VariantFormat> = { avif: 'avif', webp: 'webp', jpg: 'jpeg' };

export interface VariantFile {
  hash: string;
  format: VariantFormat;
  contentType: string;
  /** Where the bytes are in the media store. */
  key: string;
}

export function parseVariantFile(name: string): VariantFile | null {
  const match = FILE.exec(name);
  const [, hash, extension] = match ?? [];
  const format = extension ? FORMAT_OF[extension] : undefined;
  if (!hash || !extension || !format) return null;
  return { hash, format, contentType: CONTENT_TYPES[format], key: variantKey(hash, extension) };
}
