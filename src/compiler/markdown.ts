/**
 * Markdown (with the raw HTML feed posts carry) to HTML, sanitized once, here, at build time.
 *
 * markdown-it with `linkify` off: bare URLs, e-mail addresses and defanged indicators (`hxxp://`,
 * `evil[.]com`) stay text, because an indicator of compromise must never become a live link.
 * sanitize-html on its defaults (no scripts, styles, event handlers, iframes, objects or forms; only
 * http, https and mailto links), plus images, which are made inert: their address moves to
 * `data-src` and the reader sets `src` only when the analyst asks to see images.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img'],
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel', 'referrerpolicy'],
    img: ['data-src', 'alt', 'title', 'width', 'height', 'loading', 'decoding', 'referrerpolicy'],
    ol: ['start'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
    time: ['datetime'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // The image address is checked like any `src`, although it only becomes one in the reader.
  allowedSchemesAppliedToAttributes: [...sanitizeHtml.defaults.allowedSchemesAppliedToAttributes, 'data-src'],
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer', referrerpolicy: 'no-referrer' },
    }),
    img: (tagName, attribs) => {
      const { src, srcset: _srcset, ...rest } = attribs;
      const inert: sanitizeHtml.Attributes = { ...rest, loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' };
      if (src) inert['data-src'] = src;
      return { tagName, attribs: inert };
    },
  },
  // An image whose address was refused has nothing left to show.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs['data-src'],
};

/**
 * Renders Markdown to HTML *without* sanitizing it. Never for display: the hostile-markup tests use
 * it as their control, to show what the sanitizer stops.
 */
export function renderUnsanitizedMarkdown(body: string): string {
  return markdown.render(body);
}

/** Renders a post body to sanitized, inert HTML. */
export function renderPostHtml(body: string): string {
  return sanitizeHtml(renderUnsanitizedMarkdown(body), sanitizeOptions);
}
