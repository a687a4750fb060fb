/**
 * Where the built page loads Office.js from: Microsoft's CDN by default, the 21Vianet mirror on
 * request (PERFEVAL_OFFICE_CDN=21vianet), the local copy only for browser-only builds.
 */
import * as path from "path";

type Plugin = { constructor: { name: string }; userOptions?: { filename?: string; templateParameters?: { officeJs?: string } } };

async function officeJs(env: Record<string, string | undefined>): Promise<string | undefined> {
  const keys = ["PERFEVAL_OFFICE_CDN", "PERFEVAL_LOCAL_OFFICE"];
  const before = keys.map((k) => process.env[k]);
  keys.forEach((k) => (env[k] === undefined ? delete process.env[k] : (process.env[k] = env[k])));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require(path.join(__dirname, "..", "webpack.config.js"));
    const config = await configure({}, { mode: "production" });
    const page = (config.plugins as Plugin[]).find((p) => p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename === "taskpane.html");
    return page?.userOptions?.templateParameters?.officeJs;
  } finally {
    keys.forEach((k, i) => (before[i] === undefined ? delete process.env[k] : (process.env[k] = before[i])));
  }
}

test("Microsoft's CDN by default, the 21Vianet mirror when asked, the local copy for browser-only builds", async () => {
  await expect(officeJs({})).resolves.toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  await expect(officeJs({ PERFEVAL_OFFICE_CDN: "21vianet" })).resolves.toBe("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
  await expect(officeJs({ PERFEVAL_LOCAL_OFFICE: "1" })).resolves.toBe("office/office.js");
});
