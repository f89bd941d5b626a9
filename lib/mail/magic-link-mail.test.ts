import { describe, expect, it } from "vitest";
import { invitationMail, magicLinkMail } from "./magic-link-mail.ts";

describe("magicLinkMail", () => {
  it("carries the link in both text and HTML", () => {
    const mail = magicLinkMail({
      to: "a@b.fr",
      url: "http://localhost:3000/api/auth/callback/email?token=t&email=a",
      host: "localhost:3000",
    });
    expect(mail.text).toContain("http://localhost:3000/api/auth/callback/email?token=t&email=a");
    expect(mail.html).toContain('href="http://localhost:3000/api/auth/callback/email?token=t&amp;email=a"');
  });
});

describe("invitationMail", () => {
  it("escapes names so that an organisation name cannot inject HTML", () => {
    const mail = invitationMail({
      to: "a@b.fr",
      organisation: "<script>alert(1)</script>",
      invitedBy: "Camille",
      signInUrl: "http://x/connexion",
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });
});
