// Security headers, in plain ESM: next.config.mjs (static headers for every response, cached
// public pages included, with no proxy run) and proxy.ts (the newsroom's nonce CSP) share it.
// README "Security headers" explains the two policies and why the public one allows inline
// scripts.

const PERMISSIONS_OFF = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** @param {string | undefined} siteUrl */
const isHttps = (siteUrl) => typeof siteUrl === 'string' && siteUrl.startsWith('https://');

/**
 * Directives both policies share. Images: logos may be any https:// address an admin gave
 * (lib/taxonomy), share images and media are ours. Styles: React and Next write inline
 * `style` attributes. `upgrade-insecure-requests` only on an https site.
 * @param {{ https: boolean }} options
 */
function commonDirectives({ https }) {
  return [
    "default-src 'self'",
    "img-src 'self' data: https:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
}

// React's development build evaluates code for its error overlay and call stacks.
const devEval = () => (process.env.NODE_ENV === 'production' ? '' : " 'unsafe-eval'");

/**
 * The readers' pages: prerendered and cached, so the HTML can't carry a per-request nonce,
 * and their inline `self.__next_f.push(…)` flight scripts differ per page and per release,
 * so no fixed list of hashes fits in a static header. Scripts come from this origin or are
 * Next's inline bootstrap; everything else (plugins, <base>, framing, form targets) is shut.
 * @param {string | undefined} siteUrl
 */
export function publicContentSecurityPolicy(siteUrl) {
  return [`script-src 'self' 'unsafe-inline'${devEval()}`, ...commonDirectives({ https: isHttps(siteUrl) })].join('; ');
}

/**
 * The newsroom (/admin, /signin), rendered per request: only scripts carrying this
 * request's nonce run, and what they load ('strict-dynamic'). Next reads the nonce from
 * the request's CSP header and stamps it on its own scripts.
 * @param {string} nonce
 * @param {string | undefined} siteUrl
 */
export function newsroomContentSecurityPolicy(nonce, siteUrl) {
  return [`script-src 'nonce-${nonce}' 'strict-dynamic'${devEval()}`, ...commonDirectives({ https: isHttps(siteUrl) })].join('; ');
}

/**
 * Headers for every response. HSTS only when the site is served over https: SITE_URL is
 * read at build, as the prerendered pages' canonical links already require.
 * @param {string | undefined} siteUrl
 * @returns {{ key: string; value: string }[]}
 */
export function baseSecurityHeaders(siteUrl) {
  return [
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_OFF.map((feature) => `${feature}=()`).join(', ') },
    ...(isHttps(siteUrl) ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}

/**
 * The newsroom's pages (/admin, /signin) open in a browsing context group of their own: no
 * page that opened one, or that one opened, keeps a handle on a signed-in editor's window.
 * Readers' pages don't send it. They hold nothing of anyone's (one cached page for everyone),
 * and a document with this header cannot take over the renderer it was navigated from (a new
 * tab, a search result): Chrome starts it a process of its own first. Measured with
 * Lighthouse on an article, the lead image was asked for 188–257 ms after navigation with it
 * and 80–101 ms without.
 */
const NEWSROOM_ONLY = [{ key: 'Cross-Origin-Opener-Policy', value: 'same-origin' }];

/**
 * next.config `headers()`: the base headers everywhere, the opener policy on the newsroom,
 * the public CSP everywhere except the newsroom, whose nonce policy proxy.ts sets per request
 * (two CSP headers would both apply), and the media files under /media/, which send their
 * own `sandbox` policy (a rule here would replace it).
 * @param {string | undefined} siteUrl
 */
export function securityHeaderRules(siteUrl) {
  return [
    { source: '/:path*', headers: baseSecurityHeaders(siteUrl) },
    { source: '/admin/:path*', headers: NEWSROOM_ONLY },
    { source: '/signin', headers: NEWSROOM_ONLY },
    {
      source: '/((?!admin(?:/|$)|signin(?:/|$)|media/).*)',
      headers: [{ key: 'Content-Security-Policy', value: publicContentSecurityPolicy(siteUrl) }],
    },
  ];
}
