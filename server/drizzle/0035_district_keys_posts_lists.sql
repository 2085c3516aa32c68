-- Posts and the community lists (需求清单, 资源清单, 项目清单) carry their district first in their keys, as
-- city data must on Citus (docs/scaling.md, section 4): a post, a need and a project take their region's
-- district, a partner's resource its unit's, a project's needs, milestones and events their project's.
-- Foreign keys to accounts go, as elsewhere (accounts are never deleted). A need raised from a grid
-- report points at its case by (district, case): a report and its need are in one community. Open311
-- tokens are a client's, looked up by token alone: a coordinator table, without a foreign key to cases.
-- cases no longer needs a unique index on id alone; community_needs keeps one while deliberations
-- point at needs by id.
ALTER TABLE "posts" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "posts" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "posts" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "community_needs" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "community_needs" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "community_needs" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "community_projects" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "community_projects" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "community_projects" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "partner_resources" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "partner_resources" r SET "district_code" = u."district_code" FROM "partner_units" u WHERE u."id" = r."partner_unit_id";
--> statement-breakpoint
ALTER TABLE "partner_resources" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "community_project_needs" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "community_project_needs" x SET "district_code" = p."district_code" FROM "community_projects" p WHERE p."id" = x."project_id";
--> statement-breakpoint
ALTER TABLE "community_project_needs" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "community_project_milestones" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "community_project_milestones" x SET "district_code" = p."district_code" FROM "community_projects" p WHERE p."id" = x."project_id";
--> statement-breakpoint
ALTER TABLE "community_project_milestones" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "community_project_events" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "community_project_events" x SET "district_code" = p."district_code" FROM "community_projects" p WHERE p."id" = x."project_id";
--> statement-breakpoint
ALTER TABLE "community_project_events" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "posts" DROP CONSTRAINT "posts_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "open311_tokens" DROP CONSTRAINT "open311_tokens_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "community_needs" DROP CONSTRAINT "community_needs_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "community_needs" DROP CONSTRAINT "community_needs_recorded_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "deliberations" DROP CONSTRAINT "deliberations_need_id_community_needs_id_fk";
--> statement-breakpoint
ALTER TABLE "partner_resources" DROP CONSTRAINT "partner_resources_partner_unit_id_partner_units_id_fk";
--> statement-breakpoint
ALTER TABLE "partner_resources" DROP CONSTRAINT "partner_resources_recorded_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "community_projects" DROP CONSTRAINT "community_projects_owner_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "community_projects" DROP CONSTRAINT "community_projects_claimed_by_partner_unit_id_partner_units_id_fk";
--> statement-breakpoint
ALTER TABLE "community_projects" DROP CONSTRAINT "community_projects_claim_recorded_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "community_projects" DROP CONSTRAINT "community_projects_evidence_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "community_projects" DROP CONSTRAINT "community_projects_signed_off_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "community_projects" DROP CONSTRAINT "community_projects_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "community_project_needs" DROP CONSTRAINT "community_project_needs_project_id_community_projects_id_fk";
--> statement-breakpoint
ALTER TABLE "community_project_needs" DROP CONSTRAINT "community_project_needs_need_id_community_needs_id_fk";
--> statement-breakpoint
ALTER TABLE "community_project_milestones" DROP CONSTRAINT "community_project_milestones_project_id_community_projects_id_fk";
--> statement-breakpoint
ALTER TABLE "community_project_milestones" DROP CONSTRAINT "community_project_milestones_done_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "community_project_events" DROP CONSTRAINT "community_project_events_project_id_community_projects_id_fk";
--> statement-breakpoint
DROP INDEX "cases_id_uq";
--> statement-breakpoint
CREATE INDEX "cases_id_idx" ON "cases" USING btree ("id");
--> statement-breakpoint
CREATE UNIQUE INDEX "community_needs_id_uq" ON "community_needs" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "posts" DROP CONSTRAINT "posts_pkey";
--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "posts_id_idx" ON "posts" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "community_needs" DROP CONSTRAINT "community_needs_pkey";
--> statement-breakpoint
ALTER TABLE "community_needs" ADD CONSTRAINT "community_needs_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "partner_resources" DROP CONSTRAINT "partner_resources_pkey";
--> statement-breakpoint
ALTER TABLE "partner_resources" ADD CONSTRAINT "partner_resources_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "partner_resources_id_idx" ON "partner_resources" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "community_projects" DROP CONSTRAINT "community_projects_pkey";
--> statement-breakpoint
ALTER TABLE "community_projects" ADD CONSTRAINT "community_projects_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "community_projects_id_idx" ON "community_projects" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "community_project_milestones" DROP CONSTRAINT "community_project_milestones_pkey";
--> statement-breakpoint
ALTER TABLE "community_project_milestones" ADD CONSTRAINT "community_project_milestones_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "community_project_milestones_id_idx" ON "community_project_milestones" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "community_project_events" DROP CONSTRAINT "community_project_events_pkey";
--> statement-breakpoint
ALTER TABLE "community_project_events" ADD CONSTRAINT "community_project_events_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "community_project_needs" DROP CONSTRAINT "community_project_needs_project_id_need_id_pk";
--> statement-breakpoint
ALTER TABLE "community_project_needs" ADD CONSTRAINT "community_project_needs_pkey" PRIMARY KEY ("district_code", "project_id", "need_id");
--> statement-breakpoint
DROP INDEX "posts_holder_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "posts_holder_uq" ON "posts" USING btree ("district_code", "user_id", "kind", "region_code", "building", "unit");
--> statement-breakpoint
DROP INDEX "community_needs_client_key_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "community_needs_client_key_uq" ON "community_needs" USING btree ("district_code", "recorded_by", "client_key") WHERE "client_key" is not null;
--> statement-breakpoint
ALTER TABLE "community_needs" ADD CONSTRAINT "community_needs_case_fk"
	FOREIGN KEY ("district_code", "case_id") REFERENCES "cases" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "partner_resources" ADD CONSTRAINT "partner_resources_partner_unit_fk"
	FOREIGN KEY ("district_code", "partner_unit_id") REFERENCES "partner_units" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "community_projects" ADD CONSTRAINT "community_projects_claimed_by_fk"
	FOREIGN KEY ("district_code", "claimed_by_partner_unit_id") REFERENCES "partner_units" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "community_project_needs" ADD CONSTRAINT "community_project_needs_project_fk"
	FOREIGN KEY ("district_code", "project_id") REFERENCES "community_projects" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "community_project_needs" ADD CONSTRAINT "community_project_needs_need_fk"
	FOREIGN KEY ("district_code", "need_id") REFERENCES "community_needs" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "community_project_milestones" ADD CONSTRAINT "community_project_milestones_project_fk"
	FOREIGN KEY ("district_code", "project_id") REFERENCES "community_projects" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "community_project_events" ADD CONSTRAINT "community_project_events_project_fk"
	FOREIGN KEY ("district_code", "project_id") REFERENCES "community_projects" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "deliberations" ADD CONSTRAINT "deliberations_need_id_community_needs_id_fk"
	FOREIGN KEY ("need_id") REFERENCES "community_needs" ("id");
