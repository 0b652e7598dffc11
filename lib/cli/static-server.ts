import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '@playwright/test';

export const FIXTURES_DIR = fileURLToPath(new URL('../../tests/fixtures', import.meta.url));
/** Real saved pages, vendored with their licence (tests/fixtures/pages/NOTICE). */
export const SAVED_PAGES_DIR = fileURLToPath(new URL('../../tests/fixtures/pages', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export interface TestServer {
  origin: string;
  /** Pages registered at run time, by path: for generated test pages. */
  pages: Map<string, string>;
  /** Other files made at run time (PDFs printed by the test), with their type and any headers. */
  files: Map<string, { body: Buffer | string; headers: Record<string, string> }>;
  /** Every path asked for, in order: what a page or the extension fetched. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * A route handler for a browser context that lets only the test server and the extension's own
 * files through: a saved page's remote scripts and images fail fast and alike, and the extension
 * still loads what it loads from itself (the hover card's script, at the first hover).
 */
export function onlyLocal(origin: string): (route: Route) => Promise<void> {
  return (route) => {
    const url = route.request().url();
    return url.startsWith(origin) || url.startsWith('chrome-extension://') ? route.continue() : route.abort();
  };
}

/** Serves test pages on 127.0.0.1: /fixtures/…, /pages/… and generated ones. */
export function startServer(): Promise<TestServer> {
  const pages = new Map<string, string>();
  const files: TestServer['files'] = new Map();
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const made = files.get(path);
    if (made) {
      response.writeHead(200, { 'content-length': String(Buffer.byteLength(made.body)), ...made.headers });
      response.end(made.body);
      return;
    }
    const generated = pages.get(path);
    if (generated !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']! });
      response.end(generated);
      return;
    }
    const [, area, ...rest] = path.split('/');
    const base = area === 'fixtures' ? FIXTURES_DIR : area === 'pages' ? SAVED_PAGES_DIR : null;
    const file = base ? normalize(join(base, ...rest)) : null;
    if (!file || !file.startsWith(base!) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        pages,
        files,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
