CREATE TABLE "admitted_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"department_ids" uuid[] NOT NULL,
	"basis" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"department_id" uuid NOT NULL,
	"admitted_task_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"admission" text NOT NULL,
	"funding_yuan" integer,
	"funding_source" text,
	"due_date" date,
	"state" text DEFAULT 'assigned' NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone NOT NULL,
	"done_by" uuid,
	"done_at" timestamp with time zone,
	"done_note" text DEFAULT '' NOT NULL,
	CONSTRAINT "community_tasks_funded_check" CHECK ("community_tasks"."admission" = 'admitted' or ("community_tasks"."funding_yuan" > 0 and "community_tasks"."funding_source" is not null))
);
--> statement-breakpoint
CREATE TABLE "community_task_refusals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"admitted_task_id" uuid,
	"title" text NOT NULL,
	"reason" text NOT NULL,
	"attempted_by" uuid,
	"attempted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"subject" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"mode" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluations_period_check" CHECK ("evaluations"."closes_at" > "evaluations"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "evaluation_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"price_fen" integer NOT NULL,
	"price_unit" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"weight" integer NOT NULL,
	CONSTRAINT "evaluation_criteria_weight_check" CHECK ("evaluation_criteria"."weight" > 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"offer_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"client_key" text,
	"client_key_hash" text
);
--> statement-breakpoint
CREATE TABLE "evaluation_scores" (
	"submission_id" uuid NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	CONSTRAINT "evaluation_scores_submission_id_offer_id_criterion_id_pk" PRIMARY KEY("submission_id","offer_id","criterion_id"),
	CONSTRAINT "evaluation_scores_range_check" CHECK ("evaluation_scores"."score" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "admitted_tasks" ADD CONSTRAINT "admitted_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tasks" ADD CONSTRAINT "community_tasks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tasks" ADD CONSTRAINT "community_tasks_admitted_task_id_admitted_tasks_id_fk" FOREIGN KEY ("admitted_task_id") REFERENCES "public"."admitted_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tasks" ADD CONSTRAINT "community_tasks_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_tasks" ADD CONSTRAINT "community_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_task_refusals" ADD CONSTRAINT "community_task_refusals_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_task_refusals" ADD CONSTRAINT "community_task_refusals_admitted_task_id_admitted_tasks_id_fk" FOREIGN KEY ("admitted_task_id") REFERENCES "public"."admitted_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_task_refusals" ADD CONSTRAINT "community_task_refusals_attempted_by_users_id_fk" FOREIGN KEY ("attempted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_offers" ADD CONSTRAINT "evaluation_offers_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_criteria" ADD CONSTRAINT "evaluation_criteria_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_offer_id_evaluation_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."evaluation_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_submission_id_evaluation_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."evaluation_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_offer_id_evaluation_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."evaluation_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_criterion_id_evaluation_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."evaluation_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admitted_tasks_region_idx" ON "admitted_tasks" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "community_tasks_region_idx" ON "community_tasks" USING btree ("region_code","assigned_at");--> statement-breakpoint
CREATE INDEX "community_tasks_department_idx" ON "community_tasks" USING btree ("department_id","assigned_at");--> statement-breakpoint
CREATE INDEX "community_task_refusals_department_idx" ON "community_task_refusals" USING btree ("department_id","attempted_at");--> statement-breakpoint
CREATE INDEX "evaluations_region_idx" ON "evaluations" USING btree ("region_code","closes_at");--> statement-breakpoint
CREATE INDEX "evaluation_offers_evaluation_idx" ON "evaluation_offers" USING btree ("evaluation_id","position");--> statement-breakpoint
CREATE INDEX "evaluation_criteria_evaluation_idx" ON "evaluation_criteria" USING btree ("evaluation_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_submissions_household_uq" ON "evaluation_submissions" USING btree ("evaluation_id","household_id");--> statement-breakpoint
CREATE INDEX "evaluation_scores_evaluation_idx" ON "evaluation_scores" USING btree ("evaluation_id");
