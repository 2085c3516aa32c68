-- Deliberations (四步议事) and their votes carry their district first in their keys, as city data must
-- on Citus (docs/scaling.md, section 4): a deliberation takes its community's district, its meetings,
-- objections, timeline and vote their deliberation's, the electorate, who voted and the ballots their
-- vote's. A deliberation answering a need points at it by (district, need): both are one community's,
-- and with that community_needs no longer needs a unique index on id alone. Foreign keys to accounts go,
-- as elsewhere (accounts are never deleted).
--
-- The vote's tables refuse any change once written (0017): their triggers are held off for the one
-- backfill below, inside this migration's transaction, and are back before it commits.
ALTER TABLE "vote_ballots" DISABLE TRIGGER "vote_ballots_append_only"
--> statement-breakpoint
ALTER TABLE "vote_voters" DISABLE TRIGGER "vote_voters_append_only"
--> statement-breakpoint
ALTER TABLE "vote_electorate" DISABLE TRIGGER "vote_electorate_append_only"
--> statement-breakpoint
ALTER TABLE "deliberation_votes" DISABLE TRIGGER "deliberation_votes_final"
--> statement-breakpoint
ALTER TABLE "deliberations" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "deliberations" SET "district_code" = left("region_code", 6) || '000000'
--> statement-breakpoint
ALTER TABLE "deliberations" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "deliberation_meetings" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "deliberation_meetings" x SET "district_code" = d."district_code" FROM "deliberations" d WHERE d."id" = x."deliberation_id"
--> statement-breakpoint
ALTER TABLE "deliberation_meetings" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "deliberation_objections" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "deliberation_objections" x SET "district_code" = d."district_code" FROM "deliberations" d WHERE d."id" = x."deliberation_id"
--> statement-breakpoint
ALTER TABLE "deliberation_objections" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "deliberation_events" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "deliberation_events" x SET "district_code" = d."district_code" FROM "deliberations" d WHERE d."id" = x."deliberation_id"
--> statement-breakpoint
ALTER TABLE "deliberation_events" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "deliberation_votes" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "deliberation_votes" x SET "district_code" = d."district_code" FROM "deliberations" d WHERE d."id" = x."deliberation_id"
--> statement-breakpoint
ALTER TABLE "deliberation_votes" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "vote_electorate" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "vote_electorate" x SET "district_code" = v."district_code" FROM "deliberation_votes" v WHERE v."id" = x."vote_id"
--> statement-breakpoint
ALTER TABLE "vote_electorate" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "vote_voters" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "vote_voters" x SET "district_code" = v."district_code" FROM "deliberation_votes" v WHERE v."id" = x."vote_id"
--> statement-breakpoint
ALTER TABLE "vote_voters" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "vote_ballots" ADD COLUMN "district_code" text
--> statement-breakpoint
UPDATE "vote_ballots" x SET "district_code" = v."district_code" FROM "deliberation_votes" v WHERE v."id" = x."vote_id"
--> statement-breakpoint
ALTER TABLE "vote_ballots" ALTER COLUMN "district_code" SET NOT NULL
--> statement-breakpoint
ALTER TABLE "vote_ballots" ENABLE TRIGGER "vote_ballots_append_only"
--> statement-breakpoint
ALTER TABLE "vote_voters" ENABLE TRIGGER "vote_voters_append_only"
--> statement-breakpoint
ALTER TABLE "vote_electorate" ENABLE TRIGGER "vote_electorate_append_only"
--> statement-breakpoint
ALTER TABLE "deliberation_votes" ENABLE TRIGGER "deliberation_votes_final"
--> statement-breakpoint
ALTER TABLE "deliberations" DROP CONSTRAINT "deliberations_need_id_community_needs_id_fk"
--> statement-breakpoint
ALTER TABLE "deliberations" DROP CONSTRAINT "deliberations_proposed_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "deliberation_meetings" DROP CONSTRAINT "deliberation_meetings_deliberation_id_deliberations_id_fk"
--> statement-breakpoint
ALTER TABLE "deliberation_meetings" DROP CONSTRAINT "deliberation_meetings_recorded_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "deliberation_objections" DROP CONSTRAINT "deliberation_objections_deliberation_id_deliberations_id_fk"
--> statement-breakpoint
ALTER TABLE "deliberation_objections" DROP CONSTRAINT "deliberation_objections_user_id_users_id_fk"
--> statement-breakpoint
ALTER TABLE "deliberation_events" DROP CONSTRAINT "deliberation_events_deliberation_id_deliberations_id_fk"
--> statement-breakpoint
ALTER TABLE "deliberation_votes" DROP CONSTRAINT "deliberation_votes_deliberation_id_deliberations_id_fk"
--> statement-breakpoint
ALTER TABLE "deliberation_votes" DROP CONSTRAINT "deliberation_votes_opened_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "deliberation_votes" DROP CONSTRAINT "deliberation_votes_closed_by_users_id_fk"
--> statement-breakpoint
ALTER TABLE "vote_electorate" DROP CONSTRAINT "vote_electorate_vote_id_deliberation_votes_id_fk"
--> statement-breakpoint
ALTER TABLE "vote_electorate" DROP CONSTRAINT "vote_electorate_voter_id_users_id_fk"
--> statement-breakpoint
ALTER TABLE "vote_voters" DROP CONSTRAINT "vote_voters_vote_id_deliberation_votes_id_fk"
--> statement-breakpoint
ALTER TABLE "vote_voters" DROP CONSTRAINT "vote_voters_voter_id_users_id_fk"
--> statement-breakpoint
ALTER TABLE "vote_ballots" DROP CONSTRAINT "vote_ballots_vote_id_deliberation_votes_id_fk"
--> statement-breakpoint
ALTER TABLE "deliberations" DROP CONSTRAINT "deliberations_pkey"
--> statement-breakpoint
ALTER TABLE "deliberations" ADD CONSTRAINT "deliberations_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "deliberations_id_idx" ON "deliberations" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "deliberation_meetings" DROP CONSTRAINT "deliberation_meetings_pkey"
--> statement-breakpoint
ALTER TABLE "deliberation_meetings" ADD CONSTRAINT "deliberation_meetings_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "deliberation_meetings_id_idx" ON "deliberation_meetings" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "deliberation_objections" DROP CONSTRAINT "deliberation_objections_pkey"
--> statement-breakpoint
ALTER TABLE "deliberation_objections" ADD CONSTRAINT "deliberation_objections_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "deliberation_objections_id_idx" ON "deliberation_objections" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "deliberation_events" DROP CONSTRAINT "deliberation_events_pkey"
--> statement-breakpoint
ALTER TABLE "deliberation_events" ADD CONSTRAINT "deliberation_events_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "deliberation_events_id_idx" ON "deliberation_events" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "deliberation_votes" DROP CONSTRAINT "deliberation_votes_pkey"
--> statement-breakpoint
ALTER TABLE "deliberation_votes" ADD CONSTRAINT "deliberation_votes_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "deliberation_votes_id_idx" ON "deliberation_votes" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "vote_ballots" DROP CONSTRAINT "vote_ballots_pkey"
--> statement-breakpoint
ALTER TABLE "vote_ballots" ADD CONSTRAINT "vote_ballots_pkey" PRIMARY KEY ("district_code", "id")
--> statement-breakpoint
CREATE INDEX "vote_ballots_id_idx" ON "vote_ballots" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "vote_electorate" DROP CONSTRAINT "vote_electorate_vote_id_voter_id_pk"
--> statement-breakpoint
ALTER TABLE "vote_electorate" ADD CONSTRAINT "vote_electorate_pkey" PRIMARY KEY ("district_code", "vote_id", "voter_id")
--> statement-breakpoint
ALTER TABLE "vote_voters" DROP CONSTRAINT "vote_voters_vote_id_voter_id_pk"
--> statement-breakpoint
ALTER TABLE "vote_voters" ADD CONSTRAINT "vote_voters_pkey" PRIMARY KEY ("district_code", "vote_id", "voter_id")
--> statement-breakpoint
DROP INDEX "deliberation_objections_client_key_uq"
--> statement-breakpoint
CREATE UNIQUE INDEX "deliberation_objections_client_key_uq" ON "deliberation_objections" USING btree ("district_code", "user_id", "client_key") WHERE "client_key" is not null
--> statement-breakpoint
DROP INDEX "deliberation_votes_deliberation_uq"
--> statement-breakpoint
CREATE UNIQUE INDEX "deliberation_votes_deliberation_uq" ON "deliberation_votes" USING btree ("district_code", "deliberation_id")
--> statement-breakpoint
DROP INDEX "vote_ballots_receipt_uq"
--> statement-breakpoint
CREATE UNIQUE INDEX "vote_ballots_receipt_uq" ON "vote_ballots" USING btree ("district_code", "receipt_hash")
--> statement-breakpoint
DROP INDEX "community_needs_id_uq"
--> statement-breakpoint
CREATE INDEX "community_needs_id_idx" ON "community_needs" USING btree ("id")
--> statement-breakpoint
ALTER TABLE "deliberations" ADD CONSTRAINT "deliberations_need_fk"
	FOREIGN KEY ("district_code", "need_id") REFERENCES "community_needs" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "deliberation_meetings" ADD CONSTRAINT "deliberation_meetings_deliberation_fk"
	FOREIGN KEY ("district_code", "deliberation_id") REFERENCES "deliberations" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "deliberation_objections" ADD CONSTRAINT "deliberation_objections_deliberation_fk"
	FOREIGN KEY ("district_code", "deliberation_id") REFERENCES "deliberations" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "deliberation_events" ADD CONSTRAINT "deliberation_events_deliberation_fk"
	FOREIGN KEY ("district_code", "deliberation_id") REFERENCES "deliberations" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "deliberation_votes" ADD CONSTRAINT "deliberation_votes_deliberation_fk"
	FOREIGN KEY ("district_code", "deliberation_id") REFERENCES "deliberations" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "vote_electorate" ADD CONSTRAINT "vote_electorate_vote_fk"
	FOREIGN KEY ("district_code", "vote_id") REFERENCES "deliberation_votes" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "vote_voters" ADD CONSTRAINT "vote_voters_vote_fk"
	FOREIGN KEY ("district_code", "vote_id") REFERENCES "deliberation_votes" ("district_code", "id")
--> statement-breakpoint
ALTER TABLE "vote_ballots" ADD CONSTRAINT "vote_ballots_vote_fk"
	FOREIGN KEY ("district_code", "vote_id") REFERENCES "deliberation_votes" ("district_code", "id")
