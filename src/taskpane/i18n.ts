/**
 * The pane's own words: Chinese first, English as the fallback for an English Excel or browser.
 * Messages that come from the engine (checks, errors, action results) are always Chinese.
 */
export type Language = "zh" | "en";

const zh = {
  appTitle: "绩效自评助手",
  colon: "：",
  appSubtitle: "部门整体支出和项目支出绩效自评 · 评分、检查与汇总",
  starting: "正在启动…",
  workbookLabel: "工作簿",
  currentWorkbook: "当前工作簿",

  browserModeTitle: "选择评价表",
  browserModeHint: "没有 Excel 也可以使用：选择财政局下发的评价表（.xlsx），在浏览器中完成评分、检查与汇总。",
  privacyNote: "文件只在本机浏览器中处理，不会上传；原文件不会被修改，结果另存为新文件下载。",
  dropZone: "把评价表（.xlsx）拖到这里，或者",
  chooseFile: "选择文件…",
  chooseAnotherFile: "更换文件…",
  fileInputLabel: "选择评价表文件（.xlsx）",
  chosenFile: "已选择",
  notXlsx: "请选择 .xlsx 格式的 Excel 工作簿。",

  actionsTitle: "操作",
  actionsLabel: "评价表操作",
  read: "读取评价表",
  readHint: "识别评分表和基础数据表，计算得分、比率并检查数据",
  writeFormulas: "写入公式",
  writeFormulasHint: "在基础数据表的空白单元格写入比率公式；项目支出绩效自评表右侧加“计算得分”列",
  markDeductions: "标注扣分",
  markDeductionsHint: "给扣分的行和检查指出的单元格上色，未达到年度指标值的实际完成值加红框",
  clearMarks: "清除标注",
  clearMarksHint: "恢复标注前的格式",
  writeSummary: "生成汇总",
  writeSummaryHint: "新建或更新“自评汇总”（含图表）和“自评报告”工作表；每个项目各一份“项目自评汇总”和“项目自评报告”",
  convertFormulas: "转为普通公式",
  convertFormulasHint: "把 JX 自定义函数公式转为标准 Excel 公式",
  download: "下载结果文件",
  downloadHint: "下载结果工作簿（另存为新文件）：含“自评汇总”和按当前体例、您填写的内容写成的“自评报告”",
  chooseFileFirst: "请先选择评价表文件。",

  working: "正在处理",
  done: "完成",
  errorTitle: "操作没有完成",
  unexpectedError: "发生了意外错误。请重试；如果问题仍然存在，请把下面的详细信息发给技术支持。",
  details: "详细信息",
  officeLoadError: "无法连接 Excel，已切换到浏览器模式。",
  officeJsBlockedTitle: "无法加载 Office.js，不能操作当前工作簿",
  officeJsBlocked: (site: string, pending: boolean) =>
    `绩效自评助手在 Excel 中需要从 ${site} 加载微软的 Office.js，这台电脑现在访问不到这个网站（政务外网等内网常屏蔽它）。` +
    "因此任务窗格不能读取或修改当前工作簿，JX 自定义函数也不可用。" +
    `请信息管理员放行 https://${site} 后重新打开 Excel${pending ? "；若只是网络较慢，加载完成后任务窗格会自动切换回 Excel" : ""}。` +
    "现在可以先在下面选择评价表文件（.xlsx），在窗格中处理后下载结果文件（浏览器模式）。",
  excelSilentTitle: "Excel 没有响应",
  excelSilent: "Office.js 已加载，但 Excel 几秒内没有响应（可能正忙）。Excel 响应后任务窗格会自动切换回 Excel；也可以先在下面选择评价表文件（.xlsx），在窗格中处理后下载结果文件（浏览器模式）。",
  renderError: "无法显示结果。",

  resultsTitle: "评价结果",
  department: "部门",
  unknownDepartment: "（未填写部门名称）",
  yearSuffix: "年度",
  totalScore: "总分",
  points: "分",
  grade: "等级",
  noGrade: "未评级",
  statedTotal: "填报总分",
  uncapped: "各项合计（封顶前）",
  bonus: "加分",
  deductionTotal: "扣分合计",
  incomplete: "有指标未填写得分，总分不完整，暂不评级。",
  customFramework: "自定义指标体系",

  treeTitle: "指标得分",
  treeLabel: "指标得分（一级 → 二级，按回车或方向键展开）",
  indicator: "指标",
  weight: "分值",
  score: "得分",
  deduction: "扣分",
  overScore: "请核实",
  overScoreLabel: (over: string) => `请核实：得分超过分值 ${over} 分`,
  weightUnassigned: "分值未分配",
  weightUnassignedLabel: (points: string) => `请核实：分值未分配 ${points} 分（上级指标的分值没有全部分到下级指标，这部分不是扣分；见数据检查）`,
  weightExceeded: "下级分值超出",
  weightExceededLabel: (points: string) => `请核实：下级指标分值合计超出上级分值 ${points} 分（见数据检查）`,
  weightGapNote: "扣分合计只计末级指标的扣分；分值与下级指标分值合计不一致的部分不是扣分，在指标得分中标“请核实”，请核对评分表的分值（见数据检查）。",

  ratesTitle: "关键比率",
  rateName: "比率",
  rateValue: "计算值",
  reported: "填报",
  noRates: "基础数据表中没有可计算的比率。",

  checksTitle: "数据检查",
  noChecks: "未发现问题。",
  severity: { error: "错误", warning: "警告", info: "提示" } as Record<string, string>,
  goToCell: "定位到单元格",
  cellsLabel: "单元格",

  reportTitle: "自评报告",
  outlineLabel: "报告体例",
  outlineNames: { 湛江式: "湛江式（按一级、二级指标）", 雷州式: "雷州式（按二级指标，逐项扣分）", 海珠式: "海珠式（自评结论＋一级指标分析）" } as Record<string, string>,
  reportHint: "数字可悬停查看来源单元格；橙色框请填写，红色【请核实】请在评价表中核实。“生成汇总”“下载结果文件”和 Word 报告都使用这里的体例和您填写的内容。",
  placeholderLabel: "请填写",
  sourceOf: "来源",
  downloadReport: "下载 Word 报告",
  reportOutlineNote: "按财政局通知的格式选择：2020版指标体系多用湛江式，2023版多用海珠式。切换体例不会丢失您填写的内容。",

  // Added for the report, the downloads and the headline (issue 11).
  unitLabel: "金额单位",
  reportHintExcel: "数字可悬停查看来源单元格，点击在 Excel 中选中；橙色框请填写，红色【请核实】请在评价表中核实。“生成汇总”和 Word 报告使用这里的体例和您填写的内容。",
  clickToSelect: "（点击选中）",
  toFillIn: (n: number) => (n ? `跳到待填写的段落（还有 ${n} 处【请填写】）` : "跳到待填写的段落"),
  fillInWrapped: "后面没有了，已回到第一处待填写。",
  fillInNoneLeft: "没有待填写的【请填写】了。",
  stillOpen: (fill: number, verify: number) => `　还有${[fill ? `${fill}处【请填写】` : "", verify ? `${verify}处【请核实】` : ""].filter(Boolean).join("、")}`,
  unplacedTitle: (outline: string) => `您为其他体例填写的内容（${outline}没有对应段落，不会写入报告；切换回原来的体例即自动放回）：`,
  provisional: (errors: number) => `仅供核对：评价表中还有${errors}项错误尚未改正，总分、等级和有关数字可能随之改变`,
  statedDiffers: (stated: string, form: string) => `与${form}填报的${stated}分不一致，见数据检查`,
  cappedWhy: (sum: string, bonus: string) => `各项合计${sum}分${bonus ? `（含加分${bonus}分）` : ""}，超过100分按100分计`,
  changeFileTitle: "更换文件？",
  changeFileBody: (n: number) => `您在自评报告中填写的 ${n} 段内容只保存在这个页面里，更换文件后会丢失。需要的话，请先“下载 Word 报告”或“下载结果文件”。`,
  changeFileConfirm: "仍然更换",
  cancel: "取消",
  downloadReportAction: "下载 Word 报告",
  ratesMissing: (n: number) => `其余 ${n} 项比率无法计算（评价表中没有所需数据，本指标体系可能不需要）`,

  // Project tables (项目支出绩效自评表, issue 12).
  tableLabel: "评价表",
  tablePicker: (n: number) => `本工作簿有 ${n} 张评价表，选择要查看的一张（“生成汇总”为每张评价表各写一份）`,
  tableName: (kind: string, name: string | null, index: number) => (kind === "project" ? `项目：${name ?? `第 ${index + 1} 张项目表`}` : `部门整体：${name ?? "部门评价表"}`),
  unknownProject: "（未填写项目名称）",
  projectForm: "项目支出绩效自评表",
  supervisor: "主管部门",
  implementer: "实施单位",
  fundsTitle: "项目资金",
  fundsCaption: (unit: string) => `项目资金（${unit}）：执行率=全年执行数/全年预算数`,
  fundsColumns: ["资金", "全年预算数", "全年执行数", "执行率"] as readonly string[],
  executionScore: (score: string, weight: string, computed: string) => `预算执行率得分 ${score} 分（分值 ${weight} 分；按执行率计算 ${computed} 分）`,
  reportedRate: (rate: string) => `表中填报 ${rate}`,
  indicatorsTitle: "绩效指标：目标与完成",
  indicatorsCaption: "年度指标值与实际完成值；红色为未达到年度指标值",
  indicatorColumns: ["指标", "年度指标值 → 实际完成值", "得分"] as readonly string[],
  computedScore: (x: string) => `计算 ${x}`,
  qualitativeBand: (band: string) => `定性：${band}`,
  belowTarget: "未达目标",
  noIndicators: "评价表中没有绩效指标。",
  projectOutline: "项目支出绩效自评报告（一至六部分，按财政部门通行的体例）",

  // Browser trial 2: a filled box, the Word report of one table or of all.
  filled: "已填写",
  reportScopeLabel: "Word 报告包含",
  reportScopeShown: (name: string) => `当前评价表（${name}）`,
  reportScopeAll: (n: number) => `全部 ${n} 张评价表（一个文件，每张另起一页）`,
};

export type Strings = typeof zh;

const en: Strings = {
  appTitle: "PerfEval",
  colon: ": ",
  appSubtitle: "Department and project performance self-evaluation · scores, checks, summary",
  starting: "Starting…",
  workbookLabel: "Workbook",
  currentWorkbook: "Current workbook",

  browserModeTitle: "Choose a workbook",
  browserModeHint: "No Excel needed: choose the evaluation workbook (.xlsx) and score, check and summarise it in the browser.",
  privacyNote:
    "The file is processed in this browser only and never uploaded; the original is not changed, results download as a new file.",
  dropZone: "Drop the workbook (.xlsx) here, or",
  chooseFile: "Choose file…",
  chooseAnotherFile: "Change file…",
  fileInputLabel: "Choose the evaluation workbook (.xlsx)",
  chosenFile: "Selected",
  notXlsx: "Please choose an Excel workbook (.xlsx).",

  actionsTitle: "Actions",
  actionsLabel: "Workbook actions",
  read: "Read workbook",
  readHint: "Find the scoring and data sheets, compute scores and rates, run the checks",
  writeFormulas: "Write formulas",
  writeFormulasHint: "Rate formulas into empty cells of the data sheet; a computed-score column beside each project table",
  markDeductions: "Mark deductions",
  markDeductionsHint: "Colour rows that lost points and cells the checks point at",
  clearMarks: "Clear marks",
  clearMarksHint: "Restore the formats from before marking",
  writeSummary: "Write summary",
  writeSummaryHint: "New sheets 自评汇总 and 自评报告; 项目自评汇总 and 项目自评报告 for each project",
  convertFormulas: "Plain formulas",
  convertFormulasHint: "Turn JX custom-function formulas into standard Excel formulas",
  download: "Download result",
  downloadHint: "Download the result workbook (a new file), with 自评汇总 and 自评报告 as the pane shows them",
  chooseFileFirst: "Choose a workbook file first.",

  working: "Working",
  done: "Done",
  errorTitle: "The action did not complete",
  unexpectedError: "Something unexpected happened. Please try again; if it persists, send the details below to support.",
  details: "Details",
  officeLoadError: "Could not connect to Excel; switched to browser mode.",
  officeJsBlockedTitle: "Office.js could not be loaded; the workbook cannot be used",
  officeJsBlocked: (site: string, pending: boolean) =>
    `Inside Excel this add-in loads Microsoft's Office.js from ${site}, which this PC cannot reach (intranets often block it). ` +
    "The pane cannot read or change the open workbook and the JX functions are not available. " +
    `Ask IT to allow https://${site}, then reopen Excel${pending ? "; if the network is only slow, the pane switches to Excel once it has loaded" : ""}. ` +
    "Meanwhile choose the workbook file (.xlsx) below and download the result (browser mode).",
  excelSilentTitle: "Excel does not answer",
  excelSilent: "Office.js loaded, but Excel did not answer within a few seconds (it may be busy). The pane switches to Excel when it answers; meanwhile you can choose the workbook file (.xlsx) below.",
  renderError: "The results cannot be shown.",

  resultsTitle: "Result",
  department: "Department",
  unknownDepartment: "(no department name)",
  yearSuffix: "",
  totalScore: "Total",
  points: "pts",
  grade: "Grade",
  noGrade: "No grade",
  statedTotal: "Stated total",
  uncapped: "Uncapped",
  bonus: "Bonus",
  deductionTotal: "Deductions",
  incomplete: "Some indicators have no score; the total is incomplete.",
  customFramework: "Custom framework",

  treeTitle: "Scores",
  treeLabel: "Scores by indicator (Enter or arrow keys expand)",
  indicator: "Indicator",
  weight: "Weight",
  score: "Score",
  deduction: "Lost",
  overScore: "Check",
  overScoreLabel: (over: string) => `check: the score exceeds the weight by ${over}`,
  weightUnassigned: "Unassigned weight",
  weightUnassignedLabel: (points: string) => `check: ${points} points of weight are assigned to no row below (not a deduction; see the checks)`,
  weightExceeded: "Weight exceeded",
  weightExceededLabel: (points: string) => `check: the rows below carry ${points} points more weight than their parent (see the checks)`,
  weightGapNote: "Deductions count the lowest-level indicators only; weight that does not add up to the rows below is not a deduction and is marked 请核实 in the scores (see the checks).",

  ratesTitle: "Key rates",
  rateName: "Rate",
  rateValue: "Value",
  reported: "Stated",
  noRates: "No rate can be computed from the data sheet.",

  checksTitle: "Checks",
  noChecks: "No problems found.",
  severity: { error: "Errors", warning: "Warnings", info: "Notes" },
  goToCell: "Go to cell",
  cellsLabel: "Cells",

  reportTitle: "Report",
  outlineLabel: "Outline",
  outlineNames: { 湛江式: "Zhanjiang (by level 1 and 2)", 雷州式: "Leizhou (by level 2, each deduction)", 海珠式: "Haizhu (conclusion + level 1 analysis)" },
  reportHint: "Hover a number to see its source cell. Fill in the orange boxes; 生成汇总, the download and the Word report use your text.",
  placeholderLabel: "To fill in",
  sourceOf: "Source",
  downloadReport: "Download Word report",
  reportOutlineNote: "The report written by 生成汇总 uses this outline.",

  unitLabel: "Amounts in",
  reportHintExcel: "Hover a number for its source cell, click to select it in Excel. Fill in the orange boxes; red 【请核实】 marks figures to check in the workbook.",
  clickToSelect: " (click to select)",
  toFillIn: (n: number) => (n ? `Go to the boxes to fill in (${n} left)` : "Go to the boxes to fill in"),
  fillInWrapped: "None further on: back at the first box to fill in.",
  fillInNoneLeft: "Nothing left to fill in.",
  stillOpen: (fill: number, verify: number) => ` ${[fill ? `${fill} to fill in` : "", verify ? `${verify} to verify` : ""].filter(Boolean).join(", ")}`,
  unplacedTitle: (outline: string) => `Text you wrote for another outline (no place in ${outline}; it returns when you switch back):`,
  provisional: (errors: number) => `For checking only: ${errors} errors remain in the workbook; the total and grade may change`,
  statedDiffers: (stated: string, _form: string) => `Differs from the stated ${stated}; see the checks`,
  cappedWhy: (sum: string, bonus: string) => `Items add up to ${sum}${bonus ? ` (bonus ${bonus})` : ""}; capped at 100`,
  changeFileTitle: "Change the file?",
  changeFileBody: (n: number) => `The ${n} paragraphs you wrote exist only in this page and will be lost. Download the Word report or the result first if you need them.`,
  changeFileConfirm: "Change anyway",
  cancel: "Cancel",
  downloadReportAction: "Download Word report",
  ratesMissing: (n: number) => `${n} more rates cannot be computed (the workbook lacks their data)`,

  tableLabel: "Table",
  tablePicker: (n: number) => `This workbook has ${n} evaluation tables; choose one to view (生成汇总 writes sheets for each)`,
  tableName: (kind: string, name: string | null, index: number) => (kind === "project" ? `Project: ${name ?? `project table ${index + 1}`}` : `Department: ${name ?? "department table"}`),
  unknownProject: "(no project name)",
  projectForm: "Project self-evaluation table",
  supervisor: "Supervising department",
  implementer: "Implementing unit",
  fundsTitle: "Project funds",
  fundsCaption: (unit: string) => `Project funds (${unit}); execution = spent / full-year budget`,
  fundsColumns: ["Funds", "Budget", "Spent", "Execution"],
  executionScore: (score: string, weight: string, computed: string) => `Execution score ${score} (weight ${weight}; by the rate ${computed})`,
  reportedRate: (rate: string) => `stated ${rate}`,
  indicatorsTitle: "Indicators: target and result",
  indicatorsCaption: "Annual target and actual value; red: below target",
  indicatorColumns: ["Indicator", "Target → actual", "Score"],
  computedScore: (x: string) => `computed ${x}`,
  qualitativeBand: (band: string) => `qualitative: ${band}`,
  belowTarget: "below target",
  noIndicators: "The table has no indicators.",
  projectOutline: "Project self-evaluation report (parts 1–6)",

  filled: "filled in",
  reportScopeLabel: "The Word report has",
  reportScopeShown: (name: string) => `this table (${name})`,
  reportScopeAll: (n: number) => `all ${n} tables (one file, each from a new page)`,
};

/** zh for any Chinese locale (zh-CN, zh-TW, zh-Hans…) and when nothing is known; en otherwise. */
export function pickLanguage(...candidates: readonly (string | null | undefined)[]): Language {
  const first = candidates.find((c): c is string => typeof c === "string" && c.length > 0);
  if (!first) return "zh";
  return /^zh\b/i.test(first) ? "zh" : "en";
}

/**
 * The pane's language: Chinese, whatever the browser or Excel is set to (the users are
 * Guangdong accountants; an IT-installed English browser must not turn the pane English).
 * English only when chosen on purpose: ?lang=en in the page's address.
 */
export function chosenLanguage(search: string): Language {
  return /[?&]lang=en\b/i.test(search) ? "en" : "zh";
}

export function strings(language: Language): Strings {
  return language === "zh" ? zh : en;
}
