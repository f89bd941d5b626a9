import type { TRole } from "@/lib/auth/actor.ts";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string | null; role: TRole; organisationId: string | null };
  }
}
