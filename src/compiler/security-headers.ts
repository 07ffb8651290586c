/**
 * The security headers the site is served with, written once: `vite preview` (and so `npm start`)
 * sends them, and the build writes them into the files static hosts read (`_headers`, `.htaccess`)
 * and, as far as a `<meta>` can carry them, into the HTML for hosts that take no header files.
 * README's "Deploying" section says which host reads what.
 */

/**
 * The Content Security Policy, directive by directive. The app is one origin's scripts, styles and
 * data; posts are scraped from the internet, so whatever slips past the sanitizer must still run
 * nothing, load nothing from elsewhere and send nothing anywhere.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  // Everything not listed below is refused.
  ['default-src', "'none'"],
  // Only the built bundles: no inline script, no eval, no other host.
  ['script-src', "'self'"],
  // The built stylesheet. React writes `style={...}` through the CSSOM, which a policy does not
  // govern, so no 'unsafe-inline' is needed; a `style` attribute in a post's HTML would be refused.
  ['style-src', "'self'"],
  // Post images load only when the reader asks (`data-src` until then), from any https host; `data:`
  // is the favicon, which index.html carries inline. No http: a page served over https would block it.
  ['img-src', "'self' data: https:"],
  // The data files and search shards.
  ['connect-src', "'self'"],
  // No `<base>` can redirect the app's relative URLs, no plugin content, no framing by other sites.
  ['base-uri', "'none'"],
  ['object-src', "'none'"],
  ['frame-ancestors', "'none'"],
  // The search form is handled in the page; without JavaScript it would submit to the app itself.
  ['form-action', "'self'"],
];

// A policy in a <meta> element cannot say frame-ancestors; browsers ignore it there with a warning.
const HEADER_ONLY = new Set(['frame-ancestors']);

function policy(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy as the `Content-Security-Policy` header sends it. */
export const CONTENT_SECURITY_POLICY = policy(CSP_DIRECTIVES);

/** The policy for `<meta http-equiv="Content-Security-Policy">`: the header's, less what a meta cannot carry. */
export const META_CONTENT_SECURITY_POLICY = policy(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));

/** Every header the site is served with, by name. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Data files are JSON and must never be read as HTML or script, whatever a host guesses.
  'X-Content-Type-Options': 'nosniff',
  // Links to sources and images must not tell other hosts what an analyst was reading.
  'Referrer-Policy': 'no-referrer',
  // frame-ancestors for browsers that predate it.
  'X-Frame-Options': 'DENY',
  // A page this site opens cannot reach back into it through window.opener.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * The Atom feeds' content type, as hosts are told it (docs/export-formats.md#atom). Most know `.atom`
 * already; saying it keeps a host that does not from sending the feeds as a download or as text,
 * which `nosniff` would then hold it to.
 */
export const FEED_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * `_headers`, read by Netlify and Cloudflare Pages: the headers on every path, and the feeds' type.
 * `base` is the site's base path (`/` or `/sitrep/`).
 */
export function netlifyHeadersFile(base = '/'): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers for Netlify and Cloudflare Pages; written by the build (src/compiler/security-headers.ts).',
    '/*',
    ...lines,
    `${base}data/feeds/*`,
    `  Content-Type: ${FEED_CONTENT_TYPE}`,
    '',
  ].join('\n');
}

/**
 * `.htaccess`, read by Apache (most shared hosting): the headers, and `404.html` for unknown paths
 * so deep links reach the app. `base` is the site's base path (`/` or `/sitrep/`).
 */
export function htaccessFile(base: string): string {
  // Apache reads a double-quoted value; the policy holds single quotes only.
  const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  Header always set ${name} "${value}"`);
  return [
    '# Security headers and deep links for Apache; written by the build (src/compiler/security-headers.ts).',
    `ErrorDocument 404 ${base}404.html`,
    '<IfModule mod_headers.c>',
    ...headers,
    '</IfModule>',
    '<IfModule mod_mime.c>',
    '  AddType application/atom+xml .atom',
    '  AddCharset utf-8 .atom',
    '</IfModule>',
    '',
  ].join('\n');
}

/** Puts the meta policy first in `<head>`, after the charset, so it governs every element after it. */
export function withMetaPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
  }
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`);
}
