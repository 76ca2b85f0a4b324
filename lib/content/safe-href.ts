const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Longer hrefs are not links an editor typed; refusing them keeps pages and feeds small. */
const MAX_HREF_LENGTH = 2048;

// Browsers ignore ASCII controls and whitespace inside a scheme ("java\tscript:" runs), so
// they are removed before the scheme is judged. \s already covers Unicode spaces, line
// separators and the BOM; the zero-width characters are invisible but not "whitespace".
const IGNORED_CHARACTERS = /[\u0000-\u001F\u007F\s\u200B-\u200D\u2060]/g;

/**
 * The href to put in a link, or null when `raw` is not an absolute http(s) or mailto URL.
 *
 * Allowlisting schemes (rather than blocklisting javascript:, data:, …) means unknown
 * tricks fail closed. HTML entities are deliberately not decoded: the value is JSON, never
 * HTML, so "&#106;avascript:" is just a string without a valid scheme.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const candidate = raw.replace(IGNORED_CHARACTERS, '');
  if (candidate.length === 0 || candidate.length > MAX_HREF_LENGTH) return null;

  let url: URL;
  try {
    // No base URL: relative and protocol-relative ("//evil.example") input throws.
    url = new URL(candidate);
  } catch {
    return null;
  }

  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') {
    return url.pathname.length > 0 || url.search.length > 0 ? url.href : null;
  }
  if (url.hostname.length === 0) return null;
  // "https://trusted.example@evil.example" is a phishing pattern; no public link needs credentials.
  if (url.username.length > 0 || url.password.length > 0) return null;
  return url.href;
}
