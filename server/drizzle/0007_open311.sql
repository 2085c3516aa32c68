CREATE TABLE "category_attributes" (
	"category_code" text NOT NULL,
	"code" text NOT NULL,
	"datatype" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"description_zh" text NOT NULL,
	"description_en" text NOT NULL,
	"order" integer DEFAULT 1 NOT NULL,
	"values" jsonb,
	CONSTRAINT "category_attributes_category_code_code_pk" PRIMARY KEY("category_code","code")
);
--> statement-breakpoint
CREATE TABLE "open311_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key_prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"region_code" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "open311_clients_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "open311_tokens" (
	"token" text PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "reporter_email" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "attributes" jsonb;--> statement-breakpoint
ALTER TABLE "category_attributes" ADD CONSTRAINT "category_attributes_category_code_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open311_clients" ADD CONSTRAINT "open311_clients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open311_tokens" ADD CONSTRAINT "open311_tokens_client_id_open311_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."open311_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open311_tokens" ADD CONSTRAINT "open311_tokens_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "open311_clients_region_idx" ON "open311_clients" USING btree ("region_code");