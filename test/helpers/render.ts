/**
 * Pages of a PDF as pictures and text, for tests that look at what LibreOffice rendered: which
 * pages hold a text, a page as PNG (for docs/images) or as raw pixels (to count a colour).
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
}

export function pageText(pdf: string, page: number, layout = false): string {
  return execFileSync("pdftotext", [...(layout ? ["-layout"] : []), "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
}

/** The pages (1-based) whose text, without whitespace, contains `text`. */
export function pagesWith(pdf: string, text: string): number[] {
  const out: number[] = [];
  for (let p = 1; p <= pageCount(pdf); p++) if (pageText(pdf, p).replace(/\s+/g, "").includes(text)) out.push(p);
  return out;
}

/** Renders one page to `png` (a path without ".png", as pdftoppm -singlefile wants it). */
export function pageToPng(pdf: string, page: number, pngBase: string, dpi = 70): string {
  execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), "-png", "-singlefile", pdf, pngBase]);
  return `${pngBase}.png`;
}

/** How many pixels of a page are within `tolerance` of an RGB colour (pdftoppm's PPM output). */
export function countColour(pdf: string, page: number, rgb: [number, number, number], pngBase: string, tolerance = 24): number {
  execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "50", "-singlefile", pdf, pngBase]);
  const data = readFileSync(`${pngBase}.ppm`);
  // P6\n<w> <h>\n255\n then RGB bytes.
  let offset = 0;
  for (let fields = 0; fields < 4; ) {
    while (/\s/.test(String.fromCharCode(data[offset]))) offset++;
    while (!/\s/.test(String.fromCharCode(data[offset]))) offset++;
    fields++;
  }
  offset++;
  let n = 0;
  for (let i = offset; i + 2 < data.length; i += 3) {
    if (Math.abs(data[i] - rgb[0]) <= tolerance && Math.abs(data[i + 1] - rgb[1]) <= tolerance && Math.abs(data[i + 2] - rgb[2]) <= tolerance) n++;
  }
  return n;
}
