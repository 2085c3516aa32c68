ALTER TABLE "notifications" ADD COLUMN "data" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "case_events_photos_idx" ON "case_events" USING gin ("photo_ids");--> statement-breakpoint
CREATE INDEX "whistle_calls_arrival_photo_idx" ON "whistle_calls" USING btree ("arrival_photo_id");