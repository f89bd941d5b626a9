import { postFeedback } from "@/lib/public-api/post-feedback.ts";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return postFeedback(request, (await params).slug);
}
