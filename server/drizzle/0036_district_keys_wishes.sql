-- Micro wishes (微心愿) carry their district first in their keys, as city data must on Citus
-- (docs/scaling.md, section 4): a wish its community's, its timeline its wish's. A wish claimed by a
-- partner unit pairs the district with the unit's (a community's wishes are claimed in its street's
-- alliance). Foreign keys to accounts go, as elsewhere (accounts are never deleted).
ALTER TABLE "micro_wishes" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "micro_wishes" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "micro_wishes" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "micro_wish_events" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "micro_wish_events" e SET "district_code" = w."district_code" FROM "micro_wishes" w WHERE w."id" = e."wish_id";
--> statement-breakpoint
ALTER TABLE "micro_wish_events" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "micro_wishes" DROP CONSTRAINT "micro_wishes_wisher_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "micro_wishes" DROP CONSTRAINT "micro_wishes_posted_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "micro_wishes" DROP CONSTRAINT "micro_wishes_reviewed_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "micro_wishes" DROP CONSTRAINT "micro_wishes_claimer_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "micro_wishes" DROP CONSTRAINT "micro_wishes_claim_recorded_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "micro_wishes" DROP CONSTRAINT "micro_wishes_fulfilled_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "micro_wishes" DROP CONSTRAINT "micro_wishes_confirmed_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "micro_wishes" DROP CONSTRAINT "micro_wishes_claimer_partner_unit_id_partner_units_id_fk";
--> statement-breakpoint
ALTER TABLE "micro_wish_events" DROP CONSTRAINT "micro_wish_events_wish_id_micro_wishes_id_fk";
--> statement-breakpoint
ALTER TABLE "micro_wishes" DROP CONSTRAINT "micro_wishes_pkey";
--> statement-breakpoint
ALTER TABLE "micro_wishes" ADD CONSTRAINT "micro_wishes_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "micro_wish_events" DROP CONSTRAINT "micro_wish_events_pkey";
--> statement-breakpoint
ALTER TABLE "micro_wish_events" ADD CONSTRAINT "micro_wish_events_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "micro_wishes_id_idx" ON "micro_wishes" USING btree ("id");
--> statement-breakpoint
DROP INDEX "micro_wishes_client_key_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "micro_wishes_client_key_uq" ON "micro_wishes" USING btree ("district_code", "posted_by", "client_key") WHERE "client_key" is not null;
--> statement-breakpoint
ALTER TABLE "micro_wishes" ADD CONSTRAINT "micro_wishes_claimer_partner_unit_fk"
	FOREIGN KEY ("district_code", "claimer_partner_unit_id") REFERENCES "partner_units" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "micro_wish_events" ADD CONSTRAINT "micro_wish_events_wish_fk"
	FOREIGN KEY ("district_code", "wish_id") REFERENCES "micro_wishes" ("district_code", "id");
