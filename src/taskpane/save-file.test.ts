/**
 * saveFile under Node, as the sessions' tests run it: the link is clicked with the file's name,
 * and the URL's revoke, a minute later, does not keep the process (Jest) alive meanwhile.
 */
import { saveFile } from "./save-file";

test("clicks a download link and leaves no timer holding the process open", () => {
  const clicked: { href: string; download: string }[] = [];
  const g = globalThis as unknown as { document?: unknown };
  const before = g.document;
  g.document = {
    createElement: () => {
      const link = { href: "", download: "", rel: "", style: {} as Record<string, string>, click: () => clicked.push({ href: link.href, download: link.download }), remove: () => undefined };
      return link;
    },
    body: { appendChild: () => undefined },
  };
  const created = jest.spyOn(URL, "createObjectURL").mockReturnValue("blob:perfeval/1");
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
  const held = timers();
  try {
    saveFile(new Blob(["x"]), "自评报告.docx");
    expect(clicked).toEqual([{ href: "blob:perfeval/1", download: "自评报告.docx" }]);
    expect(timers()).toBe(held);
  } finally {
    created.mockRestore();
    g.document = before;
  }
});
