import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options.ts";
import { createRateLimiter } from "@/lib/security/rate-limiter.ts";
import { clientAddress } from "@/lib/security/client-address.ts";
import { env } from "@/lib/config/env.ts";

type Context = { params: Promise<{ nextauth: string[] }> };

// Magic links are e-mails sent on request: at most SIGN_IN_RATE_LIMIT (5) per address every 15 minutes,
// and six times that per client address (several members may share an office's address).
// Created on first request: `next build` imports this module and must not read configuration.
let limiters: { byEmail: ReturnType<typeof createRateLimiter>; byClient: ReturnType<typeof createRateLimiter> } | undefined;
function signInLimiters() {
  const limit = env().SIGN_IN_RATE_LIMIT;
  limiters ??= { byEmail: createRateLimiter({ limit, windowMs: 15 * 60_000 }), byClient: createRateLimiter({ limit: limit * 6, windowMs: 15 * 60_000 }) };
  return limiters;
}

async function signInAllowed(request: Request, context: Context): Promise<Response | null> {
  const [action, provider] = (await context.params).nextauth;
  if (request.method !== "POST" || action !== "signin" || provider !== "email") return null;
  const form = await request.clone().formData().catch(() => null);
  const email = String(form?.get("email") ?? "").trim().toLowerCase();
  const client = clientAddress(request.headers);
  const { byEmail: byEmailLimiter, byClient: byClientLimiter } = signInLimiters();
  const byEmail = byEmailLimiter.hit(email);
  const byClient = byClientLimiter.hit(client);
  const refused = [byEmail, byClient].find((outcome) => !outcome.allowed);
  if (!refused) return null;
  // next-auth's client follows `url`: the person lands on a page that explains the wait.
  return Response.json(
    { url: `/connexion/erreur?error=RateLimited&retry=${refused.retryAfterSeconds}` },
    { status: 429, headers: { "Retry-After": String(refused.retryAfterSeconds) } },
  );
}

// Options are built per request on first use, so nothing reads configuration at build time.
async function handler(request: Request, context: Context) {
  const limited = await signInAllowed(request, context);
  if (limited) return limited;
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
