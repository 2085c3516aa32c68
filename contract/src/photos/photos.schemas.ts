import { type Static, Type } from 'typebox';

// Must match the pattern Postgres reads as a uuid; ajv's 'uuid' format also lets through a `urn:uuid:` prefix.
const PgUuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
});

/** POST /api/photos (multipart/form-data, one file field `file`): the stored photo and where to get it. */
export const UploadedPhotoSchema = Type.Object({
  id: Type.String(),
  width: Type.Integer(),
  height: Type.Integer(),
  url: Type.String(),
  thumbnailUrl: Type.String(),
});
export type UploadedPhoto = Static<typeof UploadedPhotoSchema>;

/** GET /api/photos/:id and /api/photos/:id/thumbnail */
export const PhotoParams = Type.Object({ id: PgUuid });
export type PhotoParams = Static<typeof PhotoParams>;

/** The answer of a photo read, described for the OpenAPI document: JPEG bytes, not JSON. */
export const PhotoJpegResponse = {
  description: 'The photo as JPEG, without metadata',
  content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } },
};
