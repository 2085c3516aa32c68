import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { districtCode, districtKey } from '../../db/district-keys.js';

/** An uploaded photo, stored cleaned (EXIF removed, rotated, resized) with a thumbnail. */
export const photos = pgTable(
  'photos',
  {
    /**
     * Its uploader's district (`districtHomeOf` of their region; '' for the installation's first
     * administrator, who has none): a photo is taken before the case or record it shows exists, and most
     * people photograph where they work or live. Records hold photo ids, never a key to this table.
     */
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
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
  (t) => [...districtKey('photos', t), index('photos_uploader_idx').on(t.uploadedBy)],
);
