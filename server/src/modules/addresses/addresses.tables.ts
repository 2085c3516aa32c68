import { ADDRESS_KINDS } from '@needle/contract';
import { sql } from 'drizzle-orm';
import { doublePrecision, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The city's gazetteer (地名地址库): house numbers on roads, numbered buildings and landmarks, each a
 * WGS-84 point with the grid and community it falls in, as the hotline searches it by text and pinyin.
 */
export const addresses = pgTable(
  'addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ADDRESS_KINDS }).notNull(),
    /** As people write it: 义和路88号, 东田社区3号楼, 长春市第二实验中学. */
    text: text('text').notNull(),
    /** normaliseAddress(text): what typed text is compared with. */
    normText: text('norm_text').notNull(),
    /** Toneless pinyin of the text, and its initials. */
    pinyin: text('pinyin').notNull(),
    initials: text('initials').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    /** The grid the point lies in when imported; null outside every grid. */
    gridCode: text('grid_code'),
    /** The grid's community: the region code scoping every read, and what the hotline compares. */
    regionCode: text('region_code'),
    /** Where the entry came from; an import replaces the entries of the sources it names. */
    source: text('source').notNull(),
    /** One id per import: which rows came in together. */
    batch: uuid('batch').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Prefix searches (LIKE 'q%') use these whatever the database's collation; pg_trgm is not loaded
    // in the embedded database, so contains-searches scan, which the gazetteer's size allows.
    index('addresses_norm_text_idx').using('btree', sql`${t.normText} text_pattern_ops`),
    index('addresses_pinyin_idx').using('btree', sql`${t.pinyin} text_pattern_ops`),
    index('addresses_initials_idx').using('btree', sql`${t.initials} text_pattern_ops`),
    index('addresses_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`),
    index('addresses_source_idx').on(t.source),
  ],
);
