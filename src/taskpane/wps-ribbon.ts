/**
 * The WPS add-in's main page script (main.js): the ribbon's callbacks and the JX functions.
 * WPS opens the add-in's index.html, which loads this file, then builds the ribbon from
 * ribbon.xml and calls the functions it names by their global names
 * (https://open.wps.cn/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-development-instructions.html;
 * the wpsjs 2.2.3 templates: OnAddinLoad(ribbonUI), OnAction(control), GetImage(control)).
 * The buttons are Excel's (manifest.xml: one button opening the pane) plus the pane's actions:
 * each opens the pane (CreateTaskPane, kept by id in PluginStorage) and asks it to run the
 * action through PluginStorage, which every page of one add-in shares.
 */
import "../functions/wps-entry";

interface TaskPane {
  readonly ID: number;
  Visible: boolean;
}
interface WpsAddinRoot {
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: number): TaskPane;
  readonly PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: number | boolean | string): void };
  ribbonUI?: unknown;
}

export const PANE_KEY = "perfeval.taskpane";
export const ACTION_KEY = "perfeval.action";

/** Ribbon control id → the pane's action ("" only opens the pane). */
export const RIBBON_ACTIONS: Record<string, string> = {
  perfevalPane: "",
  perfevalRead: "read",
  perfevalFormulas: "writeFormulas",
  perfevalMark: "markDeductions",
  perfevalClear: "clearMarks",
  perfevalSummary: "writeSummary",
  perfevalReport: "downloadReport",
  perfevalPlain: "convertToPlainFormulas",
};

/** The folder this page was loaded from ("…/perfeval_1.0.0/"). */
function here(): string {
  const url = decodeURI(String(document.location));
  return url.slice(0, url.lastIndexOf("/") + 1);
}

/**
 * Shows the add-in's task pane, made once and found again by the ID kept in PluginStorage, and
 * leaves `action` there for the pane. PluginStorage gives back text (et-jsapi-declare 2.5.0:
 * `getItem(key): string`) while GetTaskPane takes a number, hence the conversion.
 */
export function showPane(app: WpsAddinRoot, action: string, base = here()): TaskPane {
  const storage = app.PluginStorage;
  const stored = storage.getItem(PANE_KEY);
  if (action) storage.setItem(ACTION_KEY, action);
  let pane: TaskPane | undefined;
  if (stored) {
    const id = Number(stored);
    try {
      pane = app.GetTaskPane(id) ?? undefined;
    } catch {
      pane = undefined; // closed with its document
    }
  }
  if (!pane) {
    pane = app.CreateTaskPane(`${base}taskpane.html`, "绩效自评助手");
    storage.setItem(PANE_KEY, pane.ID);
  }
  pane.Visible = true;
  return pane;
}

const g = globalThis as unknown as { Application?: WpsAddinRoot } & Record<string, unknown>;
g.PerfEvalOnLoad = (ribbonUI: unknown) => {
  if (g.Application && typeof g.Application.ribbonUI !== "object") g.Application.ribbonUI = ribbonUI;
  return true;
};
g.PerfEvalOnAction = (control: { Id: string }) => {
  const action = RIBBON_ACTIONS[control.Id];
  if (action !== undefined && g.Application) showPane(g.Application, action);
  return true;
};
g.PerfEvalGetImage = () => "assets/icon-32.png";
