CREATE TABLE "households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"place_label" text NOT NULL,
	"door_code_hash" text,
	"door_code_issued_at" timestamp with time zone,
	"door_code_used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_verifications" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"method" text NOT NULL,
	"verified_by" uuid,
	"verified_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "door_code_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_verifications" ADD CONSTRAINT "resident_verifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_verifications" ADD CONSTRAINT "resident_verifications_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_verifications" ADD CONSTRAINT "resident_verifications_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "door_code_attempts" ADD CONSTRAINT "door_code_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "households_place_uq" ON "households" USING btree ("region_code","place_label");--> statement-breakpoint
CREATE UNIQUE INDEX "households_door_code_uq" ON "households" USING btree ("door_code_hash") WHERE "households"."door_code_hash" is not null;--> statement-breakpoint
CREATE INDEX "resident_verifications_household_idx" ON "resident_verifications" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "door_code_attempts_user_idx" ON "door_code_attempts" USING btree ("user_id","at");
--> statement-breakpoint
CREATE TABLE "deliberations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"proposal" text NOT NULL,
	"need_id" uuid,
	"state" text DEFAULT 'proposed' NOT NULL,
	"minutes" text,
	"resolution" text,
	"publish_days" integer DEFAULT 7 NOT NULL,
	"published_at" timestamp with time zone,
	"published_until" timestamp with time zone,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "deliberation_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deliberation_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"attendees" integer NOT NULL,
	"attendee_roles" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliberation_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deliberation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"text" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"client_key" text,
	"client_key_hash" text
);
--> statement-breakpoint
CREATE TABLE "deliberation_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"deliberation_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"data" jsonb,
	"region_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliberation_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deliberation_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"quorum_percent" integer NOT NULL,
	"majority_percent" integer NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"for_count" integer,
	"against_count" integer,
	"abstain_count" integer,
	"quorum_reached" boolean,
	"passed" boolean
);
--> statement-breakpoint
CREATE TABLE "vote_electorate" (
	"vote_id" uuid NOT NULL,
	"voter_id" uuid NOT NULL,
	"capacity" text NOT NULL,
	CONSTRAINT "vote_electorate_vote_id_voter_id_pk" PRIMARY KEY("vote_id","voter_id")
);
--> statement-breakpoint
CREATE TABLE "vote_voters" (
	"vote_id" uuid NOT NULL,
	"voter_id" uuid NOT NULL,
	CONSTRAINT "vote_voters_vote_id_voter_id_pk" PRIMARY KEY("vote_id","voter_id")
);
--> statement-breakpoint
CREATE TABLE "vote_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vote_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"receipt_hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deliberations" ADD CONSTRAINT "deliberations_need_id_community_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."community_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberations" ADD CONSTRAINT "deliberations_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_meetings" ADD CONSTRAINT "deliberation_meetings_deliberation_id_deliberations_id_fk" FOREIGN KEY ("deliberation_id") REFERENCES "public"."deliberations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_meetings" ADD CONSTRAINT "deliberation_meetings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_objections" ADD CONSTRAINT "deliberation_objections_deliberation_id_deliberations_id_fk" FOREIGN KEY ("deliberation_id") REFERENCES "public"."deliberations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_objections" ADD CONSTRAINT "deliberation_objections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_events" ADD CONSTRAINT "deliberation_events_deliberation_id_deliberations_id_fk" FOREIGN KEY ("deliberation_id") REFERENCES "public"."deliberations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_votes" ADD CONSTRAINT "deliberation_votes_deliberation_id_deliberations_id_fk" FOREIGN KEY ("deliberation_id") REFERENCES "public"."deliberations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_votes" ADD CONSTRAINT "deliberation_votes_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_votes" ADD CONSTRAINT "deliberation_votes_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_electorate" ADD CONSTRAINT "vote_electorate_vote_id_deliberation_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."deliberation_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_electorate" ADD CONSTRAINT "vote_electorate_voter_id_users_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_voters" ADD CONSTRAINT "vote_voters_vote_id_deliberation_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."deliberation_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_voters" ADD CONSTRAINT "vote_voters_voter_id_users_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_ballots" ADD CONSTRAINT "vote_ballots_vote_id_deliberation_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."deliberation_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliberations_region_idx" ON "deliberations" USING btree ("region_code","state");--> statement-breakpoint
CREATE INDEX "deliberation_meetings_deliberation_idx" ON "deliberation_meetings" USING btree ("deliberation_id","held_at");--> statement-breakpoint
CREATE INDEX "deliberation_objections_deliberation_idx" ON "deliberation_objections" USING btree ("deliberation_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "deliberation_objections_client_key_uq" ON "deliberation_objections" USING btree ("user_id","client_key") WHERE "deliberation_objections"."client_key" is not null;--> statement-breakpoint
CREATE INDEX "deliberation_events_deliberation_idx" ON "deliberation_events" USING btree ("deliberation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "deliberation_votes_deliberation_uq" ON "deliberation_votes" USING btree ("deliberation_id");--> statement-breakpoint
CREATE INDEX "vote_electorate_voter_idx" ON "vote_electorate" USING btree ("voter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vote_ballots_receipt_uq" ON "vote_ballots" USING btree ("receipt_hash");--> statement-breakpoint
CREATE INDEX "vote_ballots_vote_idx" ON "vote_ballots" USING btree ("vote_id","receipt_hash");--> statement-breakpoint
-- A cast vote is never changed or removed, and who voted is never rewritten: the ballots, the list of who
-- has voted and the electorate it was checked against refuse UPDATE, DELETE and TRUNCATE, like the
-- points ledger (0012). A recount reads the same rows the count was made from.
CREATE FUNCTION needle_refuse_vote_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: a cast vote is final', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER vote_ballots_append_only BEFORE UPDATE OR DELETE ON vote_ballots
  FOR EACH ROW EXECUTE FUNCTION needle_refuse_vote_change();
--> statement-breakpoint
CREATE TRIGGER vote_ballots_no_truncate BEFORE TRUNCATE ON vote_ballots
  FOR EACH STATEMENT EXECUTE FUNCTION needle_refuse_vote_change();
--> statement-breakpoint
CREATE TRIGGER vote_voters_append_only BEFORE UPDATE OR DELETE ON vote_voters
  FOR EACH ROW EXECUTE FUNCTION needle_refuse_vote_change();
--> statement-breakpoint
CREATE TRIGGER vote_voters_no_truncate BEFORE TRUNCATE ON vote_voters
  FOR EACH STATEMENT EXECUTE FUNCTION needle_refuse_vote_change();
--> statement-breakpoint
CREATE TRIGGER vote_electorate_append_only BEFORE UPDATE OR DELETE ON vote_electorate
  FOR EACH ROW EXECUTE FUNCTION needle_refuse_vote_change();
--> statement-breakpoint
-- Closing is final: a closed vote takes no more ballots and its count is never rewritten; a vote is
-- closed once (open → closed) and never removed.
CREATE FUNCTION needle_guard_vote() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  vote_state text;
BEGIN
  IF TG_TABLE_NAME = 'deliberation_votes' THEN
    IF TG_OP = 'DELETE' OR OLD.state = 'closed' THEN
      RAISE EXCEPTION 'vote % is closed: its count is final', OLD.id;
    END IF;
    RETURN NEW;
  END IF;
  SELECT state INTO vote_state FROM deliberation_votes WHERE id = NEW.vote_id;
  IF vote_state IS DISTINCT FROM 'open' THEN
    RAISE EXCEPTION 'vote % is not open', NEW.vote_id;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER deliberation_votes_final BEFORE UPDATE OR DELETE ON deliberation_votes
  FOR EACH ROW EXECUTE FUNCTION needle_guard_vote();
--> statement-breakpoint
CREATE TRIGGER vote_ballots_while_open BEFORE INSERT ON vote_ballots
  FOR EACH ROW EXECUTE FUNCTION needle_guard_vote();
--> statement-breakpoint
CREATE TRIGGER vote_voters_while_open BEFORE INSERT ON vote_voters
  FOR EACH ROW EXECUTE FUNCTION needle_guard_vote();
