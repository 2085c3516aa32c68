-- Hotspots (未诉先办): what the detector proposes, and its own state between runs.
-- A case's hotspot area (the resolution-8 H3 cell over its resolution-10 one, hotspot-area.ts's areaSql)
-- is indexed with the category and the time, so a run counts only the places new cases touched, and
-- the 未诉先办 figure finds the complaints before and after a proactive case at its place.
-- The expression is null for a cell that is not an H3 index in hex, so no row can make it fail.
CREATE INDEX "cases_area_idx" ON "cases" USING btree ((case when "h3_cell" ~ '^[0-9a-f]{1,16}$' then to_hex(((('x' || lpad("h3_cell", 16, '0'))::bit(64)::bigint & ~(15::bigint << 52) & ~2097151::bigint) | (8::bigint << 52) | 2097151::bigint)) end), "category_code", "created_at")
--> statement-breakpoint
CREATE TABLE "hotspot_proposals" (
	"district_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"street_code" text NOT NULL,
	"kind" text NOT NULL,
	"area" text NOT NULL,
	"radius" integer DEFAULT 0 NOT NULL,
	"category_code" text NOT NULL REFERENCES "categories"("code"),
	"subject" text DEFAULT '' NOT NULL,
	"observed" integer NOT NULL,
	"expected" double precision NOT NULL,
	"surprise" double precision NOT NULL,
	"threshold" double precision NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"case_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"action" text,
	"action_case_id" uuid,
	"action_whistle_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"dismiss_reason" text,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hotspot_proposals_pkey" PRIMARY KEY ("district_code", "id"),
	CONSTRAINT "hotspot_proposals_kind_check" CHECK ("kind" in ('cluster', 'recurrence', 'repeat_caller')),
	CONSTRAINT "hotspot_proposals_status_check" CHECK ("status" in ('open', 'accepted', 'dismissed')),
	CONSTRAINT "hotspot_proposals_action_check" CHECK ("action" is null or "action" in ('proactive_case', 'whistle'))
);
--> statement-breakpoint
CREATE INDEX "hotspot_proposals_id_idx" ON "hotspot_proposals" USING btree ("id");
--> statement-breakpoint
-- One open proposal per kind, place, category and subject: a later run updates its evidence.
CREATE UNIQUE INDEX "hotspot_proposals_open_uq" ON "hotspot_proposals" USING btree ("district_code", "kind", "area", "category_code", "subject") WHERE "status" = 'open';
--> statement-breakpoint
CREATE INDEX "hotspot_proposals_street_idx" ON "hotspot_proposals" USING btree ("street_code" text_pattern_ops, "status", "detected_at");
--> statement-breakpoint
CREATE TABLE "hotspot_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"full_at" timestamp with time zone NOT NULL,
	"watermark" timestamp with time zone NOT NULL,
	"state" jsonb NOT NULL
);
