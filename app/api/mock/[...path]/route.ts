import { handleMockRequest } from "@/lib/mock-apis/handle-mock-request.ts";

type Context = { params: Promise<{ path: string[] }> };

async function handler(request: Request, { params }: Context) {
  return handleMockRequest(request, (await params).path);
}

export { handler as GET, handler as POST };
