-- Fairness of a round (ADR 0027): one voice per member (as before), one voice
-- per organisation, or weights per organisation type.
CREATE TYPE "VoteFairness" AS ENUM ('PER_MEMBER', 'PER_ORGANISATION', 'WEIGHTED_BY_TYPE');

ALTER TABLE "VoteRound" ADD COLUMN     "fairness" "VoteFairness" NOT NULL DEFAULT 'PER_MEMBER',
ADD COLUMN     "typeWeights" JSONB;

-- Weights exist exactly when the round is weighted.
ALTER TABLE "VoteRound" ADD CONSTRAINT "VoteRound_typeWeights_check"
  CHECK (("fairness" = 'WEIGHTED_BY_TYPE') = ("typeWeights" IS NOT NULL));

-- The one-call vote (migration 20261203123000) learns the shared budget of
-- PER_ORGANISATION rounds; everything else is unchanged.
CREATE OR REPLACE FUNCTION "cast_ballot_vote"(
  p_round_id TEXT,
  p_card_id TEXT,
  p_user_id TEXT,
  p_points INTEGER,
  p_grade "Grade",
  p_new_ballot_id TEXT,
  p_audit_id TEXT,
  p_actor_label TEXT
) RETURNS TABLE ("outcome" TEXT, "pointsUsed" INTEGER, "limit" INTEGER, "opensAt" TIMESTAMP(3), "entries" JSONB)
LANGUAGE plpgsql AS $$
DECLARE
  now_utc TIMESTAMP(3) := now() AT TIME ZONE 'UTC';
  round RECORD;
  ballot_id TEXT;
  used_elsewhere INTEGER := 0;
  total INTEGER := 0;
  shared_org TEXT;
  org_elsewhere INTEGER := 0;
  org_on_card INTEGER := 0;
BEGIN
  SELECT r."method", r."pointsBudget", r."maxPointsPerItem", r."opensAt", r."closesAt", r."closedAt", r."fairness" INTO round
    FROM "VoteRound" r
    WHERE r."id" = p_round_id
      AND EXISTS (SELECT 1 FROM "VoteRoundItem" i WHERE i."roundId" = r."id" AND i."cardId" = p_card_id);
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'NOT_FOUND', 0, NULL::INTEGER, NULL::TIMESTAMP(3), '[]'::JSONB; RETURN;
  END IF;
  IF round."closedAt" IS NOT NULL OR now_utc >= round."closesAt" THEN
    RETURN QUERY SELECT 'CLOSED', 0, NULL::INTEGER, NULL::TIMESTAMP(3), '[]'::JSONB; RETURN;
  END IF;
  IF now_utc < round."opensAt" THEN
    RETURN QUERY SELECT 'UPCOMING', 0, NULL::INTEGER, round."opensAt", '[]'::JSONB; RETURN;
  END IF;
  IF (round."method" = 'DOT_VOTING') <> (p_points IS NOT NULL) THEN
    RETURN QUERY SELECT CASE WHEN round."method" = 'DOT_VOTING' THEN 'POINTS_EXPECTED' ELSE 'GRADE_EXPECTED' END, 0, NULL::INTEGER, NULL::TIMESTAMP(3), '[]'::JSONB; RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = p_user_id AND u."deactivatedAt" IS NULL) THEN
    RETURN QUERY SELECT 'NOT_MEMBER', 0, NULL::INTEGER, NULL::TIMESTAMP(3), '[]'::JSONB; RETURN;
  END IF;
  IF p_points IS NOT NULL AND round."maxPointsPerItem" IS NOT NULL AND p_points > round."maxPointsPerItem" THEN
    RETURN QUERY SELECT 'OVER_MAXIMUM', 0, round."maxPointsPerItem", NULL::TIMESTAMP(3), '[]'::JSONB; RETURN;
  END IF;

  -- One voice per organisation: its members share one budget and one maximum per
  -- card. A transaction-scoped advisory lock per (round, organisation) serialises
  -- the casts of all its members, so the sums below count entries no concurrent
  -- cast of the same organisation can change; other organisations are not held up.
  -- A member without an organisation keeps a budget of their own.
  IF p_points IS NOT NULL AND round."fairness" = 'PER_ORGANISATION' THEN
    SELECT u."organisationId" INTO shared_org FROM "User" u WHERE u."id" = p_user_id;
  END IF;
  IF shared_org IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('ballot-organisation:' || p_round_id || ':' || shared_org, 0));
    SELECT COALESCE(SUM(e."points") FILTER (WHERE NOT (b."userId" = p_user_id AND e."cardId" = p_card_id)), 0),
           COALESCE(SUM(e."points") FILTER (WHERE b."userId" <> p_user_id AND e."cardId" = p_card_id), 0)
      INTO org_elsewhere, org_on_card
      FROM "BallotEntry" e
      JOIN "Ballot" b ON b."id" = e."ballotId"
      JOIN "User" u ON u."id" = b."userId"
      WHERE b."roundId" = p_round_id AND u."organisationId" = shared_org;
    IF round."maxPointsPerItem" IS NOT NULL AND org_on_card + p_points > round."maxPointsPerItem" THEN
      RETURN QUERY SELECT 'OVER_SHARED_MAXIMUM', org_on_card, round."maxPointsPerItem", NULL::TIMESTAMP(3), '[]'::JSONB; RETURN;
    END IF;
    IF round."pointsBudget" IS NOT NULL AND org_elsewhere + p_points > round."pointsBudget" THEN
      RETURN QUERY SELECT 'OVER_SHARED_BUDGET', org_elsewhere, round."pointsBudget", NULL::TIMESTAMP(3), '[]'::JSONB; RETURN;
    END IF;
  END IF;

  -- The ballot row lock serialises one member's concurrent casts: the budget is
  -- checked against entries no other transaction of this member can change.
  LOOP
    SELECT b."id" INTO ballot_id FROM "Ballot" b WHERE b."roundId" = p_round_id AND b."userId" = p_user_id FOR UPDATE;
    EXIT WHEN FOUND;
    -- A first vote: nothing to add up yet, so an over-budget one is refused before any row exists.
    IF p_points IS NOT NULL AND round."pointsBudget" IS NOT NULL AND p_points > round."pointsBudget" THEN
      RETURN QUERY SELECT 'OVER_BUDGET', 0, round."pointsBudget", NULL::TIMESTAMP(3), '[]'::JSONB; RETURN;
    END IF;
    INSERT INTO "Ballot" ("id", "roundId", "userId", "pointsUsed", "updatedAt")
      VALUES (p_new_ballot_id, p_round_id, p_user_id, 0, now_utc)
      ON CONFLICT ("roundId", "userId") DO NOTHING
      RETURNING "id" INTO ballot_id;
    EXIT WHEN ballot_id IS NOT NULL;
  END LOOP;

  IF p_points IS NOT NULL THEN
    SELECT COALESCE(SUM(e."points"), 0) INTO used_elsewhere FROM "BallotEntry" e WHERE e."ballotId" = ballot_id AND e."cardId" <> p_card_id;
    IF round."pointsBudget" IS NOT NULL AND used_elsewhere + p_points > round."pointsBudget" THEN
      RETURN QUERY SELECT 'OVER_BUDGET', used_elsewhere, round."pointsBudget", NULL::TIMESTAMP(3), '[]'::JSONB; RETURN;
    END IF;
    total := used_elsewhere + p_points;
    IF p_points = 0 THEN
      DELETE FROM "BallotEntry" WHERE "ballotId" = ballot_id AND "cardId" = p_card_id;
    ELSE
      INSERT INTO "BallotEntry" ("ballotId", "cardId", "points") VALUES (ballot_id, p_card_id, p_points)
        ON CONFLICT ("ballotId", "cardId") DO UPDATE SET "points" = EXCLUDED."points";
    END IF;
  ELSIF p_grade IS NULL THEN
    DELETE FROM "BallotEntry" WHERE "ballotId" = ballot_id AND "cardId" = p_card_id;
  ELSE
    INSERT INTO "BallotEntry" ("ballotId", "cardId", "grade") VALUES (ballot_id, p_card_id, p_grade)
      ON CONFLICT ("ballotId", "cardId") DO UPDATE SET "grade" = EXCLUDED."grade";
  END IF;
  UPDATE "Ballot" SET "pointsUsed" = total, "updatedAt" = now_utc WHERE "id" = ballot_id;

  -- The vote itself stays secret: the audit trail says who voted on which card, not how.
  INSERT INTO "AuditEvent" ("id", "actorId", "actorLabel", "action", "targetType", "targetId", "data", "createdAt")
    VALUES (p_audit_id, p_user_id, p_actor_label, 'ballot.cast', 'vote-round', p_round_id, jsonb_build_object('cardId', p_card_id), now_utc);

  RETURN QUERY SELECT 'OK', total, NULL::INTEGER, NULL::TIMESTAMP(3),
    COALESCE((SELECT jsonb_agg(jsonb_build_object('cardId', e."cardId", 'points', e."points", 'grade', e."grade") ORDER BY e."cardId")
      FROM "BallotEntry" e WHERE e."ballotId" = ballot_id), '[]'::JSONB);
END;
$$;
