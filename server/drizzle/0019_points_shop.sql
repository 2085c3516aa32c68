ALTER TABLE "point_transfers" ADD COLUMN "source" text;--> statement-breakpoint
CREATE UNIQUE INDEX "point_transfers_source_uq" ON "point_transfers" USING btree ("kind","source","user_id") WHERE "point_transfers"."source" is not null and "point_transfers"."reverses" is null;
--> statement-breakpoint
CREATE TABLE "shop_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"partner_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"points" integer NOT NULL,
	"stock" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "shop_items_points_positive" CHECK ("shop_items"."points" > 0),
	CONSTRAINT "shop_items_stock_nonnegative" CHECK ("shop_items"."stock" >= 0)
);
--> statement-breakpoint
CREATE TABLE "shop_redemptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"points" integer NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"pickup_code" text NOT NULL,
	"pickup_deadline" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"client_key" text,
	"client_key_hash" text,
	CONSTRAINT "shop_redemptions_points_positive" CHECK ("shop_redemptions"."points" > 0)
);
--> statement-breakpoint
ALTER TABLE "shop_items" ADD CONSTRAINT "shop_items_partner_unit_id_partner_units_id_fk" FOREIGN KEY ("partner_unit_id") REFERENCES "public"."partner_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_items" ADD CONSTRAINT "shop_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_redemptions" ADD CONSTRAINT "shop_redemptions_item_id_shop_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."shop_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_redemptions" ADD CONSTRAINT "shop_redemptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_redemptions" ADD CONSTRAINT "shop_redemptions_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shop_items_region_idx" ON "shop_items" USING btree ("region_code","active");--> statement-breakpoint
CREATE UNIQUE INDEX "shop_redemptions_pickup_code_uq" ON "shop_redemptions" USING btree ("pickup_code") WHERE "shop_redemptions"."state" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "shop_redemptions_client_key_uq" ON "shop_redemptions" USING btree ("user_id","client_key") WHERE "shop_redemptions"."client_key" is not null;--> statement-breakpoint
CREATE INDEX "shop_redemptions_user_idx" ON "shop_redemptions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "shop_redemptions_due_idx" ON "shop_redemptions" USING btree ("state","pickup_deadline");--> statement-breakpoint
CREATE INDEX "shop_redemptions_region_idx" ON "shop_redemptions" USING btree ("region_code","state");
