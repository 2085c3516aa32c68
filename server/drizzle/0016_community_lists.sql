CREATE TABLE "community_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"source" text NOT NULL,
	"case_id" uuid,
	"description" text NOT NULL,
	"households" integer NOT NULL,
	"household_note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"client_key" text,
	"client_key_hash" text
);
--> statement-breakpoint
CREATE TABLE "community_project_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"data" jsonb,
	"region_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_project_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"note" text DEFAULT '' NOT NULL,
	"photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_project_needs" (
	"project_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	CONSTRAINT "community_project_needs_project_id_need_id_pk" PRIMARY KEY("project_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "community_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"budget_yuan" integer NOT NULL,
	"owner_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"due_date" date NOT NULL,
	"claim_deadline" timestamp with time zone NOT NULL,
	"claimed_by_partner_unit_id" uuid,
	"claim_note" text,
	"claim_resource_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"claimed_at" timestamp with time zone,
	"claim_recorded_by" uuid,
	"fallen_at" timestamp with time zone,
	"evidence_note" text,
	"evidence_photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"evidence_by" uuid,
	"evidence_at" timestamp with time zone,
	"signed_off_by" uuid,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"quantity" text DEFAULT '' NOT NULL,
	"available_from" date,
	"available_until" date,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "community_needs" ADD CONSTRAINT "community_needs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_needs" ADD CONSTRAINT "community_needs_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_project_events" ADD CONSTRAINT "community_project_events_project_id_community_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."community_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_project_milestones" ADD CONSTRAINT "community_project_milestones_project_id_community_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."community_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_project_milestones" ADD CONSTRAINT "community_project_milestones_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_project_needs" ADD CONSTRAINT "community_project_needs_project_id_community_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."community_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_project_needs" ADD CONSTRAINT "community_project_needs_need_id_community_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."community_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_projects" ADD CONSTRAINT "community_projects_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_projects" ADD CONSTRAINT "community_projects_claimed_by_partner_unit_id_partner_units_id_fk" FOREIGN KEY ("claimed_by_partner_unit_id") REFERENCES "public"."partner_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_projects" ADD CONSTRAINT "community_projects_claim_recorded_by_users_id_fk" FOREIGN KEY ("claim_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_projects" ADD CONSTRAINT "community_projects_evidence_by_users_id_fk" FOREIGN KEY ("evidence_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_projects" ADD CONSTRAINT "community_projects_signed_off_by_users_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_projects" ADD CONSTRAINT "community_projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_resources" ADD CONSTRAINT "partner_resources_partner_unit_id_partner_units_id_fk" FOREIGN KEY ("partner_unit_id") REFERENCES "public"."partner_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_resources" ADD CONSTRAINT "partner_resources_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_needs_region_idx" ON "community_needs" USING btree ("region_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "community_needs_client_key_uq" ON "community_needs" USING btree ("recorded_by","client_key") WHERE "community_needs"."client_key" is not null;--> statement-breakpoint
CREATE INDEX "community_project_events_project_idx" ON "community_project_events" USING btree ("project_id","id");--> statement-breakpoint
CREATE INDEX "community_project_milestones_project_idx" ON "community_project_milestones" USING btree ("project_id","due_date");--> statement-breakpoint
CREATE INDEX "community_project_needs_need_idx" ON "community_project_needs" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "community_projects_region_idx" ON "community_projects" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "community_projects_claim_deadline_idx" ON "community_projects" USING btree ("claim_deadline") WHERE "community_projects"."state" = 'open_for_claim';--> statement-breakpoint
CREATE INDEX "partner_resources_unit_idx" ON "partner_resources" USING btree ("partner_unit_id");