-- The open cases of a region or a department, by deadline: the workbench's counts and queues read a few
-- per cent of the table, and found them by scanning it (2.8 s for a street's counts at 1,000,000 cases).
-- The predicate is FINAL_STATUSES (lifecycle/case-status.ts) and "not a linked duplicate".
CREATE INDEX "cases_open_region_idx" ON "cases" USING btree ("region_code" text_pattern_ops, "step_due_at")
	WHERE status NOT IN ('closed', 'rejected', 'voided') AND master_case_id IS NULL;
--> statement-breakpoint
CREATE INDEX "cases_open_unit_idx" ON "cases" USING btree ("unit_department_id", "step_due_at")
	WHERE status NOT IN ('closed', 'rejected', 'voided') AND master_case_id IS NULL;
