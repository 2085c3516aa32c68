import imageCompression from 'browser-image-compression';

/** About what a phone network carries in a second or two, and plenty for a case photo. */
const targetMB = 0.3;
const maxSidePx = 1600;

async function shrink(file: File): Promise<Blob> {
  try {
    return await imageCompression(file, {
      maxSizeMB: targetMB,
      maxWidthOrHeight: maxSidePx,
      fileType: 'image/jpeg',
      initialQuality: 0.85,
      // The library's worker runs from a blob: URL, which the server's Content-Security-Policy
      // (script-src 'self') refuses, and loads its code from a CDN that an intranet or an offline phone
      // cannot reach: on the page's thread instead.
      useWebWorker: false,
    });
  } catch {
    // A format this browser cannot draw (HEIC, most often): the server still reads it.
    return file;
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * A photo shrunk on the phone before it waits in the outbox and goes over the network: a 4 MB camera
 * photo becomes about 300 KB. Metadata (EXIF, GPS) is stripped by the server, which re-encodes it.
 * One at a time: nine full-size camera photos decoded at once can exhaust a cheap phone's memory.
 */
export function shrinkPhoto(file: File): Promise<Blob> {
  const shrunk = queue.then(() => shrink(file));
  queue = shrunk;
  return shrunk;
}
