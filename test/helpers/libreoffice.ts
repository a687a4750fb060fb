/**
 * LibreOffice headless as a second spreadsheet engine: recalculates every formula of an
 * .xlsx (forced, not the cached values) and converts files to PDF.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function libreOfficeAvailable(): boolean {
  try {
    execFileSync("libreoffice", ["--version"], { stdio: "pipe", timeout: 60000 });
    return true;
  } catch {
    return false;
  }
}

function profile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "perfeval-lo-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_XCU);
  return dir;
}

/** Converts `file` to `format` ("xlsx" recalculated, "pdf") in a new folder; returns the path. */
export function convert(file: string, format: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), "perfeval-lo-out-"));
  execFileSync(
    "libreoffice",
    ["--headless", `-env:UserInstallation=file://${profile()}`, "--convert-to", format, "--outdir", outDir, file],
    { stdio: "pipe", timeout: 120000 },
  );
  const out = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, "") + "." + format.split(":")[0]);
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}
