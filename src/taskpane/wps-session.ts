/**
 * The task pane's session inside WPS 表格: the Excel session's actions and messages (every
 * number from src/core, the same plans) over the WPS gateway instead of Office.js. What differs
 * is said here: without add-in custom functions (WPS before 12.1.0.20540) formulas are standard
 * ones and the pane says why; 转为普通公式 makes its copy inside WPS (Sheets.Copy) rather than
 * through the file's bytes, which WPS does not hand to add-ins.
 */
import { WorkbookError } from "../core/errors";
import { createWpsGateway, wpsHost, type WpsGateway, type WpsHost } from "../gateways/wps";
import wpsVersions from "../gateways/wps/versions.json";
import { ExcelSession, type HeavyWorkLoader } from "./excel-session";
import { inlineHeavyWork } from "./heavy-work";
import type { ActionResult, ProgressListener } from "./session";

const NOT_IN_WPS = "WPS 中的“转为普通公式”在 WPS 内复制工作簿完成，不需要工作簿文件。";

export class WpsSession extends ExcelSession {
  override readonly kind = "wps" as const;

  constructor(
    private readonly wps: WpsGateway,
    heavy: HeavyWorkLoader = async () => inlineHeavyWork,
  ) {
    super(
      {
        ...wps,
        workbookBytes: () => Promise.reject(new WorkbookError(NOT_IN_WPS)),
        openWorkbookCopy: () => Promise.reject(new WorkbookError(NOT_IN_WPS)),
      },
      heavy,
      wpsVersions.noCustomFunctions,
    );
  }

  override async convertToPlainFormulas(progress?: ProgressListener): Promise<ActionResult> {
    progress?.("正在读取工作表…", 0.1);
    const report = await this.wps.plainFormulaCopy();
    progress?.("完成", 1);
    if (report.formulas + report.values === 0) return { message: "工作簿中没有使用 JX 函数的公式，无需转换。", nothingDone: true };
    const asValues = report.values > 0 ? `，${report.values} 个无法用普通公式表达的改为计算结果` : "";
    return {
      message: `已在 WPS 中新建工作簿副本：${report.formulas} 个 JX 公式改为普通公式${asValues}。当前工作簿未作改动，请保存副本。`,
    };
  }
}

/**
 * The session WPS's task pane uses (inside a WPS add-in page). The Word report is built on the
 * pane's own thread: the JX functions run in the add-in's main page, not in the pane, and an
 * add-in loaded from a local folder (jsplugins.xml) may not start a Web Worker from file: URLs.
 */
export function createWpsSession(host: WpsHost = wpsHost()): WpsSession {
  return new WpsSession(createWpsGateway(host));
}
