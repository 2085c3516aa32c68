-- How far an overdue rectification order has been escalated, so each level is told once: the sweep
-- moves it none → community (past its deadline) → street (three days past), as overdue cases go up.
ALTER TABLE "rectification_orders" ADD COLUMN "escalated_to" text DEFAULT 'none' NOT NULL;
--> statement-breakpoint
CREATE INDEX "rectification_orders_overdue_idx" ON "rectification_orders" ("deadline") WHERE "state" = 'open' AND "escalated_to" <> 'street';
