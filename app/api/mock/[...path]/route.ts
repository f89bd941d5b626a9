import { answeringBodyTooLarge } from "@/lib/http/read-body.ts";
import { handleMockRequest } from "@/lib/mock-apis/handle-mock-request.ts";

type Context = { params: Promise<{ path: string[] }> };

const handler = answeringBodyTooLarge(async (request: Request, { params }: Context) =>
  handleMockRequest(request, (await params).path),
);

export { handler as GET, handler as POST };
