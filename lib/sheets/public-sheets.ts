import { appUrl } from "@/lib/config/app-config.ts";
import { ZPublicUseCase, ZPublicUseCaseList, type TPublicUseCase } from "@/lib/public-api/use-case-schemas.ts";
import { listPublishedSheets } from "./list-published-sheets.ts";
import { getPublishedSheet } from "./get-published-sheet.ts";
import { sheetToMarkdown } from "./sheet-to-markdown.ts";
import { cachedPublicRead } from "./public-read-cache.ts";

const sheetUrl = (slug: string) => `${appUrl()}/cas-usage/${slug}`;

/** Public API: the published sheets, validated against the schema the OpenAPI document publishes. */
export async function listPublicSheets() {
  return cachedPublicRead("api:list", loadPublicUseCases);
}

async function loadPublicUseCases() {
  const useCases = await listPublishedSheets();
  return ZPublicUseCaseList.parse({
    count: useCases.length,
    data: useCases.map((useCase) => ({
      slug: useCase.slug,
      title: useCase.title,
      summary: useCase.summary,
      paths: useCase.paths,
      updatedAt: useCase.updatedAt.toISOString(),
      url: sheetUrl(useCase.slug),
    })),
  });
}

export async function getPublicSheet({ slug }: { slug: string }): Promise<TPublicUseCase | null> {
  return cachedPublicRead(`api:sheet:${slug}`, () => loadPublicUseCase(slug));
}

async function loadPublicUseCase(slug: string): Promise<TPublicUseCase | null> {
  const sheet = await getPublishedSheet({ slug });
  if (!sheet) return null;
  return ZPublicUseCase.parse({
    slug: sheet.slug,
    title: sheet.title,
    summary: sheet.summary,
    paths: sheet.paths,
    updatedAt: sheet.updatedAt.toISOString(),
    publishedAt: sheet.publishedAt.toISOString(),
    url: sheetUrl(sheet.slug),
    markdownUrl: `${appUrl()}/api/public/v1/use-cases/${sheet.slug}/markdown`,
    revision: sheet.revision,
    content: sheet.content,
    irritants: sheet.irritants,
    dataItems: sheet.dataItems,
    feedback: sheet.feedback.map((feedback) => ({
      section: feedback.section,
      message: feedback.message,
      authorName: feedback.authorName,
      createdAt: feedback.createdAt.toISOString(),
    })),
  });
}

export async function getPublicSheetMarkdown({ slug }: { slug: string }): Promise<string | null> {
  const sheet = await getPublishedSheet({ slug });
  if (!sheet) return null;
  return sheetToMarkdown({
    title: sheet.title,
    summary: sheet.summary,
    content: sheet.content,
    updatedAt: sheet.updatedAt,
    url: sheetUrl(sheet.slug),
  });
}
