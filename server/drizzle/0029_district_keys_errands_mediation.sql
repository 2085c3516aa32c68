-- Errands and mediation carry their district (the district's own region code) first in their keys, as
-- city data must on Citus (docs/scaling.md, section 4; distribution.test.ts holds every table to it).
-- An event or session pairs its district with its parent's in the foreign key. Reads by id alone keep an
-- index of their own, since the primary key now starts with the district.
ALTER TABLE "errands" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "errands" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "errands" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "errand_events" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "errand_events" e SET "district_code" = p."district_code" FROM "errands" p WHERE p."id" = e."errand_id";
--> statement-breakpoint
ALTER TABLE "errand_events" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "errand_events" DROP CONSTRAINT "errand_events_errand_id_fkey";
--> statement-breakpoint
ALTER TABLE "errands" DROP CONSTRAINT "errands_pkey";
--> statement-breakpoint
ALTER TABLE "errands" ADD CONSTRAINT "errands_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "errands_id_idx" ON "errands" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "errand_events" DROP CONSTRAINT "errand_events_pkey";
--> statement-breakpoint
ALTER TABLE "errand_events" ADD CONSTRAINT "errand_events_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "errand_events" ADD CONSTRAINT "errand_events_errand_fk"
	FOREIGN KEY ("district_code", "errand_id") REFERENCES "errands" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "disputes" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "disputes" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "dispute_sessions" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "dispute_sessions" s SET "district_code" = p."district_code" FROM "disputes" p WHERE p."id" = s."dispute_id";
--> statement-breakpoint
ALTER TABLE "dispute_sessions" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "dispute_sessions" DROP CONSTRAINT "dispute_sessions_dispute_id_fkey";
--> statement-breakpoint
ALTER TABLE "disputes" DROP CONSTRAINT "disputes_pkey";
--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "disputes_id_idx" ON "disputes" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "dispute_sessions" DROP CONSTRAINT "dispute_sessions_pkey";
--> statement-breakpoint
ALTER TABLE "dispute_sessions" ADD CONSTRAINT "dispute_sessions_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "dispute_sessions" ADD CONSTRAINT "dispute_sessions_dispute_fk"
	FOREIGN KEY ("district_code", "dispute_id") REFERENCES "disputes" ("district_code", "id");
