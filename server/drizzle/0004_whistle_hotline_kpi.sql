CREATE TABLE "hotline_tickets" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"request_type" text NOT NULL,
	"urgency" text NOT NULL,
	"caller_key" text,
	"sign_due_at" timestamp with time zone NOT NULL,
	"signed_at" timestamp with time zone,
	"contact_due_at" timestamp with time zone NOT NULL,
	"contacted_at" timestamp with time zone,
	"closed_on_call" boolean DEFAULT false NOT NULL,
	"callback_at" timestamp with time zone,
	"callback_by" uuid,
	"callback_valid" boolean,
	"resolved" boolean,
	"satisfaction" text,
	"region_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_case_state" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"category_code" text NOT NULL,
	"channel" text NOT NULL,
	"unit_key" text NOT NULL,
	"due_at" text NOT NULL,
	"status" text NOT NULL,
	"closed_at" text,
	"duplicate" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_daily" (
	"day" date NOT NULL,
	"region_code" text NOT NULL,
	"unit_key" text NOT NULL,
	"category_code" text NOT NULL,
	"reported" integer DEFAULT 0 NOT NULL,
	"due" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"closed_on_time" integer DEFAULT 0 NOT NULL,
	"filed" integer DEFAULT 0 NOT NULL,
	"filed_on_time" integer DEFAULT 0 NOT NULL,
	"dispatched" integer DEFAULT 0 NOT NULL,
	"dispatched_on_time" integer DEFAULT 0 NOT NULL,
	"reworked" integer DEFAULT 0 NOT NULL,
	"returned" integer DEFAULT 0 NOT NULL,
	"handled" integer DEFAULT 0 NOT NULL,
	"handled_on_time" integer DEFAULT 0 NOT NULL,
	"verified_public_reports" integer DEFAULT 0 NOT NULL,
	"hotline_valid_callbacks" integer DEFAULT 0 NOT NULL,
	"hotline_contacted" integer DEFAULT 0 NOT NULL,
	"hotline_resolved" integer DEFAULT 0 NOT NULL,
	"hotline_satisfied" integer DEFAULT 0 NOT NULL,
	"hotline_basically_satisfied" integer DEFAULT 0 NOT NULL,
	"hotline_closed_on_call" integer DEFAULT 0 NOT NULL,
	"whistles_issued" integer DEFAULT 0 NOT NULL,
	"report_ins" integer DEFAULT 0 NOT NULL,
	"report_ins_on_time" integer DEFAULT 0 NOT NULL,
	"problems_solved" integer DEFAULT 0 NOT NULL,
	"evaluations" integer DEFAULT 0 NOT NULL,
	"evaluation_score_sum" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "kpi_daily_day_region_code_unit_key_category_code_pk" PRIMARY KEY("day","region_code","unit_key","category_code")
);
--> statement-breakpoint
CREATE TABLE "kpi_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"event_id" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"required_yearly_responses" integer DEFAULT 2 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "street_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid NOT NULL,
	"street_code" text NOT NULL,
	"month" text NOT NULL,
	"by_user_id" uuid NOT NULL,
	"coordination" smallint NOT NULL,
	"support" smallint NOT NULL,
	"score" double precision NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "whistle_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"department_id" uuid,
	"partner_unit_id" uuid,
	"user_id" uuid,
	"task" text NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"arrival_lat" double precision,
	"arrival_lng" double precision,
	"arrival_photo_id" uuid,
	"completed_at" timestamp with time zone,
	"completion_note" text,
	"region_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "whistle_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"by_user_id" uuid NOT NULL,
	"reported_in_on_time" boolean NOT NULL,
	"solved" boolean NOT NULL,
	"cooperation" smallint NOT NULL,
	"score" double precision NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "whistle_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"call_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"data" jsonb,
	"region_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "whistle_order_cases" (
	"order_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "whistle_order_cases_order_id_case_id_pk" PRIMARY KEY("order_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "whistle_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"level" smallint NOT NULL,
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"task" text NOT NULL,
	"place" text NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"meet_at" timestamp with time zone,
	"report_deadline_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "whistle_orders_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "hotline_tickets" ADD CONSTRAINT "hotline_tickets_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "street_evaluations" ADD CONSTRAINT "street_evaluations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_calls" ADD CONSTRAINT "whistle_calls_order_id_whistle_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."whistle_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_calls" ADD CONSTRAINT "whistle_calls_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_calls" ADD CONSTRAINT "whistle_calls_partner_unit_id_partner_units_id_fk" FOREIGN KEY ("partner_unit_id") REFERENCES "public"."partner_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_calls" ADD CONSTRAINT "whistle_calls_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_evaluations" ADD CONSTRAINT "whistle_evaluations_call_id_whistle_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."whistle_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_events" ADD CONSTRAINT "whistle_events_order_id_whistle_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."whistle_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_order_cases" ADD CONSTRAINT "whistle_order_cases_order_id_whistle_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."whistle_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_order_cases" ADD CONSTRAINT "whistle_order_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_orders" ADD CONSTRAINT "whistle_orders_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hotline_tickets_caller_idx" ON "hotline_tickets" USING btree ("caller_key");--> statement-breakpoint
CREATE INDEX "kpi_daily_unit_idx" ON "kpi_daily" USING btree ("unit_key","day");--> statement-breakpoint
CREATE UNIQUE INDEX "street_evaluations_uq" ON "street_evaluations" USING btree ("department_id","street_code","month");--> statement-breakpoint
CREATE INDEX "whistle_calls_order_idx" ON "whistle_calls" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "whistle_calls_department_idx" ON "whistle_calls" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "whistle_calls_partner_idx" ON "whistle_calls" USING btree ("partner_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "whistle_evaluations_call_uq" ON "whistle_evaluations" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "whistle_events_order_idx" ON "whistle_events" USING btree ("order_id","id");--> statement-breakpoint
CREATE INDEX "whistle_order_cases_case_idx" ON "whistle_order_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "whistle_orders_region_idx" ON "whistle_orders" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
-- The whistle log is append-only like the case timeline.
CREATE TRIGGER whistle_events_append_only BEFORE UPDATE OR DELETE ON whistle_events
  FOR EACH ROW EXECUTE FUNCTION needle_refuse_audit_change();
