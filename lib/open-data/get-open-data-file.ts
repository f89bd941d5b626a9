import { appUrl } from "@/lib/config/app-config.ts";
import { cachedCatalogueRead } from "@/lib/catalogue/catalogue-read-cache.ts";
import { OPEN_DATA_RESOURCE_NAMES } from "./open-data-resources.ts";
import { getOpenData } from "./get-open-data.ts";
import { OPEN_DATA_FORMATS, renderOpenDataFile, type TOpenDataFile } from "./render-open-data-file.ts";

/** Every published file name: only these reach the cache, so that unknown names cannot fill it. */
export const OPEN_DATA_FILES = new Set([
  "datapackage.json",
  ...OPEN_DATA_RESOURCE_NAMES.flatMap((name) => OPEN_DATA_FORMATS.map((format) => `${name}.${format}`)),
]);

/**
 * Public: one open-data file, rendered once and kept in Next's data cache until the catalogue changes; null if unknown.
 */
export async function getOpenDataFile({ file }: { file: string }): Promise<TOpenDataFile | null> {
  if (!OPEN_DATA_FILES.has(file)) return null;
  return cachedCatalogueRead(`open-data-file:${file}`, async () =>
    renderOpenDataFile(file, await getOpenData(), appUrl()),
  );
}
