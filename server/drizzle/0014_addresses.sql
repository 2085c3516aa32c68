CREATE TABLE "addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"norm_text" text NOT NULL,
	"pinyin" text NOT NULL,
	"initials" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"grid_code" text,
	"region_code" text,
	"source" text NOT NULL,
	"batch" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "addresses_norm_text_idx" ON "addresses" USING btree ("norm_text" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "addresses_pinyin_idx" ON "addresses" USING btree ("pinyin" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "addresses_initials_idx" ON "addresses" USING btree ("initials" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "addresses_region_idx" ON "addresses" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "addresses_source_idx" ON "addresses" USING btree ("source");