/**
 * word/fontTable.xml with the official fonts and what Word should use where a PC lacks them
 * (w:altName, a comma-separated list, ECMA-376 Part 1 §17.8.3.1), with the charset, family,
 * pitch and signature that let Word pick a close substitute: stock Windows has 仿宋 and 楷体 but
 * not the _GB2312 fonts, and rarely 方正小标宋简体.
 */
import { FONT } from "./official-format";

interface FontEntry {
  readonly name: string;
  readonly altNames: readonly string[];
  readonly panose: string;
  readonly family: "roman" | "modern" | "swiss" | "script";
  readonly pitch: "fixed" | "variable";
}

/** The Unicode and code-page ranges of a GB2312 CJK font (as SimSun declares them). */
const CJK_SIG = '<w:sig w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"/>';

export const OFFICIAL_FONTS: readonly FontEntry[] = [
  { name: FONT.body, altNames: ["仿宋", "FangSong", "华文仿宋", "STFangsong"], panose: "02010609030101010101", family: "modern", pitch: "fixed" },
  { name: FONT.title, altNames: ["华文中宋", "STZhongsong", "宋体", "SimSun"], panose: "02000000000000000000", family: "script", pitch: "variable" },
  { name: FONT.heading2, altNames: ["楷体", "KaiTi", "华文楷体", "STKaiti"], panose: "02010609030101010101", family: "modern", pitch: "fixed" },
  { name: FONT.heading1, altNames: ["SimHei", "华文黑体", "STHeiti"], panose: "02010609060101010101", family: "modern", pitch: "fixed" },
  { name: FONT.pageNumber, altNames: ["SimSun", "华文宋体", "STSong"], panose: "02010600030101010101", family: "modern", pitch: "fixed" },
];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export function fontTableXml(): string {
  const fonts = OFFICIAL_FONTS.map(
    (f) =>
      `<w:font w:name="${esc(f.name)}"><w:altName w:val="${esc(f.altNames.join(","))}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/>${CJK_SIG}</w:font>`,
  ).join("");
  const latin =
    `<w:font w:name="${FONT.latin}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>` +
    '<w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${fonts}${latin}</w:fonts>`
  );
}
