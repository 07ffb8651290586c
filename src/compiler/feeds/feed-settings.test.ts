import { describe, expect, it } from 'vitest';
import { feedSettings, feedSettingsFromEnv, FeedSettingsError, UNCONFIGURED_TAG_AUTHORITY } from './feed-settings.ts';

describe('feed settings', () => {
  it('without SITE_URL writes relative links, with ids under an authority no one else can hold', () => {
    expect(feedSettingsFromEnv({})).toEqual({ siteUrl: null, tagAuthority: UNCONFIGURED_TAG_AUTHORITY, entries: 50 });
    expect(UNCONFIGURED_TAG_AUTHORITY).toMatch(/^[a-z.]+\.invalid,\d{4}$/);
  });

  it('reads SITE_URL as the site root, and mints ids under its host unless FEED_TAG_AUTHORITY says otherwise', () => {
    expect(feedSettingsFromEnv({ SITE_URL: 'https://intel.example.org/sitrep' })).toMatchObject({ siteUrl: 'https://intel.example.org/sitrep/', tagAuthority: 'intel.example.org,2026' });
    expect(feedSettingsFromEnv({ SITE_URL: 'https://intel.example.org/', FEED_TAG_AUTHORITY: 'analyst@example.net,2031-05' })).toMatchObject({ tagAuthority: 'analyst@example.net,2031-05' });
    // A local address is nobody's name to mint under.
    expect(feedSettingsFromEnv({ SITE_URL: 'http://127.0.0.1:4173/' }).tagAuthority).toBe(UNCONFIGURED_TAG_AUTHORITY);
    expect(feedSettingsFromEnv({ SITE_URL: 'http://localhost:4173/' }).tagAuthority).toBe(UNCONFIGURED_TAG_AUTHORITY);
  });

  it('completes a bare origin with the base path, and refuses a path the app is not built for', () => {
    expect(feedSettings({ siteUrl: 'https://intel.example.org', basePath: '/sitrep/' }).siteUrl).toBe('https://intel.example.org/sitrep/');
    expect(feedSettings({ siteUrl: 'https://intel.example.org/sitrep/', basePath: '/sitrep/' }).siteUrl).toBe('https://intel.example.org/sitrep/');
    expect(() => feedSettings({ siteUrl: 'https://intel.example.org/other/', basePath: '/sitrep/' })).toThrow(/does not end in the base path \/sitrep\/.*Fix: give https:\/\/intel.example.org\/sitrep\//);
  });

  it('refuses what cannot make a valid feed, naming the setting and the fix', () => {
    for (const siteUrl of ['intel.example.org', 'ftp://intel.example.org/', 'https://intel.example.org/?x=1', 'javascript:alert(1)']) {
      expect(() => feedSettings({ siteUrl })).toThrow(FeedSettingsError);
      expect(() => feedSettings({ siteUrl })).toThrow(/^SITE_URL ".*Fix: /);
    }
    expect(() => feedSettings({ tagAuthority: 'intel.example.org' })).toThrow(/FEED_TAG_AUTHORITY "intel.example.org" .*Fix: /);
  });
});
