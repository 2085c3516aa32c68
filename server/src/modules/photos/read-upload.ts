import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/errors/app-error.js';

/** Room for the multipart boundaries and part headers around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError(413, 'BODY_TOO_LARGE', `The photo is larger than ${maxBytes / 1024 / 1024} MB`);
const fileRequired = () =>
  new AppError(400, 'FILE_REQUIRED', 'Send the photo as multipart/form-data in a file field named "file"');

// @fastify/multipart's refusals that mean "too much"; see its index.js.
const LIMIT_CODES = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_PARTS_LIMIT',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
]);

/**
 * The bytes of the one file in a multipart upload, held in memory (at most `maxBytes`, which the
 * multipart plugin's fileSize limit enforces while streaming), with every refusal in the API's shape.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw new AppError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the photo as multipart/form-data in a file field named "file"',
    );
  }
  // A declared length over the limit is refused before a byte of it is read.
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) throw tooLarge(maxBytes);
  try {
    const part = await request.file();
    if (!part) throw fileRequired();
    if (part.fieldname !== 'file') {
      part.file.resume(); // drained, so the client is not left mid-upload while the refusal is sent
      throw fileRequired();
    }
    const bytes = await part.toBuffer();
    if (bytes.length === 0) throw fileRequired();
    return bytes;
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && LIMIT_CODES.has(code)) throw tooLarge(maxBytes);
    // Busboy's own errors (no boundary, a part cut short) carry no status and would otherwise be a 500.
    throw new AppError(400, 'MALFORMED_MULTIPART', 'The multipart/form-data body could not be read');
  }
}
