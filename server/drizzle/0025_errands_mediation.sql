CREATE TABLE "errands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"for_name" text NOT NULL,
	"requester_id" uuid,
	"office" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'received' NOT NULL,
	"deadline" date NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"handled_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "errands_kind_check" CHECK ("errands"."kind" in ('senior_card', 'medical_insurance', 'relief', 'certificate', 'other')),
	CONSTRAINT "errands_state_check" CHECK ("errands"."state" in ('received', 'submitted', 'completed', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX "errands_region_idx" ON "errands" USING btree ("region_code" text_pattern_ops, "state");
--> statement-breakpoint
CREATE INDEX "errands_requester_idx" ON "errands" USING btree ("requester_id");
--> statement-breakpoint
CREATE TABLE "errand_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"errand_id" uuid NOT NULL REFERENCES "errands"("id"),
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"state" text NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX "errand_events_errand_idx" ON "errand_events" USING btree ("errand_id","id");
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"parties" jsonb NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"agreement" text DEFAULT '' NOT NULL,
	"follow_up_on" date,
	"followed_up_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "disputes_kind_check" CHECK ("disputes"."kind" in ('neighbour', 'family', 'property', 'other')),
	CONSTRAINT "disputes_state_check" CHECK ("disputes"."state" in ('open', 'agreed', 'failed'))
);
--> statement-breakpoint
CREATE INDEX "disputes_region_idx" ON "disputes" USING btree ("region_code" text_pattern_ops);
--> statement-breakpoint
CREATE TABLE "dispute_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dispute_id" uuid NOT NULL REFERENCES "disputes"("id"),
	"at" timestamp with time zone NOT NULL,
	"mediator_id" uuid NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "dispute_sessions_dispute_idx" ON "dispute_sessions" USING btree ("dispute_id","at");
