/**
 * functions.json for WPS 表格, from the JX catalog: the format Kingsoft's build plugin writes
 * (npm wpsjs 2.2.3, src/vite_plugins.js) and WPS reads through the add-in's manifest.xml
 * (https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html).
 * ASCII names as in Excel, Chinese descriptions and parameter names; every parameter `any`
 * (`any[][]` for a range), "?" when optional. Built by scripts/package-wps.js from lib/.
 */
import { JX_FUNCTIONS } from "../core/jx/catalog";

export interface WpsFunctionsJson {
  functions: { name: string; description: string; parameters: { name: string; description: string; type: string }[]; result: { type: string } }[];
}

/** functions.json for WPS, from the catalog (every parameter `any`, as in Excel's metadata). */
export function wpsFunctionsJson(): WpsFunctionsJson {
  return {
    functions: JX_FUNCTIONS.map((f) => ({
      name: f.id,
      description: f.zhDescription,
      parameters: f.params.map((p) => ({ name: p.zhName, description: p.zhDescription, type: `${p.list ? "any[][]" : "any"}${p.optional ? "?" : ""}` })),
      result: { type: f.kind === "grade" || f.kind === "amount-in-words" ? "string" : "number" },
    })),
  };
}
