import { z } from 'zod';

/*
 * Characters no stored text should hold. Postgres rejects NUL in a text or jsonb value
 * ("invalid byte sequence" / "unsupported Unicode escape sequence"), so one pasted NUL made
 * a whole save fail; the other C0 controls, DEL, U+FFFE/U+FFFF and lone surrogates (half an
 * emoji) are invisible or invalid in HTML and XML feeds. Tab and newline are kept.
 */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripControls(value: string): string {
  return value.replace(CONTROLS, '');
}

/** Strings anywhere inside a JSON value (rich-text attrs), controls stripped; keys kept. */
export function stripControlsDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripControls(value);
  if (Array.isArray(value)) return value.map(stripControlsDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, stripControlsDeep(inner)]));
  }
  return value;
}

/** `z.string()` whose value has its controls stripped before any later check (trim, min, max). */
export const cleanString = () => z.string().overwrite(stripControls);
