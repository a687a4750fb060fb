/** The pane's small pure parts: where it runs, which language, how failures are worded. */
import { WorkbookError } from "../core/errors";
import { formatPercent, formatScore } from "./format";
import { chosenLanguage, pickLanguage, strings } from "./i18n";
import { failureNotice } from "./notice";
import { detectHost } from "./office-host";

type OfficeFake = { onReady: () => Promise<{ host: string | null }>; HostType: { Excel: string }; context?: { displayLanguage: string } };
const setOffice = (office: OfficeFake | undefined) => ((globalThis as unknown as { Office?: OfficeFake }).Office = office);

afterEach(() => setOffice(undefined));

describe("detectHost", () => {
  it("is the browser when office.js is not loaded", async () => {
    await expect(detectHost(50)).resolves.toEqual({ kind: "browser" });
  });

  it("is Excel when onReady says so, with Office's display language", async () => {
    setOffice({ onReady: async () => ({ host: "Excel" }), HostType: { Excel: "Excel" }, context: { displayLanguage: "zh-CN" } });
    await expect(detectHost(50)).resolves.toEqual({ kind: "excel", language: "zh-CN" });
  });

  it("is the browser when onReady reports no host", async () => {
    setOffice({ onReady: async () => ({ host: null }), HostType: { Excel: "Excel" } });
    await expect(detectHost(50)).resolves.toEqual({ kind: "browser" });
  });

  it("is the browser after the timeout when onReady never resolves, and Excel if it answers late", async () => {
    let answer: (info: { host: string }) => void = () => undefined;
    setOffice({ onReady: () => new Promise((resolve) => (answer = resolve)), HostType: { Excel: "Excel" } });
    const host = await detectHost(20);
    expect(host.kind).toBe("browser");
    answer({ host: "Excel" });
    await expect(host.lateExcel).resolves.toMatchObject({ kind: "excel" });
  });

  it("is the browser when onReady throws", async () => {
    setOffice({ onReady: () => Promise.reject(new Error("no")), HostType: { Excel: "Excel" } });
    await expect(detectHost(50)).resolves.toEqual({ kind: "browser" });
  });
});

test("Chinese for any Chinese locale and when nothing is known, English otherwise", () => {
  expect(pickLanguage("zh-CN")).toBe("zh");
  expect(pickLanguage("zh-Hans-CN")).toBe("zh");
  expect(pickLanguage(undefined, "zh-TW")).toBe("zh");
  expect(pickLanguage(undefined)).toBe("zh");
  expect(pickLanguage("en-US")).toBe("en");
  expect(Object.keys(strings("en")).sort()).toEqual(Object.keys(strings("zh")).sort());
});

test("the pane speaks Chinese whatever the browser's language; English only when asked for with ?lang=en", () => {
  expect(chosenLanguage("")).toBe("zh");
  expect(chosenLanguage("?_host_Info=Excel$Win32$16.01$en-US")).toBe("zh");
  expect(chosenLanguage("?lang=en")).toBe("en");
  expect(chosenLanguage("?a=1&lang=en")).toBe("en");
  expect(chosenLanguage("?lang=english")).toBe("zh");
});

test("a WorkbookError is described in Chinese; anything else gets a generic message and collapsed details, never a stack", () => {
  const t = strings("zh");
  const bad = failureNotice(new WorkbookError("找不到评分表。", { file: "a.xlsx" }), t);
  expect(bad).toEqual({ intent: "error", title: t.errorTitle, text: "文件“a.xlsx”：找不到评分表。" });

  const bug = failureNotice(new TypeError("x is undefined"), t);
  expect(bug.text).toBe(t.unexpectedError);
  expect(bug.details).toBe("TypeError: x is undefined");
  expect(bug.details).not.toContain("    at ");
});

test("scores and rates as the engine rounded them", () => {
  expect(formatScore(29.83)).toBe("29.83");
  expect(formatScore(20)).toBe("20");
  expect(formatScore(0.5)).toBe("0.5");
  expect(formatScore(null)).toBe("—");
  expect(formatPercent(99.07)).toBe("99.07%");
  expect(formatPercent(-25.4)).toBe("-25.40%");
  expect(formatPercent(undefined)).toBe("—");
});
