-- Inspections carry their district (the district's own region code) first in their keys, as city data
-- must on Citus (docs/scaling.md, section 4): targets, inspections, rectification orders and their events,
-- and the shops' cases. A row pairs its district with its parent's in each foreign key; reads by id alone
-- keep an index of their own. shop_cases still points at cases by id alone until cases is converted.
ALTER TABLE "inspection_targets" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "inspection_targets" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "inspection_targets" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "inspections" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "inspections" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "rectification_orders" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "rectification_orders" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "rectification_events" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "rectification_events" c SET "district_code" = p."district_code" FROM "rectification_orders" p WHERE p."id" = c."order_id";
--> statement-breakpoint
ALTER TABLE "rectification_events" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "shop_cases" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "shop_cases" c SET "district_code" = p."district_code" FROM "inspection_targets" p WHERE p."id" = c."target_id";
--> statement-breakpoint
ALTER TABLE "shop_cases" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "inspections" DROP CONSTRAINT "inspections_target_id_fkey";
--> statement-breakpoint
ALTER TABLE "rectification_orders" DROP CONSTRAINT "rectification_orders_target_id_fkey";
--> statement-breakpoint
ALTER TABLE "rectification_orders" DROP CONSTRAINT "rectification_orders_inspection_id_fkey";
--> statement-breakpoint
ALTER TABLE "rectification_events" DROP CONSTRAINT "rectification_events_order_id_fkey";
--> statement-breakpoint
ALTER TABLE "shop_cases" DROP CONSTRAINT "shop_cases_target_id_fkey";
--> statement-breakpoint
ALTER TABLE "inspection_targets" DROP CONSTRAINT "inspection_targets_pkey";
--> statement-breakpoint
ALTER TABLE "inspection_targets" ADD CONSTRAINT "inspection_targets_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "inspection_targets_id_idx" ON "inspection_targets" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "inspections" DROP CONSTRAINT "inspections_pkey";
--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "inspections_id_idx" ON "inspections" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "rectification_orders" DROP CONSTRAINT "rectification_orders_pkey";
--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "rectification_orders_id_idx" ON "rectification_orders" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "rectification_events" DROP CONSTRAINT "rectification_events_pkey";
--> statement-breakpoint
ALTER TABLE "rectification_events" ADD CONSTRAINT "rectification_events_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "shop_cases" DROP CONSTRAINT "shop_cases_pkey";
--> statement-breakpoint
ALTER TABLE "shop_cases" ADD CONSTRAINT "shop_cases_pkey" PRIMARY KEY ("district_code", "case_id");
--> statement-breakpoint
CREATE INDEX "shop_cases_case_idx" ON "shop_cases" USING btree ("case_id");
--> statement-breakpoint
DROP INDEX "inspections_client_key_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_client_key_uq" ON "inspections" USING btree ("district_code", "inspector_id", "client_key") WHERE "client_key" is not null;
--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_target_fk"
	FOREIGN KEY ("district_code", "target_id") REFERENCES "inspection_targets" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_target_fk"
	FOREIGN KEY ("district_code", "target_id") REFERENCES "inspection_targets" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_inspection_fk"
	FOREIGN KEY ("district_code", "inspection_id") REFERENCES "inspections" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "rectification_events" ADD CONSTRAINT "rectification_events_order_fk"
	FOREIGN KEY ("district_code", "order_id") REFERENCES "rectification_orders" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "shop_cases" ADD CONSTRAINT "shop_cases_target_fk"
	FOREIGN KEY ("district_code", "target_id") REFERENCES "inspection_targets" ("district_code", "id");
