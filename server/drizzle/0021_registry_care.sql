CREATE TABLE "buildings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL REFERENCES "regions"("code"),
	"name" text NOT NULL,
	"address" text NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"floors" integer NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "buildings_floors_check" CHECK ("buildings"."floors" between 1 and 200)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_name_uq" ON "buildings" USING btree ("region_code","name");
--> statement-breakpoint
CREATE INDEX "buildings_region_idx" ON "buildings" USING btree ("region_code" text_pattern_ops);
--> statement-breakpoint
CREATE TABLE "building_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL REFERENCES "buildings"("id"),
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "building_units_name_uq" ON "building_units" USING btree ("building_id","name");
--> statement-breakpoint
CREATE TABLE "registry_households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL REFERENCES "buildings"("id"),
	"unit_id" uuid NOT NULL REFERENCES "building_units"("id"),
	"region_code" text NOT NULL,
	"room" text NOT NULL,
	"floor" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"client_key" text,
	"client_key_hash" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "registry_households_room_uq" ON "registry_households" USING btree ("unit_id","room");
--> statement-breakpoint
CREATE UNIQUE INDEX "registry_households_client_key_uq" ON "registry_households" USING btree ("updated_by","client_key") WHERE "client_key" is not null;
--> statement-breakpoint
CREATE INDEX "registry_households_building_idx" ON "registry_households" USING btree ("building_id");
--> statement-breakpoint
CREATE TABLE "registry_residents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL REFERENCES "registry_households"("id"),
	"seq" bigserial NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"relation" text DEFAULT '' NOT NULL,
	"birth_year" integer,
	"id_number_sealed" text,
	"id_number_index" text,
	"id_number_masked" text,
	"phone_sealed" text,
	"phone_index" text,
	"phone_masked" text,
	"care_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"moved_out_at" timestamp with time zone,
	"updated_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "registry_residents_household_idx" ON "registry_residents" USING btree ("household_id");
--> statement-breakpoint
CREATE INDEX "registry_residents_region_idx" ON "registry_residents" USING btree ("region_code" text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "registry_residents_id_number_idx" ON "registry_residents" USING btree ("id_number_index");
--> statement-breakpoint
CREATE INDEX "registry_residents_phone_idx" ON "registry_residents" USING btree ("phone_index");
--> statement-breakpoint
CREATE TABLE "personal_data_access" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"user_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL REFERENCES "registry_residents"("id"),
	"region_code" text NOT NULL,
	"fields" text[] NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "personal_data_access_region_idx" ON "personal_data_access" USING btree ("region_code" text_pattern_ops, "at");
--> statement-breakpoint
-- Who looked at a resident's unmasked data is evidence: the record is never changed or removed.
CREATE FUNCTION "personal_data_access_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'personal_data_access is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "personal_data_access_no_change" BEFORE UPDATE OR DELETE ON "personal_data_access"
	FOR EACH ROW EXECUTE FUNCTION "personal_data_access_append_only"();
--> statement-breakpoint
CREATE TABLE "care_tags" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
INSERT INTO "care_tags" ("code", "label", "built_in") VALUES
	('living_alone', '独居老人', true),
	('empty_nest', '空巢老人', true),
	('disabled', '残疾人', true),
	('subsistence', '低保户', true),
	('aged_80', '高龄老人（80岁以上）', true);
--> statement-breakpoint
CREATE TABLE "care_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"care_tag" text NOT NULL REFERENCES "care_tags"("code"),
	"every_days" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_schedules_every_days_check" CHECK ("care_schedules"."every_days" between 1 and 366)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "care_schedules_uq" ON "care_schedules" USING btree ("region_code","care_tag");
--> statement-breakpoint
INSERT INTO "care_schedules" ("region_code", "care_tag", "every_days") VALUES
	('', 'living_alone', 7),
	('', 'empty_nest', 14),
	('', 'disabled', 14),
	('', 'subsistence', 30),
	('', 'aged_80', 30);
--> statement-breakpoint
CREATE TABLE "care_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL REFERENCES "registry_residents"("id"),
	"region_code" text NOT NULL,
	"visited_by" uuid NOT NULL,
	"visited_at" timestamp with time zone NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"client_key" text,
	"client_key_hash" text
);
--> statement-breakpoint
CREATE INDEX "care_visits_resident_idx" ON "care_visits" USING btree ("resident_id","visited_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "care_visits_client_key_uq" ON "care_visits" USING btree ("visited_by","client_key") WHERE "client_key" is not null;
