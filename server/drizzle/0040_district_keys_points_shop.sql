-- The points shop (积分超市) carries its district first in its keys, as city data must on Citus
-- (docs/scaling.md, section 4): an item its community's or street's district, paired with its partner
-- unit's (a shop's merchants are its street's alliance), a redemption its item's. With that no table
-- points at partner units by id alone, and partner_units loses its unique index on id. A pending
-- pickup code is unique within its district: staff complete a pickup in their own area, and one who
-- sees several districts and meets a code waiting in two is asked to complete it from the district.
-- Foreign keys to accounts go, as elsewhere (accounts are never deleted).
ALTER TABLE "shop_items" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "shop_items" SET "district_code" = left("region_code", 6) || '000000'
--> statement-breakpoint
ALTER TABLE "shop_items" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "shop_redemptions" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "shop_redemptions" r SET "district_code" = i."district_code" FROM "shop_items" i WHERE i."id" = r."item_id"
--> statement-breakpoint
ALTER TABLE "shop_redemptions" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "shop_items" DROP CONSTRAINT "shop_items_partner_unit_id_partner_units_id_fk"
--> statement-breakpoint
ALTER TABLE "shop_items" DROP CONSTRAINT "shop_items_created_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "shop_redemptions" DROP CONSTRAINT "shop_redemptions_item_id_shop_items_id_fk"
--> statement-breakpoint
ALTER TABLE "shop_redemptions" DROP CONSTRAINT "shop_redemptions_user_id_users_id_fk"
--> statement-breakpoint
ALTER TABLE "shop_redemptions" DROP CONSTRAINT "shop_redemptions_ended_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "shop_items" DROP CONSTRAINT "shop_items_pkey"
--> statement-breakpoint
ALTER TABLE "shop_items" ADD CONSTRAINT "shop_items_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "shop_items_id_idx" ON "shop_items" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "shop_redemptions" DROP CONSTRAINT "shop_redemptions_pkey"
--> statement-breakpoint
ALTER TABLE "shop_redemptions" ADD CONSTRAINT "shop_redemptions_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "shop_redemptions_id_idx" ON "shop_redemptions" USING btree ("id")
--> statement-breakpoint
DROP INDEX "shop_redemptions_pickup_code_uq"
--> statement-breakpoint
CREATE UNIQUE INDEX "shop_redemptions_pickup_code_uq" ON "shop_redemptions" USING btree ("district_code", "pickup_code") WHERE "state" = 'pending'
--> statement-breakpoint
CREATE INDEX "shop_redemptions_pickup_code_idx" ON "shop_redemptions" USING btree ("pickup_code") WHERE "state" = 'pending'
--> statement-breakpoint
DROP INDEX "shop_redemptions_client_key_uq"
--> statement-breakpoint
CREATE UNIQUE INDEX "shop_redemptions_client_key_uq" ON "shop_redemptions" USING btree ("district_code", "user_id", "client_key") WHERE "client_key" is not null
--> statement-breakpoint
DROP INDEX "partner_units_id_uq"
--> statement-breakpoint
CREATE INDEX "partner_units_id_idx" ON "partner_units" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "shop_items" ADD CONSTRAINT "shop_items_partner_unit_fk"
	FOREIGN KEY ("district_code", "partner_unit_id") REFERENCES "partner_units" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "shop_redemptions" ADD CONSTRAINT "shop_redemptions_item_fk"
	FOREIGN KEY ("district_code", "item_id") REFERENCES "shop_items" ("district_code", "id")
