-- Whistle orders (吹哨报到) carry their district first in their keys, as city data must on Citus
-- (docs/scaling.md, section 4): partner units, orders, their cases, their calls, the evaluations both
-- ways and the whistle log, each in the district of the office that whistles (or of the street that a
-- department scores). The log stays append-only: its trigger lets the district be filled, nothing else.
-- Partner units keep a unique index on id while the participation tables still point at them by id.
-- An order's cases pair the order's district with the case's: a street whistles about its own cases.
DROP TRIGGER "whistle_events_append_only" ON "whistle_events";
--> statement-breakpoint
CREATE TRIGGER "whistle_events_append_only" BEFORE UPDATE OR DELETE ON "whistle_events"
  FOR EACH ROW EXECUTE FUNCTION needle_refuse_timeline_change();
--> statement-breakpoint
ALTER TABLE "partner_units" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "partner_units" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "partner_units" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "whistle_orders" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "whistle_orders" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "whistle_orders" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "whistle_calls" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "whistle_calls" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "whistle_calls" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "whistle_events" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "whistle_events" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "whistle_events" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "street_evaluations" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "street_evaluations" SET "district_code" = left("street_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "street_evaluations" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "whistle_order_cases" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "whistle_order_cases" c SET "district_code" = o."district_code" FROM "whistle_orders" o WHERE o."id" = c."order_id";
--> statement-breakpoint
ALTER TABLE "whistle_order_cases" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "whistle_evaluations" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "whistle_evaluations" e SET "district_code" = c."district_code" FROM "whistle_calls" c WHERE c."id" = e."call_id";
--> statement-breakpoint
ALTER TABLE "whistle_evaluations" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "whistle_calls" DROP CONSTRAINT "whistle_calls_order_id_whistle_orders_id_fk";
--> statement-breakpoint
ALTER TABLE "whistle_calls" DROP CONSTRAINT "whistle_calls_partner_unit_id_partner_units_id_fk";
--> statement-breakpoint
ALTER TABLE "whistle_calls" DROP CONSTRAINT "whistle_calls_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "whistle_evaluations" DROP CONSTRAINT "whistle_evaluations_call_id_whistle_calls_id_fk";
--> statement-breakpoint
ALTER TABLE "whistle_events" DROP CONSTRAINT "whistle_events_order_id_whistle_orders_id_fk";
--> statement-breakpoint
ALTER TABLE "whistle_order_cases" DROP CONSTRAINT "whistle_order_cases_order_id_whistle_orders_id_fk";
--> statement-breakpoint
ALTER TABLE "whistle_order_cases" DROP CONSTRAINT "whistle_order_cases_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "whistle_orders" DROP CONSTRAINT "whistle_orders_issued_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "community_projects" DROP CONSTRAINT "community_projects_claimed_by_partner_unit_id_partner_units_id_fk";
--> statement-breakpoint
ALTER TABLE "partner_resources" DROP CONSTRAINT "partner_resources_partner_unit_id_partner_units_id_fk";
--> statement-breakpoint
ALTER TABLE "micro_wishes" DROP CONSTRAINT "micro_wishes_claimer_partner_unit_id_partner_units_id_fk";
--> statement-breakpoint
ALTER TABLE "shop_items" DROP CONSTRAINT "shop_items_partner_unit_id_partner_units_id_fk";
--> statement-breakpoint
CREATE UNIQUE INDEX "partner_units_id_uq" ON "partner_units" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "partner_units" DROP CONSTRAINT "partner_units_pkey";
--> statement-breakpoint
ALTER TABLE "partner_units" ADD CONSTRAINT "partner_units_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "whistle_orders" DROP CONSTRAINT "whistle_orders_pkey";
--> statement-breakpoint
ALTER TABLE "whistle_orders" ADD CONSTRAINT "whistle_orders_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "whistle_orders_id_idx" ON "whistle_orders" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "whistle_calls" DROP CONSTRAINT "whistle_calls_pkey";
--> statement-breakpoint
ALTER TABLE "whistle_calls" ADD CONSTRAINT "whistle_calls_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "whistle_calls_id_idx" ON "whistle_calls" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "whistle_evaluations" DROP CONSTRAINT "whistle_evaluations_pkey";
--> statement-breakpoint
ALTER TABLE "whistle_evaluations" ADD CONSTRAINT "whistle_evaluations_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "whistle_evaluations_id_idx" ON "whistle_evaluations" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "street_evaluations" DROP CONSTRAINT "street_evaluations_pkey";
--> statement-breakpoint
ALTER TABLE "street_evaluations" ADD CONSTRAINT "street_evaluations_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "street_evaluations_id_idx" ON "street_evaluations" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "whistle_events" DROP CONSTRAINT "whistle_events_pkey";
--> statement-breakpoint
ALTER TABLE "whistle_events" ADD CONSTRAINT "whistle_events_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "whistle_order_cases" DROP CONSTRAINT "whistle_order_cases_order_id_case_id_pk";
--> statement-breakpoint
ALTER TABLE "whistle_order_cases" ADD CONSTRAINT "whistle_order_cases_pkey" PRIMARY KEY ("district_code", "order_id", "case_id");
--> statement-breakpoint
ALTER TABLE "whistle_orders" DROP CONSTRAINT "whistle_orders_code_unique";
--> statement-breakpoint
CREATE UNIQUE INDEX "whistle_orders_code_unique" ON "whistle_orders" USING btree ("district_code", "code");
--> statement-breakpoint
DROP INDEX "whistle_evaluations_call_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "whistle_evaluations_call_uq" ON "whistle_evaluations" USING btree ("district_code", "call_id");
--> statement-breakpoint
DROP INDEX "street_evaluations_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "street_evaluations_uq" ON "street_evaluations" USING btree ("district_code", "department_id", "street_code", "month");
--> statement-breakpoint
ALTER TABLE "whistle_order_cases" ADD CONSTRAINT "whistle_order_cases_order_fk"
	FOREIGN KEY ("district_code", "order_id") REFERENCES "whistle_orders" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "whistle_order_cases" ADD CONSTRAINT "whistle_order_cases_case_fk"
	FOREIGN KEY ("district_code", "case_id") REFERENCES "cases" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "whistle_calls" ADD CONSTRAINT "whistle_calls_order_fk"
	FOREIGN KEY ("district_code", "order_id") REFERENCES "whistle_orders" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "whistle_calls" ADD CONSTRAINT "whistle_calls_partner_unit_fk"
	FOREIGN KEY ("district_code", "partner_unit_id") REFERENCES "partner_units" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "whistle_evaluations" ADD CONSTRAINT "whistle_evaluations_call_fk"
	FOREIGN KEY ("district_code", "call_id") REFERENCES "whistle_calls" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "whistle_events" ADD CONSTRAINT "whistle_events_order_fk"
	FOREIGN KEY ("district_code", "order_id") REFERENCES "whistle_orders" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "community_projects" ADD CONSTRAINT "community_projects_claimed_by_partner_unit_id_partner_units_id_fk"
	FOREIGN KEY ("claimed_by_partner_unit_id") REFERENCES "partner_units" ("id");
--> statement-breakpoint
ALTER TABLE "partner_resources" ADD CONSTRAINT "partner_resources_partner_unit_id_partner_units_id_fk"
	FOREIGN KEY ("partner_unit_id") REFERENCES "partner_units" ("id");
--> statement-breakpoint
ALTER TABLE "micro_wishes" ADD CONSTRAINT "micro_wishes_claimer_partner_unit_id_partner_units_id_fk"
	FOREIGN KEY ("claimer_partner_unit_id") REFERENCES "partner_units" ("id");
--> statement-breakpoint
ALTER TABLE "shop_items" ADD CONSTRAINT "shop_items_partner_unit_id_partner_units_id_fk"
	FOREIGN KEY ("partner_unit_id") REFERENCES "partner_units" ("id");
