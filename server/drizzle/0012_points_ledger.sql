CREATE TABLE "point_entries" (
	"transfer_id" bigint NOT NULL,
	"account" text NOT NULL,
	"amount" integer NOT NULL,
	CONSTRAINT "point_entries_transfer_id_account_pk" PRIMARY KEY("transfer_id","account"),
	CONSTRAINT "point_entries_amount_nonzero" CHECK ("point_entries"."amount" <> 0),
	CONSTRAINT "point_entries_account_shape" CHECK ("point_entries"."account" ~ '^(user:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|system:[a-z_]+)$')
);
--> statement-breakpoint
CREATE TABLE "point_transfers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid,
	"user_id" uuid NOT NULL,
	"reverses" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_transfer_id_point_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."point_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_transfers" ADD CONSTRAINT "point_transfers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_transfers" ADD CONSTRAINT "point_transfers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_transfers" ADD CONSTRAINT "point_transfers_reverses_point_transfers_id_fk" FOREIGN KEY ("reverses") REFERENCES "public"."point_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "point_entries_account_idx" ON "point_entries" USING btree ("account","transfer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "point_transfers_award_uq" ON "point_transfers" USING btree ("kind","case_id","user_id") WHERE "point_transfers"."case_id" is not null and "point_transfers"."reverses" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "point_transfers_reverses_uq" ON "point_transfers" USING btree ("reverses");--> statement-breakpoint
CREATE INDEX "point_transfers_user_idx" ON "point_transfers" USING btree ("user_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "point_transfers_case_idx" ON "point_transfers" USING btree ("case_id");--> statement-breakpoint
-- The points ledger is double-entry: every transfer has at least two legs, and they sum to zero. Checked
-- at commit (a deferred constraint trigger), so a transfer and its legs may be written in either order
-- within the transaction, and a transfer left without legs, or a leg added to an old transfer, fails it.
CREATE FUNCTION needle_check_point_transfer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  transfer bigint;
  legs integer;
  total bigint;
BEGIN
  IF TG_TABLE_NAME = 'point_transfers' THEN
    transfer := NEW.id;
  ELSE
    transfer := NEW.transfer_id;
  END IF;
  SELECT count(*), coalesce(sum(amount), 0) INTO legs, total FROM point_entries WHERE transfer_id = transfer;
  IF legs < 2 OR total <> 0 THEN
    RAISE EXCEPTION 'point transfer % does not balance: % legs summing to %', transfer, legs, total
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER point_transfers_balance AFTER INSERT ON point_transfers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION needle_check_point_transfer();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER point_entries_balance AFTER INSERT ON point_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION needle_check_point_transfer();
--> statement-breakpoint
-- Append-only, like the audit trail: balances are sums of entries, so an edited row would rewrite
-- history. A mistake is put right by a new transfer that reverses it.
CREATE FUNCTION needle_refuse_points_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: correct it with a reversing transfer', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER point_transfers_append_only BEFORE UPDATE OR DELETE ON point_transfers
  FOR EACH ROW EXECUTE FUNCTION needle_refuse_points_change();
--> statement-breakpoint
CREATE TRIGGER point_entries_append_only BEFORE UPDATE OR DELETE ON point_entries
  FOR EACH ROW EXECUTE FUNCTION needle_refuse_points_change();
