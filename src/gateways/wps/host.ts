/**
 * What the WPS gateway needs from WPS, behind one small interface so tests hand in the fake
 * (test/fakes/et-fake.ts) and the pane hands in the real globals. Inside a WPS add-in page,
 * `window.Application` (also `window.wps`) is the ET application object, and
 * `wps.AddCustomFunction` exists from WPS 12.1.0.20540 on
 * (https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html).
 */
import type { SettingsStore } from "../excel/host";
import type { EtApplication } from "./et";
import { documentSettings } from "./mark-store";

export interface WpsHost {
  readonly app: EtApplication;
  /** This WPS runs add-in custom functions (the JX functions are registered). */
  readonly customFunctions: boolean;
  /** Where the mark record lives: the workbook's custom document properties. */
  readonly settings: SettingsStore;
}

interface WpsGlobals {
  Application?: EtApplication;
  wps?: EtApplication & { AddCustomFunction?: unknown };
}

/** True inside a WPS add-in page (its web pages get `window.Application` and `window.wps`). */
export function inWps(globals: unknown = globalThis): boolean {
  const g = globals as WpsGlobals;
  return typeof g.wps === "object" && g.wps !== null && typeof g.Application === "object" && g.Application !== null;
}

export function wpsHost(globals: unknown = globalThis): WpsHost {
  const g = globals as WpsGlobals;
  const app = g.Application!;
  return {
    app,
    customFunctions: typeof g.wps?.AddCustomFunction === "function",
    settings: documentSettings(() => {
      const wb = app.ActiveWorkbook;
      if (!wb) throw new Error("no active workbook");
      return wb;
    }),
  };
}
