// The service worker's runtime caches, named here for the page that clears them.

/** GET answers the phone pages read, for when the network is gone. */
export const apiCacheName = 'needle-api';
/** Photos, by id: a photo never changes under its id. */
export const photoCacheName = 'needle-photos';

/**
 * Empties what was read for the signed-in user. At sign-out and at the next sign-in: on a shared phone
 * the next person must not see the last one's cases offline.
 */
export async function clearApiCaches(): Promise<void> {
  // No Cache Storage outside secure contexts, and no service worker filling it there either.
  if (typeof caches === 'undefined') return;
  await Promise.all([caches.delete(apiCacheName), caches.delete(photoCacheName)]);
}
