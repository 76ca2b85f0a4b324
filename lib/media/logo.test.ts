import { describe, expect, it } from 'vitest';
import { checkLogo, LOGO_MAX_BYTES, sniffImageType } from './logo';
import { file, HTML, JPEG_HEAD, PNG_1PX, SVG, WEBP_HEAD } from './test-images';

describe('sniffImageType', () => {
  it('recognises PNG, JPEG and WebP by their first bytes', () => {
    expect(sniffImageType(PNG_1PX)).toBe('image/png');
    expect(sniffImageType(JPEG_HEAD)).toBe('image/jpeg');
    expect(sniffImageType(WEBP_HEAD)).toBe('image/webp');
  });

  it('recognises nothing else', () => {
    expect(sniffImageType(SVG)).toBeNull();
    expect(sniffImageType(HTML)).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
    // A PNG signature alone, without the IHDR chunk that must follow it.
    expect(sniffImageType(PNG_1PX.slice(0, 8))).toBeNull();
    // A RIFF file that is audio, not WebP.
    expect(sniffImageType(Uint8Array.from([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WAVEfmt ')]))).toBeNull();
  });
});

describe('checkLogo', () => {
  it('accepts a real PNG and reports its type', async () => {
    const result = await checkLogo(file(PNG_1PX, 'image/png'));
    expect(result).toMatchObject({ ok: true, contentType: 'image/png' });
    if (result.ok) expect(result.bytes).toEqual(PNG_1PX);
  });

  it('accepts JPEG and WebP, and files whose browser type is unknown', async () => {
    expect(await checkLogo(file(JPEG_HEAD, 'image/jpeg', 'logo.jpg'))).toMatchObject({ ok: true, contentType: 'image/jpeg' });
    expect(await checkLogo(file(WEBP_HEAD, '', 'logo.webp'))).toMatchObject({ ok: true, contentType: 'image/webp' });
    expect(await checkLogo(file(PNG_1PX, 'application/octet-stream'))).toMatchObject({ ok: true, contentType: 'image/png' });
  });

  it('stores a PNG named .jpg as the PNG it is', async () => {
    expect(await checkLogo(file(PNG_1PX, 'image/jpeg', 'logo.jpg'))).toMatchObject({ ok: true, contentType: 'image/png' });
  });

  it('refuses an SVG or HTML file that claims to be a PNG', async () => {
    for (const impostor of [SVG, HTML]) {
      const result = await checkLogo(file(impostor, 'image/png'));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/isn’t a PNG, JPEG or WebP/);
    }
  });

  it('refuses SVG even when it says so honestly', async () => {
    const result = await checkLogo(file(SVG, 'image/svg+xml', 'logo.svg'));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/SVG isn’t accepted/) });
  });

  it('refuses a real image sent with another type', async () => {
    expect((await checkLogo(file(PNG_1PX, 'text/html'))).ok).toBe(false);
  });

  it('allows exactly 512 KB and refuses one byte more', async () => {
    const padded = (size: number) => {
      const bytes = new Uint8Array(size);
      bytes.set(PNG_1PX);
      return file(bytes, 'image/png');
    };
    expect((await checkLogo(padded(LOGO_MAX_BYTES))).ok).toBe(true);
    const tooBig = await checkLogo(padded(LOGO_MAX_BYTES + 1));
    expect(tooBig).toEqual({ ok: false, message: 'The logo must be at most 512 KB; this file is 513 KB.' });
  });

  it('refuses an empty file', async () => {
    expect(await checkLogo(file(new Uint8Array(), 'image/png'))).toEqual({ ok: false, message: 'That file is empty.' });
  });
});
