import multipart from '@fastify/multipart';
import { ErrorSchema, PhotoJpegResponse, PhotoParams, UploadedPhotoSchema } from '@needle/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { signedInUser } from '../auth/auth.hooks.js';
import type { PhotoStore } from './photo-store.js';
import { readPhoto, savePhoto } from './photos.service.js';
import { readUpload } from './read-upload.js';

/** Phones send 2–8 MB JPEGs; the cleaned copy is far smaller. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

interface PhotoDeps {
  db: Db;
  store: PhotoStore;
}

export function registerPhotoRoutes(app: App, deps: PhotoDeps): void {
  // In a scope of its own, so multipart bodies are accepted by these routes and by no other.
  app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1024, parts: 20 },
    });

    scope.post(
      '/api/photos',
      {
        schema: {
          tags: ['photos'],
          summary: 'Upload a photo',
          description:
            'multipart/form-data with one file field `file` (JPEG, PNG, WebP or HEIF/AVIF, at most 10 MB). ' +
            'Stored upright, at most 2048 px a side, re-encoded as JPEG without EXIF or GPS.',
          response: {
            201: UploadedPhotoSchema,
            400: ErrorSchema,
            401: ErrorSchema,
            413: ErrorSchema,
            415: ErrorSchema,
          },
        },
      },
      async (request, reply) => {
        const user = signedInUser(request);
        const row = await savePhoto(deps.db, deps.store, user, await readUpload(request, MAX_UPLOAD_BYTES));
        return reply.status(201).send({
          id: row.id,
          width: row.width,
          height: row.height,
          url: `/api/photos/${row.id}`,
          thumbnailUrl: `/api/photos/${row.id}/thumbnail`,
        });
      },
    );

    const serve =
      (variant: 'full' | 'thumbnail') =>
      async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
        const photo = await readPhoto(deps.db, deps.store, signedInUser(request), request.params.id, variant);
        return (
          reply
            .type(photo.contentType)
            // Photos never change once stored; private keeps shared caches from holding what is scoped.
            .header('cache-control', 'private, max-age=86400')
            .header('x-content-type-options', 'nosniff')
            .send(photo.bytes)
        );
      };

    scope.get(
      '/api/photos/:id',
      {
        schema: {
          tags: ['photos'],
          summary: 'A photo you uploaded or one held in your jurisdiction',
          params: PhotoParams,
          response: { 200: PhotoJpegResponse, 401: ErrorSchema, 404: ErrorSchema },
        },
      },
      serve('full'),
    );

    scope.get(
      '/api/photos/:id/thumbnail',
      {
        schema: {
          tags: ['photos'],
          summary: 'The thumbnail (at most 320 px a side) of a photo you may see',
          params: PhotoParams,
          response: { 200: PhotoJpegResponse, 401: ErrorSchema, 404: ErrorSchema },
        },
      },
      serve('thumbnail'),
    );
  });
}
