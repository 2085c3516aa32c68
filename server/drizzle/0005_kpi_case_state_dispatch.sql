ALTER TABLE "kpi_case_state" ADD COLUMN "dispatch_day" text;--> statement-breakpoint
ALTER TABLE "kpi_case_state" ADD COLUMN "dispatch_unit_key" text;--> statement-breakpoint
ALTER TABLE "kpi_case_state" ADD COLUMN "reworked_since_dispatch" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_case_state" ADD COLUMN "verified" boolean DEFAULT false NOT NULL;