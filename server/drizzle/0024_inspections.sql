CREATE TABLE "inspection_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL REFERENCES "regions"("code"),
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"frontage_duties" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspection_targets_kind_check" CHECK ("inspection_targets"."kind" in ('shop', 'site', 'firm', 'stall'))
);
--> statement-breakpoint
CREATE INDEX "inspection_targets_region_idx" ON "inspection_targets" USING btree ("region_code" text_pattern_ops);
--> statement-breakpoint
CREATE TABLE "inspection_checklist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_kind" text NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_checklist_items_uq" ON "inspection_checklist_items" USING btree ("target_kind","label");
--> statement-breakpoint
INSERT INTO "inspection_checklist_items" ("target_kind", "label", "position") VALUES
	('shop', '门前卫生整洁', 1), ('shop', '无占道经营', 2), ('shop', '消防器材完好、通道畅通', 3), ('shop', '招牌牢固', 4), ('shop', '无私拉乱接电线', 5),
	('site', '围挡完整', 1), ('site', '渣土苫盖', 2), ('site', '车辆冲洗', 3), ('site', '夜间不违规施工', 4), ('site', '安全帽与防护到位', 5),
	('firm', '消防器材完好', 1), ('firm', '安全出口畅通', 2), ('firm', '危险品存放合规', 3), ('firm', '安全责任人在岗', 4),
	('stall', '在指定区域经营', 1), ('stall', '卫生整洁', 2), ('stall', '不占用盲道', 3), ('stall', '燃气使用安全', 4);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_id" uuid NOT NULL REFERENCES "inspection_targets"("id"),
	"region_code" text NOT NULL,
	"inspector_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"results" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"client_key" text,
	"client_key_hash" text
);
--> statement-breakpoint
CREATE INDEX "inspections_target_idx" ON "inspections" USING btree ("target_id","at");
--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_client_key_uq" ON "inspections" USING btree ("inspector_id","client_key") WHERE "client_key" is not null;
--> statement-breakpoint
CREATE TABLE "rectification_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_id" uuid NOT NULL REFERENCES "inspection_targets"("id"),
	"inspection_id" uuid NOT NULL REFERENCES "inspections"("id"),
	"region_code" text NOT NULL,
	"item" text NOT NULL,
	"finding" text NOT NULL,
	"photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"reopened" integer DEFAULT 0 NOT NULL,
	"surprise_at" timestamp with time zone,
	"issued_by" uuid NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "rectification_orders_state_check" CHECK ("rectification_orders"."state" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE INDEX "rectification_orders_region_idx" ON "rectification_orders" USING btree ("region_code" text_pattern_ops,"state");
--> statement-breakpoint
CREATE INDEX "rectification_orders_target_idx" ON "rectification_orders" USING btree ("target_id","issued_at");
--> statement-breakpoint
CREATE TABLE "rectification_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL REFERENCES "rectification_orders"("id"),
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"deadline" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "rectification_events_order_idx" ON "rectification_events" USING btree ("order_id","id");
--> statement-breakpoint
CREATE TABLE "shop_code_secret" (
	"id" integer PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	CONSTRAINT "shop_code_secret_one_row" CHECK ("shop_code_secret"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "shop_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL REFERENCES "cases"("id"),
	"target_id" uuid NOT NULL REFERENCES "inspection_targets"("id")
);
--> statement-breakpoint
CREATE INDEX "shop_cases_target_idx" ON "shop_cases" USING btree ("target_id");
