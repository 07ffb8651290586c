import { describe, expect, it } from 'vitest';
import { compilePost } from './compile-post.ts';
import { formatProblem } from './problems.ts';

const post = (frontMatter: string, body = 'Body text.\n') => `---\n${frontMatter}\n---\n\n${body}`;

describe('compilePost: front matter', () => {
  it('reads a quoted title wrapped onto an unindented line as one line, and keeps the offset', () => {
    const { post: compiled, problems } = compilePost(
      'posts/2016-09-09-lazarus.md',
      post("title: 'Kaspersky Lab reports North Korean Hacker group Lazarus stealing\ncryptocurrencies using the Telegram messenger'\ndate: 2020-01-11T15:47:00+01:00\ndraft: false"),
    );
    expect(problems).toEqual([]);
    expect(compiled?.title).toBe(
      'Kaspersky Lab reports North Korean Hacker group Lazarus stealing cryptocurrencies using the Telegram messenger',
    );
    expect(compiled?.date.iso).toBe('2020-01-11T15:47:00+01:00');
    // Front matter wins over the (wrong) Jekyll prefix, which is still stripped from the slug.
    expect(compiled?.date.day).toBe('2020-01-11');
    expect(compiled?.slug).toBe('lazarus');
  });

  it('falls back to the Jekyll file-name date when the front matter has none', () => {
    const { post: compiled } = compilePost('posts/2019-05-04-no-date.md', post("title: 'No date'"));
    expect(compiled?.date.iso).toBe('2019-05-04');
  });

  it('reads tags, source and url, and lets a slug field override the file name', () => {
    const { post: compiled, problems } = compilePost(
      'posts/a.md',
      post("title: T\ndate: 2022-04-14\ntags: [crypto, north-korea]\nsource:\n  name: FBI\n  url: https://www.fbi.gov/\nurl: https://www.fbi.gov/news/x\nslug: Ronin Bridge"),
    );
    expect(problems).toEqual([]);
    expect(compiled).toMatchObject({
      slug: 'ronin-bridge',
      tags: ['crypto', 'north-korea'],
      source: { name: 'FBI', url: 'https://www.fbi.gov/' },
      url: 'https://www.fbi.gov/news/x',
      draft: false,
    });
  });

  it('marks drafts', () => {
    expect(compilePost('posts/d.md', post('title: D\ndate: 2020-01-01\ndraft: true')).post?.draft).toBe(true);
  });

  it('refuses JavaScript and TOML front matter without running it', () => {
    const { post: compiled, problems } = compilePost('posts/js.md', "---js\n{ title: (() => { throw new Error('ran') })() }\n---\nBody");
    expect(compiled).toBeNull();
    expect(formatProblem(problems[0]!)).toMatch(/^posts\/js\.md:1:1 error: front matter in "js" \(---js\) is not read.*Fix: write the front matter as YAML/);
    expect(compilePost('posts/toml.md', '+++\ntitle = "x"\n+++\n').problems[0]?.message).toContain('TOML');
  });

  it('reports bad YAML at its line and column, and leaves the post out', () => {
    const { post: compiled, problems } = compilePost('posts/bad.md', post("title: 'ok'\ndate: 2020-01-01\ntags: [a, b\nurl: x"));
    expect(compiled).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'posts/bad.md', line: 5, column: 1 });
    expect(problems[0]?.message).toContain('not valid YAML');
    expect(problems[0]?.fix).toContain('close the [ or { opened above');

    const unclosedQuote = compilePost('posts/q.md', post("title: 'Unclosed\ndate: 2020-01-01")).problems[0];
    expect(unclosedQuote).toMatchObject({ severity: 'error', file: 'posts/q.md' });
    expect(unclosedQuote?.fix).toContain("write an apostrophe as two ('')");
  });

  it('reports a field of the wrong type where it is written, with how to fix it', () => {
    const { post: compiled, problems } = compilePost('posts/t.md', post('date: 2020-01-01\ntitle: [a, list]'));
    expect(compiled).toBeNull();
    expect(formatProblem(problems[0]!)).toBe(
      "posts/t.md:3:8 error: title must be text. Fix: write the title as one quoted line: title: 'My title'",
    );
  });

  it('reports an impossible date and a front matter that is never closed', () => {
    expect(compilePost('posts/d.md', post('title: T\ndate: 2020-02-30')).problems[0]).toMatchObject({ line: 3, column: 7, message: '"2020-02-30" is not a date' });
    expect(compilePost('posts/open.md', "---\ntitle: 'x'\nBody").problems[0]?.message).toContain('never closed');
  });

  it('leaves out a post without any date, naming how to give it one', () => {
    const { post: compiled, problems } = compilePost('posts/undated.md', post("title: 'x'"));
    expect(compiled).toBeNull();
    expect(problems[0]?.fix).toContain('date: 2020-01-11T15:47:00+01:00');
  });

  it('keeps a post without a title, named after its file, with a warning', () => {
    const { post: compiled, problems } = compilePost('posts/2020-01-01-quiet-post.md', post('date: 2020-01-01'));
    expect(compiled?.title).toBe('Quiet post');
    expect(problems[0]?.severity).toBe('warning');
  });

  it('keeps a post whose front matter carries mojibake and control characters, and says what was cleaned', () => {
    const { post: compiled, problems } = compilePost('posts/m.md', post("title: 'Communist \u00d0\u009cOD \u0085APK'\ndate: 2020-01-01"));
    expect(compiled?.title).toBe('Communist \u041cOD APK');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringContaining('1 mis-decoded character sequence') }),
    ]);
  });
});

describe('compilePost: body', () => {
  const body =
    "Lead paragraph.\n\n\\[the\\_ad id='1307'\\]  \n\nStolen from hxxp://evil[.]com.\n\n  \n\nfrom E Hacking News - Latest Hacker News and IT Security News https://ift.tt/309Z8NS\n";

  it('turns the trailing feed line into the source, drops ad residue and keeps indicators inert', () => {
    const { post: compiled } = compilePost('posts/s.md', post('title: S\ndate: 2020-01-11', body));
    expect(compiled?.source).toEqual({ name: 'E Hacking News - Latest Hacker News and IT Security News', url: 'https://ift.tt/309Z8NS' });
    expect(compiled?.url).toBe('https://ift.tt/309Z8NS');
    expect(compiled?.html).not.toContain('from E Hacking News');
    expect(compiled?.html).not.toContain('the_ad');
    expect(compiled?.html).not.toContain('the\\_ad');
    expect(compiled?.html).toContain('hxxp://evil[.]com');
    expect(compiled?.html).not.toContain('<a');
  });

  it('prefers the front matter source to the feed line', () => {
    const { post: compiled } = compilePost('posts/s.md', post("title: S\ndate: 2020-01-11\nsource: 'Analyst notes'", body));
    expect(compiled?.source).toEqual({ name: 'Analyst notes', url: null });
  });
});
