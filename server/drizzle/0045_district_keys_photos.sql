-- Photos carry their district in their key, as city data must on Citus (docs/scaling.md, section 4): a
-- photo lies in its uploader's district (a city-level uploader's under the city's code), as the region
-- it was uploaded from names it; one uploaded by the installation's first administrator, who has no
-- region, under '' (no district). Records hold photo ids, not keys to this table, so nothing else moves.
ALTER TABLE "photos" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "photos" SET "district_code" = coalesce(rpad(left("region_code", 6), 12, '0'), '')
--> statement-breakpoint
ALTER TABLE "photos" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "photos" DROP CONSTRAINT "photos_pkey"
--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "photos_id_idx" ON "photos" USING btree ("id")
