-- Volunteer teams (志愿服务队), their members, activities and sign-ups carry their district first in
-- their keys, as city data must on Citus (docs/scaling.md, section 4): a team its community's or
-- street's district, its members and activities the team's, a sign-up its activity's. Foreign keys to
-- accounts go, as elsewhere (accounts are never deleted). A resident signs up in any district: their
-- hours and points live with the person (the points ledger, a coordinator table), not here.
ALTER TABLE "volunteer_teams" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "volunteer_teams" SET "district_code" = left("region_code", 6) || '000000'
--> statement-breakpoint
ALTER TABLE "volunteer_teams" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "volunteer_team_members" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "volunteer_team_members" x SET "district_code" = v."district_code" FROM "volunteer_teams" v WHERE v."id" = x."team_id"
--> statement-breakpoint
ALTER TABLE "volunteer_team_members" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "volunteer_activities" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "volunteer_activities" x SET "district_code" = v."district_code" FROM "volunteer_teams" v WHERE v."id" = x."team_id"
--> statement-breakpoint
ALTER TABLE "volunteer_activities" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "volunteer_signups" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "volunteer_signups" x SET "district_code" = a."district_code" FROM "volunteer_activities" a WHERE a."id" = x."activity_id"
--> statement-breakpoint
ALTER TABLE "volunteer_signups" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "volunteer_teams" DROP CONSTRAINT "volunteer_teams_leader_id_users_id_fk"
--> statement-breakpoint
ALTER TABLE "volunteer_teams" DROP CONSTRAINT "volunteer_teams_created_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "volunteer_team_members" DROP CONSTRAINT "volunteer_team_members_team_id_volunteer_teams_id_fk"
--> statement-breakpoint
ALTER TABLE "volunteer_team_members" DROP CONSTRAINT "volunteer_team_members_user_id_users_id_fk"
--> statement-breakpoint
ALTER TABLE "volunteer_team_members" DROP CONSTRAINT "volunteer_team_members_added_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "volunteer_activities" DROP CONSTRAINT "volunteer_activities_team_id_volunteer_teams_id_fk"
--> statement-breakpoint
ALTER TABLE "volunteer_activities" DROP CONSTRAINT "volunteer_activities_created_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "volunteer_signups" DROP CONSTRAINT "volunteer_signups_activity_id_volunteer_activities_id_fk"
--> statement-breakpoint
ALTER TABLE "volunteer_signups" DROP CONSTRAINT "volunteer_signups_user_id_users_id_fk"
--> statement-breakpoint
ALTER TABLE "volunteer_teams" DROP CONSTRAINT "volunteer_teams_pkey"
--> statement-breakpoint
ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "volunteer_teams_id_idx" ON "volunteer_teams" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "volunteer_activities" DROP CONSTRAINT "volunteer_activities_pkey"
--> statement-breakpoint
ALTER TABLE "volunteer_activities" ADD CONSTRAINT "volunteer_activities_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "volunteer_activities_id_idx" ON "volunteer_activities" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "volunteer_signups" DROP CONSTRAINT "volunteer_signups_pkey"
--> statement-breakpoint
ALTER TABLE "volunteer_signups" ADD CONSTRAINT "volunteer_signups_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "volunteer_signups_id_idx" ON "volunteer_signups" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "volunteer_team_members" DROP CONSTRAINT "volunteer_team_members_team_id_user_id_pk"
--> statement-breakpoint
ALTER TABLE "volunteer_team_members" ADD CONSTRAINT "volunteer_team_members_pkey" PRIMARY KEY ("district_code", "team_id", "user_id")
--> statement-breakpoint
DROP INDEX "volunteer_signups_activity_user_uq"
--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_signups_activity_user_uq" ON "volunteer_signups" USING btree ("district_code", "activity_id", "user_id")
--> statement-breakpoint
ALTER TABLE "volunteer_team_members" ADD CONSTRAINT "volunteer_team_members_team_fk"
	FOREIGN KEY ("district_code", "team_id") REFERENCES "volunteer_teams" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "volunteer_activities" ADD CONSTRAINT "volunteer_activities_team_fk"
	FOREIGN KEY ("district_code", "team_id") REFERENCES "volunteer_teams" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "volunteer_signups" ADD CONSTRAINT "volunteer_signups_activity_fk"
	FOREIGN KEY ("district_code", "activity_id") REFERENCES "volunteer_activities" ("district_code", "id")
