-- The rollup worker reads each batch's case and whistle events by id (stats/rollup). Their primary keys
-- lead with the district code (Citus-ready, migration 0029-0031), so with no index of their own every
-- batch scanned the whole event table: 30 s for a batch on the 10 M-case city, holding a core while
-- the dashboards waited. cases has had cases_id_idx for the same reason.
CREATE INDEX IF NOT EXISTS "case_events_id_idx" ON "case_events" USING btree ("id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "whistle_events_id_idx" ON "whistle_events" USING btree ("id");
