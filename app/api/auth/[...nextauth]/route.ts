import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options.ts";
import { prepareAuthRequest } from "@/lib/auth/prepare-auth-request.ts";
import { answeringBodyTooLarge } from "@/lib/http/read-body.ts";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request on first use, so nothing reads configuration at build time.
const handler = answeringBodyTooLarge(async (request: Request, context: Context) => {
  const prepared = await prepareAuthRequest(request, (await context.params).nextauth);
  if (prepared instanceof Response) return prepared;
  return NextAuth(prepared as never, context as never, authOptions());
});

export { handler as GET, handler as POST };
