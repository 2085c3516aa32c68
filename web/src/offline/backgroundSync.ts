/** The Background Sync tag under which the service worker sends the outbox. */
export const outboxSyncTag = 'needle-outbox';

// Background Sync is Chromium's alone and not in TypeScript's DOM library.
type SyncRegistration = ServiceWorkerRegistration & {
  sync?: { register(tag: string): Promise<void> };
};

/**
 * Asks the browser to wake the service worker when the network is back, even with the app closed.
 * Where there is no Background Sync, the app sends on its next opening instead.
 */
export async function requestBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  // Not `ready`, which never settles where no service worker is registered (development, plain HTTP).
  const registration: SyncRegistration | undefined = await navigator.serviceWorker.getRegistration();
  await registration?.sync?.register(outboxSyncTag).catch(() => undefined);
}
