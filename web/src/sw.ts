/// <reference lib="webworker" />

import type { Me } from '@needle/contract';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { fetchMe } from './api/auth';
import { ApiError } from './api/client';
import { apiCacheName, photoCacheName } from './offline/apiCaches';
import { outboxSyncTag } from './offline/backgroundSync';
import { browserSender } from './offline/browserSender';
import { isPhoneRead, isPhoto } from './offline/phoneReads';
import { flushOutbox } from './offline/sendOutbox';

// The service worker: the app shell offline, the phone pages' last answers, and the outbox sent by
// Background Sync while the app is closed.

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

// Every built file (JS, CSS, index.html, icons), listed with its revision at build time.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Pages are routed in the app: /report, /cases/:id, /tasks… all open from the one index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

const sameOrigin = (url: URL) => url.origin === self.location.origin;

// Routes match GET only: writes are never answered from a cache.
registerRoute(
  ({ url }) => sameOrigin(url) && isPhoneRead(url.pathname),
  new NetworkFirst({
    cacheName: apiCacheName,
    // A network that hangs is as good as none: after 3 s the last answer shows, the fetch goes on.
    networkTimeoutSeconds: 3,
    plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 14 * 86_400, purgeOnQuotaError: true })],
  }),
);
registerRoute(
  ({ url }) => sameOrigin(url) && isPhoto(url.pathname),
  new CacheFirst({
    cacheName: photoCacheName,
    plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 86_400, purgeOnQuotaError: true })],
  }),
);

// A new release takes over at once (no prompt): every page of it is precached already.
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/**
 * Sends the outbox of whoever is signed in now: on a shared phone, one person's reports are never sent
 * under the next person's session.
 */
async function sendOutbox(): Promise<void> {
  let me: Me;
  try {
    me = await fetchMe();
  } catch (error) {
    // Signed out: the reports wait for their author's next sign-in, when the app sends them.
    if (error instanceof ApiError && error.status === 401) return;
    // No network after all: failing the sync has the browser try again later.
    throw error;
  }
  const { waiting } = await flushOutbox(browserSender, me.id);
  // A failed sync is tried again by the browser later.
  if (waiting > 0) throw new Error(`${waiting} report(s) still wait for the network`);
}

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === outboxSyncTag) sync.waitUntil(sendOutbox());
});
