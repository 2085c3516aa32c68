-- The fine rows summed to the grain each dashboard query reads (stats.tables.ts, rollup/rollup-cuts.ts):
-- a region at each level, a unit, a category within a city, a district or a street, per day and per month.
-- It replaces kpi_daily_street, which kept every unit's figures per street and day.
CREATE TABLE "kpi_rollup" (
	"cut" text NOT NULL,
	"level" smallint NOT NULL,
	"key" text COLLATE "C" NOT NULL,
	"span" text NOT NULL,
	"bucket" date NOT NULL,
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
	CONSTRAINT "kpi_rollup_cut_level_key_span_bucket_pk" PRIMARY KEY("cut","level","key","span","bucket")
) WITH (fillfactor = 80);
--> statement-breakpoint
INSERT INTO "kpi_rollup" ("cut", "level", "key", "span", "bucket", "reported", "due", "closed", "closed_on_time", "filed", "filed_on_time", "dispatched", "dispatched_on_time", "reworked", "returned", "handled", "handled_on_time", "verified_public_reports", "hotline_valid_callbacks", "hotline_contacted", "hotline_resolved", "hotline_satisfied", "hotline_basically_satisfied", "hotline_closed_on_call", "whistles_issued", "report_ins", "report_ins_on_time", "problems_solved", "evaluations", "evaluation_score_sum")
SELECT cut, level, key, span, bucket, sum("reported"), sum("due"), sum("closed"), sum("closed_on_time"), sum("filed"), sum("filed_on_time"), sum("dispatched"), sum("dispatched_on_time"), sum("reworked"), sum("returned"), sum("handled"), sum("handled_on_time"), sum("verified_public_reports"), sum("hotline_valid_callbacks"), sum("hotline_contacted"), sum("hotline_resolved"), sum("hotline_satisfied"), sum("hotline_basically_satisfied"), sum("hotline_closed_on_call"), sum("whistles_issued"), sum("report_ins"), sum("report_ins_on_time"), sum("problems_solved"), sum("evaluations"), sum("evaluation_score_sum")
FROM (
	SELECT f.*, s.span,
	       CASE WHEN s.span = 'day' THEN f.day ELSE date_trunc('month', f.day)::date END AS bucket
	FROM "kpi_daily" f, (VALUES ('day'), ('month')) s(span)
) f
CROSS JOIN LATERAL (
	SELECT CASE WHEN f.category_code = '' THEN 'whistles' ELSE 'cases' END, l.len, left(f.region_code, l.len)
	FROM (VALUES (4), (6), (9), (12), (15)) l(len) WHERE length(f.region_code) >= l.len
	UNION ALL
	SELECT 'unit', 0, f.unit_key
	UNION ALL
	SELECT 'category', l.len, left(f.region_code, l.len) || ':' || f.category_code
	FROM (VALUES (4), (6), (9)) l(len) WHERE f.category_code <> '' AND length(f.region_code) >= l.len
) k(cut, level, key)
GROUP BY cut, level, key, span, bucket
ORDER BY span, bucket, cut, level, key;
--> statement-breakpoint
CREATE INDEX "kpi_rollup_bucket_idx" ON "kpi_rollup" USING btree ("cut","level","span","bucket","key");
--> statement-breakpoint
DROP TABLE "kpi_daily_street";
--> statement-breakpoint
CREATE INDEX "kpi_daily_region_idx" ON "kpi_daily" USING btree ("region_code" text_pattern_ops,"day");
