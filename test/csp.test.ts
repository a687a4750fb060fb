/**
 * No network: the page's Content-Security-Policy, as webpack builds it, lets a production page
 * contact only its own origin and the Office.js CDNs, and a browser-only page only itself.
 * (The Playwright test proves the browser-only page makes no other request at all.)
 */
import * as path from "path";

type Plugin = { constructor: { name: string }; userOptions?: { templateParameters?: { contentSecurityPolicy?: string } } };

async function policy(localOffice: boolean): Promise<Record<string, string>> {
  const before = process.env.PERFEVAL_LOCAL_OFFICE;
  if (localOffice) process.env.PERFEVAL_LOCAL_OFFICE = "1";
  else delete process.env.PERFEVAL_LOCAL_OFFICE;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require(path.join(__dirname, "..", "webpack.config.js"));
    const config = await configure({}, { mode: "production" });
    const html = (config.plugins as Plugin[]).find((p) => p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.templateParameters);
    const csp = html!.userOptions!.templateParameters!.contentSecurityPolicy!;
    return Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+(.*)/s).slice(0, 2) as [string, string]));
  } finally {
    if (before === undefined) delete process.env.PERFEVAL_LOCAL_OFFICE;
    else process.env.PERFEVAL_LOCAL_OFFICE = before;
  }
}

const origins = (value: string) => value.split(/\s+/).filter((v) => v.startsWith("http"));

test("a production page may contact only itself and the Office.js CDNs; no frames", async () => {
  const p = await policy(false);
  expect(p["default-src"]).toBe("'self'");
  expect(p["frame-src"]).toBe("'none'");
  for (const d of ["script-src", "connect-src"]) {
    expect(origins(p[d]).sort()).toEqual(["https://appsforoffice.cdn.partner.office365.cn", "https://appsforoffice.microsoft.com"]);
  }
});

test("a browser-only page may contact no other origin", async () => {
  const p = await policy(true);
  for (const d of Object.keys(p)) expect({ d, origins: origins(p[d]) }).toEqual({ d, origins: [] });
  expect(p["frame-src"]).toBe("'none'");
});
