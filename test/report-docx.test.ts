/**
 * The Word report through `perfeval evaluate --docx`, converted to PDF by LibreOffice: the key
 * sentences are there, in Chinese, and the document is A4 with page numbers.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { perfeval } from "./helpers/cli";
import { convert, libreOfficeAvailable } from "./helpers/libreoffice";

const FIXTURES = path.join(__dirname, "fixtures");
const available = libreOfficeAvailable();
if (!available) console.warn("LibreOffice is not installed: the .docx rendering test is skipped. .ci/run installs it.");

(available ? test : test.skip)("海珠式 report as .docx → PDF holds the conclusion, the reasons and the tables", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "perfeval-docx-"));
  const docx = path.join(dir, "报告.docx");
  const r = await perfeval(["evaluate", path.join(FIXTURES, "standard/haizhu-2023-corrected.xlsx"), "-o", path.join(dir, "out.xlsx"), "--docx", docx]);
  expect(r.code).toBe(0);
  expect(existsSync(docx)).toBe(true);
  const pdf = convert(docx, "pdf");
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
  // pdftotext breaks lines and spaces CJK from digits; compare without whitespace.
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(text).toContain("部门整体支出绩效自评报告");
  expect(text).toContain("部门整体支出绩效自评分数为94分，绩效等级为“优”，其中一级指标中的履职效能得分率为100%，管理效率得分率为88%");
  expect(text).toContain("扣分的主要原因是：1.部门有出台相应的绩效管理制度，但内容有缺漏；2.未能在采购预算批复后及时予以公开");
  expect(text).toContain("附表1指标得分表");
  expect(text).toContain("附表2扣分明细表");
  expect(text).toMatch(/—2—/);
});
