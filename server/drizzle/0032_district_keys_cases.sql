-- Cases and the tables that are a case's own carry its district first in their keys, as city data must
-- on Citus (docs/scaling.md, section 4): the case, its timeline, its followers, its supervisions, its
-- 12345 ticket, what it adds to the rollups, and the daily code counters. cases already had the column.
-- A case's children point at it by (district_code, case_id) and follow it when a relocation moves it to
-- another district (ON UPDATE CASCADE). Tables not converted yet still point at cases by id alone, so
-- cases keeps a unique index on id (a listed gap) until they are.
-- Departments become a reference table: a few hundred per city, read by every district's routing.
-- Idempotency keys are a person's submissions, wherever they report: coordinator tables, like accounts,
-- so they and the points ledger no longer hold a foreign key to cases; the case's reporter likewise.
-- A case's timeline stays append-only, but for its district: when a relocation moves the case to another
-- district, its events move with it under the new key, as written. Any other change is still refused.
CREATE FUNCTION needle_refuse_timeline_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'district_code' = to_jsonb(OLD) - 'district_code' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
DROP TRIGGER "case_events_append_only" ON "case_events";
--> statement-breakpoint
CREATE TRIGGER "case_events_append_only" BEFORE UPDATE OR DELETE ON "case_events"
  FOR EACH ROW EXECUTE FUNCTION needle_refuse_timeline_change();
--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "case_events" e SET "district_code" = c."district_code" FROM "cases" c WHERE c."id" = e."case_id";
--> statement-breakpoint
ALTER TABLE "case_events" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "case_followers" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "case_followers" f SET "district_code" = c."district_code" FROM "cases" c WHERE c."id" = f."case_id";
--> statement-breakpoint
ALTER TABLE "case_followers" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "case_supervisions" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "case_supervisions" s SET "district_code" = c."district_code" FROM "cases" c WHERE c."id" = s."case_id";
--> statement-breakpoint
ALTER TABLE "case_supervisions" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "hotline_tickets" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "hotline_tickets" t SET "district_code" = c."district_code" FROM "cases" c WHERE c."id" = t."case_id";
--> statement-breakpoint
ALTER TABLE "hotline_tickets" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "kpi_case_state" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "kpi_case_state" k SET "district_code" = c."district_code" FROM "cases" c WHERE c."id" = k."case_id";
--> statement-breakpoint
-- A state whose case is gone (none should be) would only break the foreign key below.
DELETE FROM "kpi_case_state" WHERE "district_code" IS NULL;
--> statement-breakpoint
ALTER TABLE "kpi_case_state" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "case_code_sequences" ADD COLUMN "district_code" text;
--> statement-breakpoint
-- Case counters are named by the street's 9 digits, whistle order counters by SL- and the office's code.
UPDATE "case_code_sequences" SET "district_code" = left(regexp_replace("prefix", '^[A-Z]+-', ''), 6) || '000000';
--> statement-breakpoint
ALTER TABLE "case_code_sequences" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "case_events" DROP CONSTRAINT "case_events_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "case_followers" DROP CONSTRAINT "case_followers_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "case_followers" DROP CONSTRAINT "case_followers_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "case_supervisions" DROP CONSTRAINT "case_supervisions_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "hotline_tickets" DROP CONSTRAINT "hotline_tickets_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "point_transfers" DROP CONSTRAINT "point_transfers_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "patrol_cases" DROP CONSTRAINT "patrol_cases_case_id_fkey";
--> statement-breakpoint
ALTER TABLE "shop_cases" DROP CONSTRAINT "shop_cases_case_id_fkey";
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_reporter_id_users_id_fk";
--> statement-breakpoint
CREATE UNIQUE INDEX "cases_id_uq" ON "cases" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "whistle_order_cases" DROP CONSTRAINT "whistle_order_cases_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "open311_tokens" DROP CONSTRAINT "open311_tokens_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "community_needs" DROP CONSTRAINT "community_needs_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_pkey";
--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
-- Until they carry the district too, these three point at cases by id, through cases_id_uq.
ALTER TABLE "whistle_order_cases" ADD CONSTRAINT "whistle_order_cases_case_id_cases_id_fk"
	FOREIGN KEY ("case_id") REFERENCES "cases" ("id");
--> statement-breakpoint
ALTER TABLE "open311_tokens" ADD CONSTRAINT "open311_tokens_case_id_cases_id_fk"
	FOREIGN KEY ("case_id") REFERENCES "cases" ("id");
--> statement-breakpoint
ALTER TABLE "community_needs" ADD CONSTRAINT "community_needs_case_id_cases_id_fk"
	FOREIGN KEY ("case_id") REFERENCES "cases" ("id");
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_code_unique";
--> statement-breakpoint
CREATE UNIQUE INDEX "cases_code_unique" ON "cases" USING btree ("district_code", "code");
--> statement-breakpoint
ALTER TABLE "case_events" DROP CONSTRAINT "case_events_pkey";
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "case_followers" DROP CONSTRAINT "case_followers_case_id_user_id_pk";
--> statement-breakpoint
ALTER TABLE "case_followers" ADD CONSTRAINT "case_followers_pkey" PRIMARY KEY ("district_code", "case_id", "user_id");
--> statement-breakpoint
CREATE INDEX "case_followers_case_idx" ON "case_followers" USING btree ("case_id");
--> statement-breakpoint
ALTER TABLE "case_supervisions" DROP CONSTRAINT "case_supervisions_pkey";
--> statement-breakpoint
ALTER TABLE "case_supervisions" ADD CONSTRAINT "case_supervisions_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "case_supervisions_id_idx" ON "case_supervisions" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "hotline_tickets" DROP CONSTRAINT "hotline_tickets_pkey";
--> statement-breakpoint
ALTER TABLE "hotline_tickets" ADD CONSTRAINT "hotline_tickets_pkey" PRIMARY KEY ("district_code", "case_id");
--> statement-breakpoint
CREATE INDEX "hotline_tickets_case_idx" ON "hotline_tickets" USING btree ("case_id");
--> statement-breakpoint
ALTER TABLE "kpi_case_state" DROP CONSTRAINT "kpi_case_state_pkey";
--> statement-breakpoint
ALTER TABLE "kpi_case_state" ADD CONSTRAINT "kpi_case_state_pkey" PRIMARY KEY ("district_code", "case_id");
--> statement-breakpoint
CREATE INDEX "kpi_case_state_case_idx" ON "kpi_case_state" USING btree ("case_id");
--> statement-breakpoint
ALTER TABLE "case_code_sequences" DROP CONSTRAINT "case_code_sequences_prefix_day_pk";
--> statement-breakpoint
ALTER TABLE "case_code_sequences" ADD CONSTRAINT "case_code_sequences_pkey" PRIMARY KEY ("district_code", "prefix", "day");
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_fk"
	FOREIGN KEY ("district_code", "case_id") REFERENCES "cases" ("district_code", "id") ON UPDATE CASCADE;
--> statement-breakpoint
ALTER TABLE "case_followers" ADD CONSTRAINT "case_followers_case_fk"
	FOREIGN KEY ("district_code", "case_id") REFERENCES "cases" ("district_code", "id") ON UPDATE CASCADE;
--> statement-breakpoint
ALTER TABLE "case_supervisions" ADD CONSTRAINT "case_supervisions_case_fk"
	FOREIGN KEY ("district_code", "case_id") REFERENCES "cases" ("district_code", "id") ON UPDATE CASCADE;
--> statement-breakpoint
ALTER TABLE "hotline_tickets" ADD CONSTRAINT "hotline_tickets_case_fk"
	FOREIGN KEY ("district_code", "case_id") REFERENCES "cases" ("district_code", "id") ON UPDATE CASCADE;
--> statement-breakpoint
ALTER TABLE "kpi_case_state" ADD CONSTRAINT "kpi_case_state_case_fk"
	FOREIGN KEY ("district_code", "case_id") REFERENCES "cases" ("district_code", "id") ON UPDATE CASCADE;
--> statement-breakpoint
ALTER TABLE "patrol_cases" ADD CONSTRAINT "patrol_cases_case_fk"
	FOREIGN KEY ("district_code", "case_id") REFERENCES "cases" ("district_code", "id") ON UPDATE CASCADE;
--> statement-breakpoint
ALTER TABLE "shop_cases" ADD CONSTRAINT "shop_cases_case_fk"
	FOREIGN KEY ("district_code", "case_id") REFERENCES "cases" ("district_code", "id") ON UPDATE CASCADE;
