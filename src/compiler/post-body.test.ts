import { describe, expect, it } from 'vitest';
import { dropAdResidue, takeSourceLine } from './post-body.ts';

describe('takeSourceLine', () => {
  it('turns the trailing feed line into the source', () => {
    const parts = takeSourceLine('Body text.\n\n  \n  \nfrom E Hacking News - Latest Hacker News and IT Security News https://ift.tt/309Z8NS\n');
    expect(parts.sourceLine).toEqual({ name: 'E Hacking News - Latest Hacker News and IT Security News', url: 'https://ift.tt/309Z8NS' });
    expect(parts.body).toBe('Body text.');
  });

  it('looks past the IFTTT credit and trailing hard breaks', () => {
    const parts = takeSourceLine('Text\n\nfrom Hackaday https://ift.tt/abc  \nvia [IFTTT](https://ifttt.com/?ref=da&site=blogger)\n');
    expect(parts.sourceLine).toEqual({ name: 'Hackaday', url: 'https://ift.tt/abc' });
    expect(parts.body).toBe('Text');
  });

  it('leaves a "from" that credits people, or sits mid-body, as text', () => {
    const credit = 'Text\n\nfrom [Cheung](https://example.com/u) via [hackster.io](https://hackster.io)\n';
    expect(takeSourceLine(credit)).toEqual({ body: credit, sourceLine: null });
    const midBody = 'from Reuters https://example.com/a\n\nMore text after it.';
    expect(takeSourceLine(midBody).sourceLine).toBeNull();
  });
});

describe('dropAdResidue', () => {
  it('drops escaped and plain ad shortcodes', () => {
    expect(dropAdResidue("Intro\n\\[the\\_ad id='1307'\\]  \nText")).toBe('Intro\n\nText');
    expect(dropAdResidue('A [the_ad_group id="12"] B')).toBe('A B');
  });

  it('keeps ordinary bracketed text', () => {
    const text = '\\[see the advisory\\] and [the ad](https://example.com)';
    expect(dropAdResidue(text)).toBe(text);
  });
});
