import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options.ts";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request on first use, so nothing reads configuration at build time.
async function handler(request: Request, context: Context) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
