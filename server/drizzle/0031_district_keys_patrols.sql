-- Patrols carry their district (the district's own region code) first in their keys, as city data must
-- on Citus (docs/scaling.md, section 4): points, patrols, check-ins, and the cases raised on a patrol (the
-- case's district). A check-in pairs its district with its patrol's and its point's; reads by id alone
-- keep an index of their own. patrol_cases still points at cases by id alone until cases is converted.
ALTER TABLE "patrol_points" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "patrol_points" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "patrol_points" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "patrols" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "patrols" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "patrols" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "patrol_checkins" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "patrol_checkins" c SET "district_code" = p."district_code" FROM "patrols" p WHERE p."id" = c."patrol_id";
--> statement-breakpoint
ALTER TABLE "patrol_checkins" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "patrol_cases" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "patrol_cases" c SET "district_code" = p."district_code" FROM "cases" p WHERE p."id" = c."case_id";
--> statement-breakpoint
ALTER TABLE "patrol_cases" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "patrol_checkins" DROP CONSTRAINT "patrol_checkins_patrol_id_fkey";
--> statement-breakpoint
ALTER TABLE "patrol_checkins" DROP CONSTRAINT "patrol_checkins_point_id_fkey";
--> statement-breakpoint
ALTER TABLE "patrol_points" DROP CONSTRAINT "patrol_points_pkey";
--> statement-breakpoint
ALTER TABLE "patrol_points" ADD CONSTRAINT "patrol_points_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "patrol_points_id_idx" ON "patrol_points" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "patrols" DROP CONSTRAINT "patrols_pkey";
--> statement-breakpoint
ALTER TABLE "patrols" ADD CONSTRAINT "patrols_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "patrols_id_idx" ON "patrols" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "patrol_checkins" DROP CONSTRAINT "patrol_checkins_pkey";
--> statement-breakpoint
ALTER TABLE "patrol_checkins" ADD CONSTRAINT "patrol_checkins_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "patrol_cases" DROP CONSTRAINT "patrol_cases_pkey";
--> statement-breakpoint
ALTER TABLE "patrol_cases" ADD CONSTRAINT "patrol_cases_pkey" PRIMARY KEY ("district_code", "case_id");
--> statement-breakpoint
CREATE INDEX "patrol_cases_case_idx" ON "patrol_cases" USING btree ("case_id");
--> statement-breakpoint
DROP INDEX "patrol_points_qr_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "patrol_points_qr_uq" ON "patrol_points" USING btree ("district_code", "qr_token");
--> statement-breakpoint
DROP INDEX "patrol_checkins_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "patrol_checkins_uq" ON "patrol_checkins" USING btree ("district_code", "patrol_id", "point_id");
--> statement-breakpoint
ALTER TABLE "patrol_checkins" ADD CONSTRAINT "patrol_checkins_patrol_fk"
	FOREIGN KEY ("district_code", "patrol_id") REFERENCES "patrols" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "patrol_checkins" ADD CONSTRAINT "patrol_checkins_point_fk"
	FOREIGN KEY ("district_code", "point_id") REFERENCES "patrol_points" ("district_code", "id");
