-- The KPI rollups carry a district in their key, as city data must on Citus (docs/scaling.md, section 4).
-- A region's rows (a grid's up to a district's, and a category within a district or a street) lie in
-- their region's district; a city's own rows, which span its districts, lie under the city's code, a
-- home of their own. A unit's rows are kept per district of its cases from now on: a city department
-- answers in every district, and its figures are the sum of its districts' rows, as the queries read
-- them (a sum over the unit's rows). The existing unit rows are therefore made again from the fine rows,
-- which carry their district since 0043, the months with each day's open cases (0042).
--
-- The key keeps its order with the district last: a card or a trend reads one key's rows by it.
ALTER TABLE "kpi_rollup" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "kpi_rollup" SET "district_code" = rpad(left(split_part("key", ':', 1), 6), 12, '0') WHERE "cut" <> 'unit'
--> statement-breakpoint
DELETE FROM "kpi_rollup" WHERE "cut" = 'unit'
--> statement-breakpoint
ALTER TABLE "kpi_rollup" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "kpi_rollup" DROP CONSTRAINT "kpi_rollup_cut_level_key_span_bucket_pk"
--> statement-breakpoint
ALTER TABLE "kpi_rollup" ADD CONSTRAINT "kpi_rollup_cut_level_key_span_bucket_district_code_pk" PRIMARY KEY ("cut", "level", "key", "span", "bucket", "district_code")
--> statement-breakpoint
INSERT INTO "kpi_rollup" ("district_code", "cut", "level", "key", "span", "bucket", "reported", "due", "closed", "closed_on_time", "filed", "filed_on_time", "dispatched", "dispatched_on_time", "reworked", "returned", "handled", "handled_on_time", "verified_public_reports", "hotline_valid_callbacks", "hotline_contacted", "hotline_resolved", "hotline_satisfied", "hotline_basically_satisfied", "hotline_closed_on_call", "whistles_issued", "report_ins", "report_ins_on_time", "problems_solved", "evaluations", "evaluation_score_sum")
SELECT "district_code", 'unit', 0, "unit_key", 'day', "day", sum("reported"), sum("due"), sum("closed"), sum("closed_on_time"), sum("filed"), sum("filed_on_time"), sum("dispatched"), sum("dispatched_on_time"), sum("reworked"), sum("returned"), sum("handled"), sum("handled_on_time"), sum("verified_public_reports"), sum("hotline_valid_callbacks"), sum("hotline_contacted"), sum("hotline_resolved"), sum("hotline_satisfied"), sum("hotline_basically_satisfied"), sum("hotline_closed_on_call"), sum("whistles_issued"), sum("report_ins"), sum("report_ins_on_time"), sum("problems_solved"), sum("evaluations"), sum("evaluation_score_sum")
FROM "kpi_daily" GROUP BY "district_code", "unit_key", "day"
--> statement-breakpoint
INSERT INTO "kpi_rollup" ("district_code", "cut", "level", "key", "span", "bucket", "reported", "due", "closed", "closed_on_time", "filed", "filed_on_time", "dispatched", "dispatched_on_time", "reworked", "returned", "handled", "handled_on_time", "verified_public_reports", "hotline_valid_callbacks", "hotline_contacted", "hotline_resolved", "hotline_satisfied", "hotline_basically_satisfied", "hotline_closed_on_call", "whistles_issued", "report_ins", "report_ins_on_time", "problems_solved", "evaluations", "evaluation_score_sum", "open_by_day")
SELECT "district_code", 'unit', 0, "key", 'month', date_trunc('month', "bucket")::date, sum("reported"), sum("due"), sum("closed"), sum("closed_on_time"), sum("filed"), sum("filed_on_time"), sum("dispatched"), sum("dispatched_on_time"), sum("reworked"), sum("returned"), sum("handled"), sum("handled_on_time"), sum("verified_public_reports"), sum("hotline_valid_callbacks"), sum("hotline_contacted"), sum("hotline_resolved"), sum("hotline_satisfied"), sum("hotline_basically_satisfied"), sum("hotline_closed_on_call"), sum("whistles_issued"), sum("report_ins"), sum("report_ins_on_time"), sum("problems_solved"), sum("evaluations"), sum("evaluation_score_sum"),
       needle_month_days(array_agg(extract(day FROM "bucket")::int), array_agg("due" - "closed"))
FROM "kpi_rollup" WHERE "cut" = 'unit' AND "span" = 'day'
GROUP BY "district_code", "key", date_trunc('month', "bucket")::date
