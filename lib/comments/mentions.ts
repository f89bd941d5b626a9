import { normalise } from "@/lib/catalogue/list-irritants.ts";

/**
 * The members a comment mentions: « @Prénom Nom » as the member's name is
 * shown, accents and case ignored, the name ending at a word boundary.
 * Matching known names (rather than parsing free text after @) means a
 * mention is never half a name and never someone who is not a member.
 */
export function mentionedMembers<T extends { id: string; name: string | null }>(body: string, members: T[]): T[] {
  const text = normalise(body);
  return members.filter((member) => {
    if (!member.name) return false;
    const mention = `@${normalise(member.name)}`;
    let index = text.indexOf(mention);
    while (index >= 0) {
      const next = text.charAt(index + mention.length);
      if (!/[\p{L}\p{N}]/u.test(next)) return true;
      index = text.indexOf(mention, index + 1);
    }
    return false;
  });
}

/**
 * The members an edit mentions that the previous body did not: they are told
 * once, and an edit never notifies someone a second time for the same comment.
 */
export function newlyMentionedMembers<T extends { id: string; name: string | null }>(
  previousBody: string,
  body: string,
  members: T[],
): T[] {
  const before = new Set(mentionedMembers(previousBody, members).map((member) => member.id));
  return mentionedMembers(body, members).filter((member) => !before.has(member.id));
}
