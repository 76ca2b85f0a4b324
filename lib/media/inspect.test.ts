import { describe, expect, it } from 'vitest';
import { checkSize, looksLikeSvg, sniffFormat } from './inspect';
import { IMAGE_MAX_BYTES } from './limits';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('sniffFormat', () => {
  it('knows the accepted formats by their first bytes', () => {
    expect(sniffFormat(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFormat(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffFormat(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('webp');
    expect(sniffFormat(bytes('GIF89a'))).toBe('gif');
    expect(sniffFormat(bytes([0, 0, 0, 0x1c], 'ftypavif'))).toBe('avif');
    expect(sniffFormat(bytes([0, 0, 0, 0x18], 'ftypheic'))).toBe('heic');
  });

  it('knows nothing else', () => {
    expect(sniffFormat(bytes('<!doctype html>'))).toBeNull();
    expect(sniffFormat(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffFormat(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffFormat(new Uint8Array(0))).toBeNull();
  });
});

describe('looksLikeSvg', () => {
  it('spots SVG with or without an XML declaration, BOM, comments or doctype', () => {
    expect(looksLikeSvg(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe(true);
    expect(looksLikeSvg(bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE svg>\n<svg>'))).toBe(true);
    expect(looksLikeSvg(bytes('<!doctype html><p>hi</p>'))).toBe(false);
  });
});

describe('checkSize', () => {
  it('refuses empty and over-limit files by their size alone', () => {
    expect(checkSize(0)?.code).toBe('empty');
    expect(checkSize(IMAGE_MAX_BYTES)).toBeNull();
    expect(checkSize(IMAGE_MAX_BYTES + 1)).toMatchObject({ code: 'too_large', message: expect.stringContaining('at most 20 MB') });
  });
});
