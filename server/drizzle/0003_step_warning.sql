ALTER TABLE "cases" ADD COLUMN "step_warn_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "cases_step_warn_idx" ON "cases" USING btree ("step_warn_at");