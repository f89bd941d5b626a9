import { describe, expect, it } from "vitest";
import { mentionedMembers, newlyMentionedMembers } from "./mentions.ts";

const members = [
  { id: "1", name: "Inès Benali" },
  { id: "2", name: "Hugo Martin" },
  { id: "3", name: "Hugo Martinez" },
  { id: "4", name: null },
];

describe("mentionedMembers", () => {
  it("finds members by their displayed name, accents and case ignored, at a word boundary", () => {
    expect(mentionedMembers("Merci @ines benali, tu peux regarder ?", members).map((member) => member.id)).toEqual([
      "1",
    ]);
    expect(mentionedMembers("Voir avec @Hugo Martinez.", members).map((member) => member.id)).toEqual(["3"]);
    expect(mentionedMembers("@Hugo Martin et @Inès Benali", members).map((member) => member.id)).toEqual(["1", "2"]);
    expect(mentionedMembers("@Hugo Martinez puis @Hugo Martin!", members).map((member) => member.id)).toEqual([
      "2",
      "3",
    ]);
  });

  it("ignores names without @, partial names and members without a name", () => {
    expect(mentionedMembers("Hugo Martin l'a dit ; @Hugo seul ; @null", members)).toEqual([]);
    expect(mentionedMembers("**@Inès Benali**, voir aussi la fiche", members).map((member) => member.id)).toEqual([
      "1",
    ]);
  });
});

describe("newlyMentionedMembers", () => {
  it("keeps only the members an edit mentions for the first time", () => {
    expect(
      newlyMentionedMembers("@Hugo Martin", "@Hugo Martin et @Inès Benali", members).map((member) => member.id),
    ).toEqual(["1"]);
    expect(newlyMentionedMembers("@Hugo Martin et @Inès Benali", "@Inès Benali seule", members)).toEqual([]);
    expect(newlyMentionedMembers("@Hugo Martin", "@Hugo Martinez", members).map((member) => member.id)).toEqual(["3"]);
  });
});
