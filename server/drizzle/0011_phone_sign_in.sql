CREATE TABLE "phone_codes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"phone" text NOT NULL,
	"code_hash" text NOT NULL,
	"address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "phone_lockouts" (
	"phone" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"failing_since" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "company_kind" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "company_name" text;--> statement-breakpoint
CREATE INDEX "phone_codes_phone_idx" ON "phone_codes" USING btree ("phone","created_at");--> statement-breakpoint
CREATE INDEX "phone_codes_address_idx" ON "phone_codes" USING btree ("address","created_at");--> statement-breakpoint
CREATE INDEX "phone_codes_created_idx" ON "phone_codes" USING btree ("created_at");--> statement-breakpoint
-- Numbers typed before sign-in by phone: mainland mobiles become E.164 like new ones, and where two accounts shared a number the older keeps it, so the unique index can be built.
UPDATE "users" SET "phone" = '+86' || right(regexp_replace("phone", '[^0-9]', '', 'g'), 11) WHERE regexp_replace("phone", '[^0-9+]', '', 'g') ~ '^(\+?86|0086)?1[3-9][0-9]{9}$';--> statement-breakpoint
UPDATE "users" SET "phone" = NULL WHERE "id" IN (SELECT "id" FROM (SELECT "id", row_number() OVER (PARTITION BY "phone" ORDER BY "created_at", "id") AS "n" FROM "users" WHERE "phone" IS NOT NULL) AS "d" WHERE "n" > 1);--> statement-breakpoint
CREATE UNIQUE INDEX "users_phone_key" ON "users" USING btree ("phone") WHERE "users"."phone" is not null;