-- The admitted list (社区事项准入清单) becomes a reference table: an entry may cover a whole city, and
-- every district's departments are checked against it, so each node keeps a copy; its foreign key to
-- accounts goes (reference tables reference only reference tables). The tasks sent to a community
-- and the refusals of tasks off the list carry their district first in their keys, as city data must
-- on Citus (docs/scaling.md, section 4): each its community's or street's district.
ALTER TABLE "admitted_tasks" DROP CONSTRAINT "admitted_tasks_created_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "community_tasks" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "community_tasks" SET "district_code" = left("region_code", 6) || '000000'
--> statement-breakpoint
ALTER TABLE "community_tasks" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "community_task_refusals" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "community_task_refusals" SET "district_code" = left("region_code", 6) || '000000'
--> statement-breakpoint
ALTER TABLE "community_task_refusals" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "community_tasks" DROP CONSTRAINT "community_tasks_assigned_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "community_tasks" DROP CONSTRAINT "community_tasks_done_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "community_task_refusals" DROP CONSTRAINT "community_task_refusals_attempted_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "community_tasks" DROP CONSTRAINT "community_tasks_pkey"
--> statement-breakpoint
ALTER TABLE "community_tasks" ADD CONSTRAINT "community_tasks_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "community_tasks_id_idx" ON "community_tasks" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "community_task_refusals" DROP CONSTRAINT "community_task_refusals_pkey"
--> statement-breakpoint
ALTER TABLE "community_task_refusals" ADD CONSTRAINT "community_task_refusals_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "community_task_refusals_id_idx" ON "community_task_refusals" USING btree ("id")
