/**
 * The JX functions for WPS 表格: the same wrappers as in Excel (functions.ts, over src/core/jx),
 * registered with wps.AddCustomFunction(namespace, name, function), and their metadata in the
 * functions.json format WPS reads through the add-in's manifest.xml
 * (https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html,
 * available since WPS 12.1.0.20540). The format is the one Kingsoft's own build plugin writes
 * (npm wpsjs 2.2.3, src/vite_plugins.js): { functions: [{ name, description, parameters:
 * [{ name, description, type }], result: { type } }] }, types "any", "number", "string", "bool"
 * or "T[][]", with "?" for an optional parameter.
 *
 * Names stay the ASCII ids (JX.EXECUTION_RATE) as in Excel, so a formula the pane writes works
 * in either; descriptions and parameter names are Chinese, from the catalog.
 */
import { JX_FUNCTIONS } from "../core/jx/catalog";
import * as JX from "./functions";

export { wpsFunctionsJson, type WpsFunctionsJson } from "./wps-metadata";

export const WPS_NAMESPACE = "JX";

/** EXECUTION_RATE → executionRate: the wrapper's name in functions.ts. */
export function wrapperName(id: string): string {
  return id.toLowerCase().replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
}

type Wrapper = (...args: unknown[]) => unknown;

/** Every JX function with its wrapper; throws if functions.ts lacks one (a build error). */
export function jxWrappers(): { id: string; fn: Wrapper }[] {
  const exported = JX as unknown as Record<string, Wrapper>;
  return JX_FUNCTIONS.map((f) => {
    const fn = exported[wrapperName(f.id)];
    if (typeof fn !== "function") throw new Error(`functions.ts has no wrapper for JX.${f.id}`);
    return { id: f.id, fn };
  });
}

interface WpsAddon {
  AddCustomFunction?: (namespace: string, name: string, fn: Wrapper) => void;
}

/** Registers every JX function where WPS can run them; returns how many (0 on older WPS). */
export function registerWpsFunctions(wps: WpsAddon | undefined): number {
  if (typeof wps?.AddCustomFunction !== "function") return 0;
  const all = jxWrappers();
  for (const { id, fn } of all) wps.AddCustomFunction(WPS_NAMESPACE, id, fn);
  return all.length;
}
