CREATE TABLE "patrol_rules" (
	"region_code" text PRIMARY KEY NOT NULL,
	"patrols_per_day" integer NOT NULL,
	"min_minutes" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patrol_rules_per_day_check" CHECK ("patrol_rules"."patrols_per_day" between 0 and 10),
	CONSTRAINT "patrol_rules_min_minutes_check" CHECK ("patrol_rules"."min_minutes" between 0 and 600)
);
--> statement-breakpoint
INSERT INTO "patrol_rules" ("region_code", "patrols_per_day", "min_minutes") VALUES ('', 2, 20);
--> statement-breakpoint
CREATE TABLE "patrol_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL REFERENCES "regions"("code"),
	"name" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"radius_m" integer DEFAULT 50 NOT NULL,
	"qr_token" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "patrol_points_radius_check" CHECK ("patrol_points"."radius_m" between 5 and 1000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "patrol_points_qr_uq" ON "patrol_points" USING btree ("qr_token");
--> statement-breakpoint
CREATE INDEX "patrol_points_region_idx" ON "patrol_points" USING btree ("region_code" text_pattern_ops);
--> statement-breakpoint
CREATE TABLE "patrols" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"worker_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"track" text DEFAULT '' NOT NULL,
	"track_points" integer DEFAULT 0 NOT NULL,
	"track_batches" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"distance_m" integer DEFAULT 0 NOT NULL,
	"passed_point_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"points_total" integer DEFAULT 0 NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "patrols_worker_idx" ON "patrols" USING btree ("worker_id","started_at");
--> statement-breakpoint
CREATE INDEX "patrols_region_idx" ON "patrols" USING btree ("region_code" text_pattern_ops,"started_at");
--> statement-breakpoint
CREATE TABLE "patrol_checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patrol_id" uuid NOT NULL REFERENCES "patrols"("id"),
	"point_id" uuid NOT NULL REFERENCES "patrol_points"("id"),
	"at" timestamp with time zone NOT NULL,
	"method" text NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"distance_m" integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX "patrol_checkins_uq" ON "patrol_checkins" USING btree ("patrol_id","point_id");
--> statement-breakpoint
CREATE TABLE "patrol_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL REFERENCES "cases"("id"),
	"patrol_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE INDEX "patrol_cases_patrol_idx" ON "patrol_cases" USING btree ("patrol_id");
