import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { App } from './app-types.js';

/** Vite names everything under assets/ by a hash of its content: a changed file is a new URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Anything else is revalidated on each visit, so a new release is seen at once: index.html above all,
 * and the service worker (sw.js), its registration and the web app manifest, which name no hash.
 */
const REVALIDATE = 'no-cache';

/**
 * Serves the built web app from `webDir`, when it has been built: hashed assets cached for a year, their
 * brotli or gzip siblings (made at build time) sent to browsers that accept them, and index.html for any
 * other page URL, since the app routes on the client. Returns whether the app is there.
 */
export async function serveWebApp(app: App, webDir: string | undefined): Promise<boolean> {
  if (webDir === undefined || !fs.existsSync(path.join(webDir, 'index.html'))) return false;
  const assetsDir = path.join(path.resolve(webDir), 'assets') + path.sep;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    preCompressed: true,
    // The compressed siblings are served in place of their file, not at URLs of their own.
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: (reply: FastifyReply, file: string) => {
      reply.header('cache-control', file.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
    },
  });
  return true;
}

/** The last segment of a path names a file (`sw.js`, `icon-192.png`): no page URL of the app does. */
const FILE_NAME = /\/[^/]*\.[A-Za-z0-9]+$/;

/**
 * Page URLs the client routes; an asset, a file or an API path that is not there is a real 404 (a
 * service worker script or a manifest answered with index.html would be taken for one).
 */
export function isPageUrl(method: string, url: string): boolean {
  const pathname = url.split('?')[0] ?? url;
  return (
    method === 'GET' &&
    !pathname.startsWith('/api/') &&
    !pathname.startsWith('/assets/') &&
    !FILE_NAME.test(pathname)
  );
}
