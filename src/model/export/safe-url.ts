/**
 * Links that leave Sitrep in an export (STIX external references, Atom links) are http(s) only:
 * front matter and feeds are written by strangers, and a `javascript:`, `data:` or `ms-msdt:` link
 * must not reach an analyst's tools. The compiler checks front matter links with this at build time
 * too; exports do not count on it.
 */

/** The absolute http(s) URL in `text`, normalised (`new URL(text).href`), or null for anything else. */
export function httpUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
