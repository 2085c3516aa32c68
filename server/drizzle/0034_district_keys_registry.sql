-- The registry (楼栋—单元—户—人) and what hangs on a resident carry their district first in their keys,
-- as city data must on Citus (docs/scaling.md, section 4): buildings, their units, households,
-- residents, the record of who saw a resident's personal data, and care visits. A unit takes its
-- building's district; the rest their own region's. The access record stays append-only: its trigger
-- lets the district be filled and nothing else. The phones' client keys keep their uniqueness per
-- district: a retried submission is about the same household, so the same district.
DROP TRIGGER "personal_data_access_no_change" ON "personal_data_access";
--> statement-breakpoint
CREATE TRIGGER "personal_data_access_no_change" BEFORE UPDATE OR DELETE ON "personal_data_access"
  FOR EACH ROW EXECUTE FUNCTION needle_refuse_timeline_change();
--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "buildings" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "buildings" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "registry_households" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "registry_households" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "registry_households" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "registry_residents" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "registry_residents" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "registry_residents" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "personal_data_access" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "personal_data_access" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "personal_data_access" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "care_visits" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "care_visits" SET "district_code" = left("region_code", 6) || '000000';
--> statement-breakpoint
ALTER TABLE "care_visits" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "building_units" ADD COLUMN "district_code" text;
--> statement-breakpoint
UPDATE "building_units" u SET "district_code" = b."district_code" FROM "buildings" b WHERE b."id" = u."building_id";
--> statement-breakpoint
ALTER TABLE "building_units" ALTER COLUMN "district_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "building_units" DROP CONSTRAINT "building_units_building_id_fkey";
--> statement-breakpoint
ALTER TABLE "registry_households" DROP CONSTRAINT "registry_households_building_id_fkey";
--> statement-breakpoint
ALTER TABLE "registry_households" DROP CONSTRAINT "registry_households_unit_id_fkey";
--> statement-breakpoint
ALTER TABLE "registry_residents" DROP CONSTRAINT "registry_residents_household_id_fkey";
--> statement-breakpoint
ALTER TABLE "personal_data_access" DROP CONSTRAINT "personal_data_access_resident_id_fkey";
--> statement-breakpoint
ALTER TABLE "care_visits" DROP CONSTRAINT "care_visits_resident_id_fkey";
--> statement-breakpoint
ALTER TABLE "buildings" DROP CONSTRAINT "buildings_pkey";
--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "buildings_id_idx" ON "buildings" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "building_units" DROP CONSTRAINT "building_units_pkey";
--> statement-breakpoint
ALTER TABLE "building_units" ADD CONSTRAINT "building_units_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "building_units_id_idx" ON "building_units" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "registry_households" DROP CONSTRAINT "registry_households_pkey";
--> statement-breakpoint
ALTER TABLE "registry_households" ADD CONSTRAINT "registry_households_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "registry_households_id_idx" ON "registry_households" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "registry_residents" DROP CONSTRAINT "registry_residents_pkey";
--> statement-breakpoint
ALTER TABLE "registry_residents" ADD CONSTRAINT "registry_residents_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "registry_residents_id_idx" ON "registry_residents" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "personal_data_access" DROP CONSTRAINT "personal_data_access_pkey";
--> statement-breakpoint
ALTER TABLE "personal_data_access" ADD CONSTRAINT "personal_data_access_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "care_visits" DROP CONSTRAINT "care_visits_pkey";
--> statement-breakpoint
ALTER TABLE "care_visits" ADD CONSTRAINT "care_visits_pkey" PRIMARY KEY ("district_code", "id");
--> statement-breakpoint
CREATE INDEX "care_visits_id_idx" ON "care_visits" USING btree ("id");
--> statement-breakpoint
DROP INDEX "buildings_name_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_name_uq" ON "buildings" USING btree ("district_code", "region_code", "name");
--> statement-breakpoint
DROP INDEX "building_units_name_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "building_units_name_uq" ON "building_units" USING btree ("district_code", "building_id", "name");
--> statement-breakpoint
DROP INDEX "registry_households_room_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "registry_households_room_uq" ON "registry_households" USING btree ("district_code", "unit_id", "room");
--> statement-breakpoint
DROP INDEX "registry_households_client_key_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "registry_households_client_key_uq" ON "registry_households" USING btree ("district_code", "updated_by", "client_key") WHERE "client_key" is not null;
--> statement-breakpoint
DROP INDEX "care_visits_client_key_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "care_visits_client_key_uq" ON "care_visits" USING btree ("district_code", "visited_by", "client_key") WHERE "client_key" is not null;
--> statement-breakpoint
ALTER TABLE "building_units" ADD CONSTRAINT "building_units_building_fk"
	FOREIGN KEY ("district_code", "building_id") REFERENCES "buildings" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "registry_households" ADD CONSTRAINT "registry_households_building_fk"
	FOREIGN KEY ("district_code", "building_id") REFERENCES "buildings" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "registry_households" ADD CONSTRAINT "registry_households_unit_fk"
	FOREIGN KEY ("district_code", "unit_id") REFERENCES "building_units" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "registry_residents" ADD CONSTRAINT "registry_residents_household_fk"
	FOREIGN KEY ("district_code", "household_id") REFERENCES "registry_households" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "personal_data_access" ADD CONSTRAINT "personal_data_access_resident_fk"
	FOREIGN KEY ("district_code", "resident_id") REFERENCES "registry_residents" ("district_code", "id");
--> statement-breakpoint
ALTER TABLE "care_visits" ADD CONSTRAINT "care_visits_resident_fk"
	FOREIGN KEY ("district_code", "resident_id") REFERENCES "registry_residents" ("district_code", "id");
