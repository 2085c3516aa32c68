-- The households residents are verified against (户, with their door codes) and the evaluations their
-- households take part in (民事民评) carry their district first in their keys, as city data must on
-- Citus (docs/scaling.md, section 4): a household its community's district, an evaluation its
-- community's, its offers, criteria, submissions and scores the evaluation's; a submission pairs the
-- district with its household's (a community's households take part in its evaluations).
--
-- A door code is typed by a resident who names no district, so it is looked up by its hash alone. It
-- stays unique within its district by the key below, and across districts by its issuing: a new code
-- is drawn again while its hash is held by a household anywhere (about 50 bits; a clash is not
-- expected in a city's lifetime, and would be refused, not guessed). Resident verifications are a
-- person's (a coordinator table) and may not reference a district table: their foreign key to
-- households goes.
ALTER TABLE "households" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "households" SET "district_code" = left("region_code", 6) || '000000'
--> statement-breakpoint
ALTER TABLE "households" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "evaluations" SET "district_code" = left("region_code", 6) || '000000'
--> statement-breakpoint
ALTER TABLE "evaluations" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "evaluation_offers" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "evaluation_offers" x SET "district_code" = e."district_code" FROM "evaluations" e WHERE e."id" = x."evaluation_id"
--> statement-breakpoint
ALTER TABLE "evaluation_offers" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "evaluation_criteria" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "evaluation_criteria" x SET "district_code" = e."district_code" FROM "evaluations" e WHERE e."id" = x."evaluation_id"
--> statement-breakpoint
ALTER TABLE "evaluation_criteria" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "evaluation_submissions" x SET "district_code" = e."district_code" FROM "evaluations" e WHERE e."id" = x."evaluation_id"
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "evaluation_scores" x SET "district_code" = e."district_code" FROM "evaluations" e WHERE e."id" = x."evaluation_id"
--> statement-breakpoint
ALTER TABLE "evaluation_scores" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "households" DROP CONSTRAINT "households_created_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "resident_verifications" DROP CONSTRAINT "resident_verifications_household_id_households_id_fk"
--> statement-breakpoint
ALTER TABLE "evaluations" DROP CONSTRAINT "evaluations_created_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "evaluation_offers" DROP CONSTRAINT "evaluation_offers_evaluation_id_evaluations_id_fk"
--> statement-breakpoint
ALTER TABLE "evaluation_criteria" DROP CONSTRAINT "evaluation_criteria_evaluation_id_evaluations_id_fk"
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" DROP CONSTRAINT "evaluation_submissions_evaluation_id_evaluations_id_fk"
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" DROP CONSTRAINT "evaluation_submissions_household_id_households_id_fk"
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" DROP CONSTRAINT "evaluation_submissions_offer_id_evaluation_offers_id_fk"
--> statement-breakpoint
ALTER TABLE "evaluation_scores" DROP CONSTRAINT "evaluation_scores_submission_id_evaluation_submissions_id_fk"
--> statement-breakpoint
ALTER TABLE "evaluation_scores" DROP CONSTRAINT "evaluation_scores_evaluation_id_evaluations_id_fk"
--> statement-breakpoint
ALTER TABLE "evaluation_scores" DROP CONSTRAINT "evaluation_scores_offer_id_evaluation_offers_id_fk"
--> statement-breakpoint
ALTER TABLE "evaluation_scores" DROP CONSTRAINT "evaluation_scores_criterion_id_evaluation_criteria_id_fk"
--> statement-breakpoint
ALTER TABLE "households" DROP CONSTRAINT "households_pkey"
--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "households_id_idx" ON "households" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "evaluations" DROP CONSTRAINT "evaluations_pkey"
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "evaluations_id_idx" ON "evaluations" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "evaluation_offers" DROP CONSTRAINT "evaluation_offers_pkey"
--> statement-breakpoint
ALTER TABLE "evaluation_offers" ADD CONSTRAINT "evaluation_offers_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "evaluation_offers_id_idx" ON "evaluation_offers" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "evaluation_criteria" DROP CONSTRAINT "evaluation_criteria_pkey"
--> statement-breakpoint
ALTER TABLE "evaluation_criteria" ADD CONSTRAINT "evaluation_criteria_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "evaluation_criteria_id_idx" ON "evaluation_criteria" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" DROP CONSTRAINT "evaluation_submissions_pkey"
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "evaluation_submissions_id_idx" ON "evaluation_submissions" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "evaluation_scores" DROP CONSTRAINT "evaluation_scores_submission_id_offer_id_criterion_id_pk"
--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_pkey" PRIMARY KEY ("district_code", "submission_id", "offer_id", "criterion_id")
--> statement-breakpoint
DROP INDEX "households_place_uq"
--> statement-breakpoint
CREATE UNIQUE INDEX "households_place_uq" ON "households" USING btree ("district_code", "region_code", "place_label")
--> statement-breakpoint
DROP INDEX "households_door_code_uq"
--> statement-breakpoint
CREATE UNIQUE INDEX "households_door_code_uq" ON "households" USING btree ("district_code", "door_code_hash") WHERE "door_code_hash" is not null
--> statement-breakpoint
CREATE INDEX "households_door_code_idx" ON "households" USING btree ("door_code_hash") WHERE "door_code_hash" is not null
--> statement-breakpoint
DROP INDEX "evaluation_submissions_household_uq"
--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_submissions_household_uq" ON "evaluation_submissions" USING btree ("district_code", "evaluation_id", "household_id")
--> statement-breakpoint
ALTER TABLE "evaluation_offers" ADD CONSTRAINT "evaluation_offers_evaluation_fk"
	FOREIGN KEY ("district_code", "evaluation_id") REFERENCES "evaluations" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "evaluation_criteria" ADD CONSTRAINT "evaluation_criteria_evaluation_fk"
	FOREIGN KEY ("district_code", "evaluation_id") REFERENCES "evaluations" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_evaluation_fk"
	FOREIGN KEY ("district_code", "evaluation_id") REFERENCES "evaluations" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_evaluation_fk"
	FOREIGN KEY ("district_code", "evaluation_id") REFERENCES "evaluations" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_household_fk"
	FOREIGN KEY ("district_code", "household_id") REFERENCES "households" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_offer_fk"
	FOREIGN KEY ("district_code", "offer_id") REFERENCES "evaluation_offers" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_submission_fk"
	FOREIGN KEY ("district_code", "submission_id") REFERENCES "evaluation_submissions" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_offer_fk"
	FOREIGN KEY ("district_code", "offer_id") REFERENCES "evaluation_offers" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_criterion_fk"
	FOREIGN KEY ("district_code", "criterion_id") REFERENCES "evaluation_criteria" ("district_code", "id")
