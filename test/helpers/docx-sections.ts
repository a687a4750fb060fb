/**
 * The text of each section of a .docx (one report each in a Word report of several tables), tags
 * removed. A section ends with the paragraph whose properties hold its <w:sectPr>; the last one's
 * <w:sectPr> stands at the end of the body.
 */
import JSZip from "jszip";

export async function docxSectionTexts(bytes: Uint8Array | Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  const body = xml.slice(xml.indexOf("<w:body>"), xml.lastIndexOf("</w:body>"));
  return body
    .replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>([\s\S]*?<\/w:p>)/g, "$1\u0000")
    .split("\u0000")
    .map((part) => part.replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g, "").replace(/<[^>]+>/g, ""));
}
