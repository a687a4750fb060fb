/**
 * Where tests put the pictures they render (LibreOffice pages, browser screenshots). docs/images
 * only when asked (`npm run images`, PERFEVAL_UPDATE_IMAGES=1): a plain `npm test` leaves the
 * clone as it was; otherwise a scratch folder, so the pictures are still made and can be looked at.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

let scratch: string | undefined;

export function imagesDir(): string {
  if (process.env.PERFEVAL_UPDATE_IMAGES === "1") return path.join(__dirname, "..", "..", "docs", "images");
  scratch ??= mkdtempSync(path.join(tmpdir(), "perfeval-images-"));
  return scratch;
}
