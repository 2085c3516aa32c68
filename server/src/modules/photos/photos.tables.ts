import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** An uploaded photo, stored cleaned (EXIF removed, rotated, resized) with a thumbnail. */
export const photos = pgTable(
  'photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uploadedBy: uuid('uploaded_by'),
    /** Where the uploader stood in the hierarchy, for the record; who may read it follows what it is attached to. */
    regionCode: text('region_code'),
    contentType: text('content_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('photos_uploader_idx').on(t.uploadedBy)],
);
