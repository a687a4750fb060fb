/**
 * Names of the sheets written for the project tables. One project: 项目自评汇总 and 项目自评报告.
 * Several: each pair carries the project's short name (项目自评汇总-委托业务项目), within Excel's 31
 * characters and without the characters Excel forbids; a name already taken gets (2), (3), … as
 * the department's sheets do. A pair written earlier for the same project is reused (updated in
 * place) when the plan replaces its own sheets.
 */
import type { OwnProjectSheets } from "./own-sheets";
import { uniqueSheetNames } from "./sheet-names";

const SUMMARY = "项目自评汇总";
const REPORT = "项目自评报告";
/** 31 characters, less "项目自评汇总-" and room for "(99)". */
const SHORT_NAME = 31 - SUMMARY.length - 1 - 4;

/** Characters kept from the end of an over-long name: where 第一批/二期/（续建） tell projects apart. */
const TAIL = 8;

/**
 * The project's name as a sheet-name part: no []:*?/\ or quotes, no code prefix, no leading year
 * (the workbook is one year's), at most 20 characters. An over-long name keeps its beginning and
 * its end around "…", since projects of one programme differ at the end ("…专项资金项目（第二批）").
 */
export function shortProjectName(name: string): string {
  const clean = name
    .replace(/[[\]:*?/\\'"“”‘’：]/g, "")
    .replace(/\s+/g, "")
    .replace(/^[0-9A-Z]{6,}[-－—_]/, "");
  const yearless = clean.replace(/^(?:19|20)\d{2}年度?/, "") || clean;
  if (yearless.length <= SHORT_NAME) return yearless;
  return `${yearless.slice(0, SHORT_NAME - 1 - TAIL)}…${yearless.slice(-TAIL)}`;
}

export interface ProjectSheetNames {
  readonly summary: string;
  readonly report: string;
  readonly replacesSummary: boolean;
  readonly replacesReport: boolean;
}

/**
 * Names for each project (in table order), unique against `taken` (every sheet name of the
 * workbook and of the rest of the plan) and each other. `own` lists the pairs written earlier,
 * reused for the same project name when given.
 */
export function projectSheetNames(projects: readonly (string | undefined)[], taken: readonly string[], own: readonly OwnProjectSheets[] = []): ProjectSheetNames[] {
  const unused = [...own];
  const reused = new Set(own.flatMap((o) => [o.summary, o.report]).filter((n): n is string => !!n));
  const occupied = taken.filter((n) => !reused.has(n));
  const out: ProjectSheetNames[] = [];
  projects.forEach((project, i) => {
    const at = unused.findIndex((o) => (o.project ?? "") === (project ?? ""));
    const earlier = at >= 0 ? unused.splice(at, 1)[0] : undefined;
    const suffix = projects.length === 1 ? "" : `-${(project && shortProjectName(project)) || String(i + 1)}`;
    const others = [...occupied, ...unused.flatMap((o) => [o.summary, o.report]).filter((n): n is string => !!n), ...out.flatMap((o) => [o.summary, o.report])];
    const [summary, report] = uniqueSheetNames([`${SUMMARY}${suffix}`, `${REPORT}${suffix}`], others);
    out.push({
      summary: earlier?.summary ?? summary,
      report: earlier?.report ?? report,
      replacesSummary: !!earlier?.summary,
      replacesReport: !!earlier?.report,
    });
  });
  return out;
}
