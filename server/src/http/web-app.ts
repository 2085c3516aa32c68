import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { App } from './app-types.js';

/** Vite names everything under assets/ by a hash of its content: a changed file is a new URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Anything else (index.html above all) is revalidated on each visit, so a new release is seen at once. */
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

/** Page URLs the client routes; an asset or API path that is not there is a real 404. */
export function isPageUrl(method: string, url: string): boolean {
  return method === 'GET' && !url.startsWith('/api/') && !url.startsWith('/assets/');
}
