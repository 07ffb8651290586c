import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  htaccessFile,
  META_CONTENT_SECURITY_POLICY,
  netlifyHeadersFile,
  SECURITY_HEADERS,
  withMetaPolicy,
} from './security-headers.ts';

/** A policy as directive -> sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }));
}

describe('the Content Security Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('runs only the site’s own scripts and styles, with nothing inline and no eval', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
  });

  it('loads images from https hosts only, and data only from the site', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('refuses base, plugins and framing', () => {
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the same in a meta element, less frame-ancestors, which a meta cannot carry', () => {
    const meta = directives(META_CONTENT_SECURITY_POLICY);
    expect(meta.has('frame-ancestors')).toBe(false);
    csp.delete('frame-ancestors');
    expect(meta).toEqual(csp);
  });
});

describe('host files', () => {
  it('_headers sends every header on every path', () => {
    const file = netlifyHeadersFile();
    expect(file).toMatch(/^\/\*$/m);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`\n  ${name}: ${value}\n`);
    expect(SECURITY_HEADERS).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  });

  it('declare the Atom feeds\' type under the base path, so nosniff cannot make them a download', () => {
    expect(netlifyHeadersFile('/sitrep/')).toContain('\n/sitrep/data/feeds/*\n  Content-Type: application/atom+xml; charset=utf-8\n');
    expect(htaccessFile('/')).toContain('AddType application/atom+xml .atom');
  });

  it('.htaccess sends the headers and answers unknown paths with 404.html under the base path', () => {
    const file = htaccessFile('/sitrep/');
    expect(file).toContain('ErrorDocument 404 /sitrep/404.html');
    expect(file).toContain(`Header always set Content-Security-Policy "${CONTENT_SECURITY_POLICY}"`);
    // A double quote in a value would end Apache's string early.
    for (const value of Object.values(SECURITY_HEADERS)) expect(value).not.toContain('"');
  });
});

describe('withMetaPolicy', () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = '<html><head>\n<meta charset="UTF-8" />\n<script type="module" src="/assets/index.js"></script></head></html>';
    const out = withMetaPolicy(html);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('charset'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
  });

  it('opens the head with it when there is no charset', () => {
    expect(withMetaPolicy('<html><head><title>x</title></head></html>')).toMatch(/^<html><head>\s+<meta http-equiv="Content-Security-Policy"/);
  });
});
