import { describe, expect, it } from 'vitest';
import { httpUrl } from './safe-url.ts';

describe('links that leave Sitrep', () => {
  it('keeps http and https links, normalised', () => {
    expect(httpUrl('https://www.ehackingnews.com/2020/01/x.html')).toBe('https://www.ehackingnews.com/2020/01/x.html');
    expect(httpUrl(' http://Example.org/a b ')).toBe('http://example.org/a%20b');
  });

  it('drops other schemes, relative links and empty values', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ms-msdt:/id PCWDiagnostic', 'file:///etc/passwd', '/posts/x', 'not a url', '', null, undefined]) {
      expect(httpUrl(text)).toBeNull();
    }
  });
});
