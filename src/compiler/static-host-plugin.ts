/**
 * The Vite plugin that makes the build ready for static hosts and serves it as they should:
 * `vite preview` (and `npm start`) sends the security headers; `vite build` writes `404.html` (hosts
 * answer unknown paths with it, and the app then routes the deep link), `_headers` and `.htaccess`,
 * and puts the Content Security Policy in the HTML for hosts that read no header files.
 */
import type { Plugin, Rolldown } from 'vite';
import { FEED_CONTENT_TYPE, htaccessFile, netlifyHeadersFile, SECURITY_HEADERS, withMetaPolicy } from './security-headers.ts';

/** Security headers in preview; host files and the meta policy in builds. */
export function staticHostFiles(): Plugin {
  let base = '/';
  return {
    name: 'sitrep-static-host',

    configResolved(config) {
      base = config.base;
    },

    configurePreviewServer(server) {
      // Added directly, not in a returned function, so it runs before Vite's own middlewares and
      // every answer carries the headers, the SPA fallback included.
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
        // Feeds as the host files declare them (sirv would send the type without its charset).
        if (/\.atom$/.test((request.url ?? '').split('?')[0] ?? '')) response.setHeader('Content-Type', FEED_CONTENT_TYPE);
        next();
      });
    },

    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // The dev server injects inline scripts (React refresh, HMR) that the policy would refuse.
        return context.server ? html : withMetaPolicy(html);
      },
    },

    generateBundle: {
      // After Vite's HTML plugin has put index.html in the bundle.
      order: 'post',
      handler(_options, bundle) {
        emitNotFoundPage(bundle, (fileName, source) => this.emitFile({ type: 'asset', fileName, source }));
        this.emitFile({ type: 'asset', fileName: '_headers', source: netlifyHeadersFile(base) });
        this.emitFile({ type: 'asset', fileName: '.htaccess', source: htaccessFile(base) });
      },
    },
  };
}

/**
 * `404.html` is `index.html`: GitHub Pages, Netlify, Cloudflare Pages and Apache (with the
 * `.htaccess` above) answer an unknown path with it, so a deep link loads the app, which routes it.
 */
function emitNotFoundPage(bundle: Rolldown.OutputBundle, emit: (fileName: string, source: string | Uint8Array) => void): void {
  const index = bundle['index.html'];
  if (bundle['404.html'] || index?.type !== 'asset') return;
  emit('404.html', index.source);
}
