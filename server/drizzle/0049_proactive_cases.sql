-- 未诉先办: the proactive cases staff open, by region and time, so the figure reads only them; few of
-- a city's cases, so the index costs a report nothing unless it is one.
CREATE INDEX "cases_proactive_idx" ON "cases" USING btree ("region_code" text_pattern_ops, "created_at") WHERE "channel" = 'proactive';
