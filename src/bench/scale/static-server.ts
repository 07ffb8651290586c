/**
 * A static server for the scale bench that answers as a production host does: gzip for text, a
 * long cache for hashed files, `404.html` for unknown paths (so deep links route in the app). It
 * remembers the bytes it sent per path, so the bench can add up what a page fetched.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
};

/** A running server: its origin, the gzip bytes it sent per URL path, and how to stop it. */
export interface StaticServer {
  origin: string;
  sentBytes: Map<string, number>;
  close: () => Promise<void>;
}

/** Serves `root` on a free localhost port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const sentBytes = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let file = path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
      if (!file.startsWith(root)) file = path.join(root, '404.html');
      let status = 200;
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
      } catch {
        file = path.join(root, '404.html');
        status = 404;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const hashed = /[.-][0-9a-zA-Z_-]{8,}\.(?:js|css|json)$/.test(file);
      response.setHeader('content-type', type);
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (type.startsWith('image/') && !type.includes('svg')) {
        response.writeHead(status);
        createReadStream(file).pipe(response);
        return;
      }
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(await readFile(file), { level: 6 })));
      sentBytes.set(urlPath, body.length);
      response.setHeader('content-encoding', 'gzip');
      response.writeHead(status);
      response.end(body);
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sentBytes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
