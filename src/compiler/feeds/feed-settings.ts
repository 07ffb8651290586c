/**
 * What the feeds need to know about the deployment (docs/export-formats.md#atom): the site's address,
 * for absolute links, and who mints the entry ids. Read from SITE_URL and FEED_TAG_AUTHORITY, or the
 * command line's options, and checked once, before anything is compiled.
 */
import { tagUri } from '../../model/export/atom.ts';

/** Entries per feed: the newest posts of its view. */
export const FEED_ENTRIES = 50;

/**
 * The date in the tag authority Sitrep derives from SITE_URL's host (`intel.example.org,2026`): the
 * year these ids were first minted. RFC 4151 asks for a day the minter held the name, so a site on a
 * domain first held later sets FEED_TAG_AUTHORITY itself.
 */
export const FEED_ID_YEAR = 2026;

/**
 * The authority when the build knows no domain (no SITE_URL, or a local one). `.invalid` can never
 * be anyone's domain (RFC 6761), so these ids collide with no one else's; they stay stable from one
 * build to the next, which is what a feed reader needs.
 */
export const UNCONFIGURED_TAG_AUTHORITY = `sitrep.invalid,${FEED_ID_YEAR}`;

/** The feeds' settings, checked. */
export interface FeedSettings {
  /** The site's absolute root URL, base path included, ending in `/`; `null` writes links relative to each feed. */
  siteUrl: string | null;
  /** RFC 4151 tagging entity of the ids: `intel.example.org,2026`. */
  tagAuthority: string;
  /** Entries per feed. */
  entries: number;
}

/** A setting that cannot make valid feeds, with how to fix it. */
export class FeedSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedSettingsError';
  }
}

/** What the settings are made from; empty strings count as not given. */
export interface FeedSettingsInput {
  siteUrl?: string | null;
  tagAuthority?: string | null;
  /** The app's base path (`/sitrep/`) when the build knows it: SITE_URL must end in it, or be the bare origin. */
  basePath?: string;
}

/** Settings that write relative links and unconfigured ids: what a build gets when it is told nothing. */
export const DEFAULT_FEED_SETTINGS: FeedSettings = { siteUrl: null, tagAuthority: UNCONFIGURED_TAG_AUTHORITY, entries: FEED_ENTRIES };

/** Checks and completes the settings; throws `FeedSettingsError` naming the setting and the fix. */
export function feedSettings(input: FeedSettingsInput): FeedSettings {
  const siteUrl = input.siteUrl?.trim() ? siteRoot(input.siteUrl.trim(), input.basePath ?? null) : null;
  const given = input.tagAuthority?.trim();
  if (given) {
    try {
      tagUri(given, 'feeds');
    } catch {
      throw new FeedSettingsError(`FEED_TAG_AUTHORITY "${given}" is not a domain or e-mail address and a date. Fix: write a domain you held on that day, such as intel.example.org,2026`);
    }
  }
  return { siteUrl, tagAuthority: given || derivedAuthority(siteUrl), entries: FEED_ENTRIES };
}

/** The settings of the environment: SITE_URL and FEED_TAG_AUTHORITY. */
export function feedSettingsFromEnv(env: NodeJS.ProcessEnv = process.env, basePath?: string): FeedSettings {
  return feedSettings({ siteUrl: env.SITE_URL, tagAuthority: env.FEED_TAG_AUTHORITY, ...(basePath ? { basePath } : {}) });
}

function siteRoot(text: string, basePath: string | null): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FeedSettingsError(`SITE_URL "${text}" is not an address. Fix: give the address the site is served at, such as https://intel.example.org/sitrep/`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedSettingsError(`SITE_URL "${text}" is not an http or https address. Fix: give the address the site is served at, such as https://intel.example.org/sitrep/`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new FeedSettingsError(`SITE_URL "${text}" carries a query, a fragment or a user name. Fix: give only the site's address, such as https://intel.example.org/sitrep/`);
  }
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  const base = basePath === null ? null : basePath.endsWith('/') ? basePath : `${basePath}/`;
  if (base !== null && url.pathname !== base) {
    // The bare origin is completed with the base path; any other path must be the base path.
    if (url.pathname !== '/') {
      throw new FeedSettingsError(`SITE_URL "${text}" does not end in the base path ${base} the app is built for. Fix: give ${url.origin}${base}, or set BASE_PATH to ${url.pathname}`);
    }
    url.pathname = base;
  }
  return url.href;
}

function derivedAuthority(siteUrl: string | null): string {
  if (siteUrl === null) return UNCONFIGURED_TAG_AUTHORITY;
  const host = new URL(siteUrl).hostname.toLowerCase();
  // A name with a dot, not an address: `localhost` or 127.0.0.1 is nobody's to mint under.
  const isName = host.includes('.') && !/^[\d.]+$/.test(host) && !host.startsWith('[');
  return isName ? `${host},${FEED_ID_YEAR}` : UNCONFIGURED_TAG_AUTHORITY;
}
