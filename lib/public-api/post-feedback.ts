import "@/lib/validation/french-errors.ts";
import { authSecret } from "@/lib/config/app-config.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { emailNotifications } from "@/lib/notifications/email-notifications.ts";
import { BodyTooLargeError, bodyTooLargeResponse, readBodyText } from "@/lib/http/read-body.ts";
import { clientKey } from "@/lib/security/client-address.ts";
import { containsInvalidText } from "@/lib/validation/invalid-text.ts";
import { FeedbackRateLimitedError, hashSender, sendFeedback, ZSendFeedbackInput } from "@/lib/sheets/send-feedback.ts";

const MAX_BODY_BYTES = 16_384;
export const ZPostFeedbackBody = ZSendFeedbackInput.omit({ slug: true }).meta({ id: "FeedbackInput" });

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
const failure = (status: number, code: string, message: string, headers?: Record<string, string>) =>
  json(status, { error: { code, message } }, headers);

/**
 * `POST /api/public/v1/use-cases/{slug}/feedback`: the public feedback form as
 * an open API, with HTTP answers (413, 400, 403, 404, 429 + Retry-After).
 * Browsers from another site are refused; clients without an Origin header
 * (scripts, partners' servers) are welcome.
 */
export async function postFeedback(request: Request, slug: string): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin) {
    return failure(
      403,
      "FORBIDDEN",
      "Les retours ne peuvent être envoyés que depuis l'Atelier EFOP ou sans en-tête Origin.",
    );
  }
  let text: string;
  try {
    text = await readBodyText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return bodyTooLargeResponse(error);
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return failure(400, "INVALID_INPUT", "Le corps de la requête doit être un objet JSON.");
  }
  if (containsInvalidText(body))
    return failure(
      400,
      "INVALID_INPUT",
      "Le texte envoyé contient des caractères invalides (caractère nul ou Unicode mal formé).",
    );
  const parsed = ZPostFeedbackBody.safeParse(body);
  if (!parsed.success)
    return failure(400, "INVALID_INPUT", parsed.error.issues.map((issue) => issue.message).join(" "));
  try {
    const { stored, notified } = await sendFeedback({
      input: { ...parsed.data, slug },
      senderHash: hashSender(clientKey(request.headers), authSecret()),
    });
    await emailNotifications(notified);
    // A bot caught by the honeypot gets the same answer and stores nothing.
    void stored;
    return json(201, { status: "pending", message: "Merci : votre retour sera publié après modération." });
  } catch (error) {
    if (error instanceof FeedbackRateLimitedError)
      return failure(429, error.code, error.message, { "Retry-After": String(error.retryAfterSeconds) });
    if (error instanceof ExpectedError && error.code === "NOT_FOUND")
      return failure(404, "NOT_FOUND", "Fiche inconnue ou non publiée.");
    throw error;
  }
}
