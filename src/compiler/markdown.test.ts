import { describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { renderPostHtml } from './markdown.ts';

/** Every element of an HTML fragment, to assert on what a browser would build from it. */
function elements(html: string) {
  return DomUtils.findAll(() => true, parseDocument(html).children);
}

describe('renderPostHtml', () => {
  it('renders Markdown and the raw HTML feed posts carry', () => {
    const html = renderPostHtml('Some **bold** text.\n\n<div style="color:red"><b>Blogger</b> markup</div>\n');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<div><b>Blogger</b> markup</div>');
  });

  it('removes scripts, event handlers, javascript: links, iframes, objects and forms', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src="https://example.com/x.png" onerror="alert(2)">',
      '<a href="javascript:alert(3)">click</a>',
      '[md link](javascript:alert(4))',
      '<iframe src="https://evil.example"></iframe>',
      '<object data="https://evil.example/x.swf"></object>',
      '<form action="https://evil.example"><input name="q"></form>',
      '<svg onload="alert(5)"></svg>',
      '<p onclick="alert(6)" style="position:fixed">text</p>',
    ].join('\n\n');
    const found = elements(renderPostHtml(hostile));
    const tags = new Set(found.map((element) => element.name));
    for (const tag of ['script', 'iframe', 'object', 'form', 'input', 'svg']) expect(tags, tag).not.toContain(tag);
    for (const element of found) {
      for (const [name, value] of Object.entries(element.attribs)) {
        expect(name, `${element.name} ${name}`).not.toMatch(/^on|^style$/);
        expect(value, `${element.name} ${name}`).not.toMatch(/^\s*javascript:/i);
      }
    }
    expect(found.some((element) => DomUtils.textContent(element) === 'text')).toBe(true);
  });

  it('keeps indicators of compromise, bare URLs and e-mails as plain text', () => {
    const html = renderPostHtml('C2 at hxxp://evil[.]com/gate.php and https://bad.example/payload, mail ops@bad.example, 10.0.0[.]1\n');
    expect(html).not.toContain('<a');
    expect(html).toContain('hxxp://evil[.]com/gate.php');
    expect(html).toContain('https://bad.example/payload');
  });

  it('opens author links in a new tab without leaking the referrer', () => {
    expect(renderPostHtml('[report](https://example.com/report)')).toContain(
      '<a href="https://example.com/report" target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">report</a>',
    );
  });

  it('makes images inert until the reader asks for them', () => {
    const html = renderPostHtml('![chart](https://1.bp.blogspot.com/x/chart.jpg)');
    expect(html).toContain('data-src="https://1.bp.blogspot.com/x/chart.jpg"');
    expect(html).toContain('referrerpolicy="no-referrer"');
    expect(html).toContain('loading="lazy"');
    expect(html).not.toMatch(/\ssrc=/);
  });

  it('drops images whose address is not http(s)', () => {
    expect(renderPostHtml('<img src="javascript:alert(1)" alt="x"><img src="data:image/png;base64,AAAA">')).not.toContain('<img');
  });
});
