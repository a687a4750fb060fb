/**
 * The Excel hosts the fake can stand for, with what each supports. Every figure names its
 * source; where Microsoft's pages disagree, the fake takes the stricter side and says so.
 *
 * Requirement sets:
 * - ExcelApi: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 *   (Office 2016 volume-licensed: 1.1 only; Office 2019: up to 1.7; Office 2021: up to 1.14).
 * - SharedRuntime: https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
 *   (Excel 2021 volume-licensed: 1.1 from version 2108; nothing before 2021).
 * - CustomFunctionsRuntime: the requirement-set page lists "Office 2021: Version 2108" for 1.1–1.3,
 *   but the custom functions overview (docs/excel/custom-functions-overview.md, "Supported
 *   platforms") says custom functions "aren't currently supported in … volume-licensed perpetual
 *   versions of Office 2021 or earlier on Windows". The fake follows the overview: LTSC 2021
 *   has no custom functions.
 * - CompressedFile (getFileAsync(Compressed)): @types/office-js (Document.getFileAsync, "Supported
 *   FileTypes, by platform") lists only Pdf for Excel on the web, while the common requirement-set
 *   page lists Excel on the web under CompressedFile. The fake follows the type definitions: no
 *   compressed file on the web.
 * Webviews: docs/concepts/browsers-used-by-office-web-add-ins.md as of office-js-docs-pr 6945e483a
 * (volume-licensed Office 2016 and 2019 always use Trident, Internet Explorer 11; Office 2021
 * uses WebView2). The page dropped 2016/2019 in 7f459a0c0 (2025-11-11), at their end of support.
 * A blank cell passed to a scalar `any` parameter: null on the web and current desktop builds,
 * 0 on older desktop builds (https://github.com/OfficeDev/office-js/issues/4702: Microsoft
 * changed it as a bug fix). Blanks inside a range passed to a matrix `any` parameter are 0 on
 * every host here (custom-functions-fake.ts): #1951 reports 0 on Excel on the web, and #5262
 * (labelled fixed) names no version that gives null.
 */

export type HostId = "m365-windows" | "m365-mac" | "web" | "ltsc-2021" | "office-2019" | "office-2016";

export interface HostProfile {
  readonly id: HostId;
  readonly label: string;
  /** Office.context.platform (Office.PlatformType values). */
  readonly platform: "PC" | "Mac" | "OfficeOnline";
  /** Highest version of each requirement set; absent = not supported. */
  readonly sets: Readonly<Record<string, string>>;
  readonly webview: "WebView2" | "WKWebView" | "browser" | "Trident";
  /** What a referenced blank cell becomes in a scalar `any` parameter. */
  readonly blankForAny: null | 0;
  /** Request and response payload limit of one context.sync() (Excel on the web: 5 MB). */
  readonly payloadLimit?: number;
  /** Downloads from the task pane (an <a download> click) reach the user. */
  readonly downloads: boolean;
}

/** docs/concepts/resource-limits-and-performance-optimization.md: "5MB" for Excel on the web. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

const CURRENT_SETS = { ExcelApi: "1.20", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.5", CompressedFile: "1.1", File: "1.1" };

export const HOSTS: Readonly<Record<HostId, HostProfile>> = {
  "m365-windows": {
    id: "m365-windows",
    label: "Microsoft 365 on Windows (current channel)",
    platform: "PC",
    sets: CURRENT_SETS,
    webview: "WebView2",
    blankForAny: null,
    downloads: true,
  },
  "m365-mac": {
    id: "m365-mac",
    label: "Microsoft 365 on Mac",
    platform: "Mac",
    sets: CURRENT_SETS,
    webview: "WKWebView",
    blankForAny: null,
    // office-js #2700, #4681, #3385: a download started in the task pane does nothing on Mac.
    downloads: false,
  },
  web: {
    id: "web",
    label: "Excel on the web",
    platform: "OfficeOnline",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.5", File: "1.1" },
    webview: "browser",
    blankForAny: null,
    payloadLimit: WEB_PAYLOAD_LIMIT,
    downloads: true,
  },
  "ltsc-2021": {
    id: "ltsc-2021",
    label: "Excel LTSC 2021 (volume-licensed, version 2108)",
    platform: "PC",
    sets: { ExcelApi: "1.14", SharedRuntime: "1.1", CompressedFile: "1.1", File: "1.1" },
    webview: "WebView2",
    // A frozen 2021 build: empty cells reach `any` parameters as 0 (#4702), had it custom functions.
    blankForAny: 0,
    downloads: true,
  },
  "office-2019": {
    id: "office-2019",
    label: "Excel 2019 (volume-licensed, version 1808)",
    platform: "PC",
    sets: { ExcelApi: "1.7", CompressedFile: "1.1", File: "1.1" },
    webview: "Trident",
    blankForAny: 0,
    downloads: true,
  },
  "office-2016": {
    id: "office-2016",
    label: "Excel 2016 (volume-licensed, 16.0.4266)",
    platform: "PC",
    sets: { ExcelApi: "1.1", CompressedFile: "1.1", File: "1.1" },
    webview: "Trident",
    blankForAny: 0,
    downloads: true,
  },
};

/** "1.10" > "1.9": versions compare part by part as numbers, as Office compares them. */
export function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 !== b1 ? a1 - b1 : a2 - b2;
}

export function supports(profile: HostProfile, name: string, minVersion = "1.1"): boolean {
  const highest = profile.sets[name];
  return highest !== undefined && compareVersions(highest, minVersion) >= 0;
}
