-- The fine KPI rows carry their district first in their key, as city data must on Citus
-- (docs/scaling.md, section 4): a row's district is its region's, a grid's or a whistling office's,
-- which every row names. The key is otherwise the same: a region code names its district, so no two
-- rows that were apart become one.
ALTER TABLE "kpi_daily" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "kpi_daily" SET "district_code" = left("region_code", 6) || '000000'
--> statement-breakpoint
ALTER TABLE "kpi_daily" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "kpi_daily" DROP CONSTRAINT "kpi_daily_day_region_code_unit_key_category_code_pk"
--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD CONSTRAINT "kpi_daily_district_code_day_region_code_unit_key_category_code_pk" PRIMARY KEY ("district_code", "day", "region_code", "unit_key", "category_code")
