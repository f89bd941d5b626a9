-- AlterTable
ALTER TABLE "VoteRound" ADD COLUMN     "openingNotifiedAt" TIMESTAMP(3);

-- Ballot integrity is enforced by the database itself, whatever the caller:
-- a dot-voting ballot never uses more than the round's budget, and no item
-- gets more than the round's maximum per item.
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_pointsUsed_non_negative" CHECK ("pointsUsed" >= 0);
ALTER TABLE "BallotEntry" ADD CONSTRAINT "BallotEntry_points_positive" CHECK ("points" IS NULL OR "points" > 0);

CREATE FUNCTION "enforce_ballot_budget"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  budget INTEGER;
BEGIN
  SELECT "pointsBudget" INTO budget FROM "VoteRound" WHERE "id" = NEW."roundId";
  IF budget IS NOT NULL AND NEW."pointsUsed" > budget THEN
    RAISE EXCEPTION 'ballot % exceeds the budget of its round (% > %)', NEW."id", NEW."pointsUsed", budget
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Ballot_budget" BEFORE INSERT OR UPDATE OF "pointsUsed" ON "Ballot"
  FOR EACH ROW EXECUTE FUNCTION "enforce_ballot_budget"();

CREATE FUNCTION "enforce_ballot_entry_maximum"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  maximum INTEGER;
BEGIN
  SELECT r."maxPointsPerItem" INTO maximum
    FROM "Ballot" b JOIN "VoteRound" r ON r."id" = b."roundId"
    WHERE b."id" = NEW."ballotId";
  IF maximum IS NOT NULL AND NEW."points" > maximum THEN
    RAISE EXCEPTION 'ballot entry exceeds the maximum per item (% > %)', NEW."points", maximum
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "BallotEntry_maximum" BEFORE INSERT OR UPDATE OF "points" ON "BallotEntry"
  FOR EACH ROW EXECUTE FUNCTION "enforce_ballot_entry_maximum"();
