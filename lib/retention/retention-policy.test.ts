import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env-schema.ts";
import { DEFAULT_RETENTION, formatRetention, retentionPolicy } from "./retention-policy.ts";

const policyOf = (source: Record<string, string>) => retentionPolicy(parseEnv(source));

describe("retentionPolicy", () => {
  it("defaults to 7 days of demo mails, 12 months of feedback addresses and audit details, 30 days of dead invitations", () => {
    expect(policyOf({})).toEqual({
      demoMailDays: 7,
      feedbackEmailDays: 365,
      auditDetailsDays: 365,
      invitationDays: 30,
    });
    expect(policyOf({ RETENTION_DEMO_MAIL_DAYS: " " })).toEqual(DEFAULT_RETENTION);
  });

  it("reads each duration from its variable", () => {
    expect(
      policyOf({
        RETENTION_DEMO_MAIL_DAYS: "1",
        RETENTION_FEEDBACK_EMAIL_DAYS: "180",
        RETENTION_AUDIT_DETAILS_DAYS: "730",
        RETENTION_INVITATION_DAYS: "90",
      }),
    ).toEqual({ demoMailDays: 1, feedbackEmailDays: 180, auditDetailsDays: 730, invitationDays: 90 });
  });

  it("refuses a duration that is not a whole number of days between 1 and 3650, naming the variable", () => {
    for (const value of ["0", "-3", "1.5", "douze", "3651", "1e3x"]) {
      expect(() => policyOf({ RETENTION_AUDIT_DETAILS_DAYS: value })).toThrow(/RETENTION_AUDIT_DETAILS_DAYS/);
    }
  });
});

describe("formatRetention", () => {
  it("says durations as a person would", () => {
    expect([1, 7, 30, 180, 365, 730, 400].map(formatRetention)).toEqual([
      "1 jour",
      "7 jours",
      "1 mois",
      "6 mois",
      "1 an",
      "2 ans",
      "400 jours",
    ]);
  });
});
