/** perfeval's help: an overview, and each command's own options in plain Chinese with examples. */

export const USAGE = `绩效自评助手 perfeval：部门整体支出绩效自评的评分、检查与汇总

用法：
  perfeval evaluate <评价表.xlsx> [选项]     评价一个评价表，写出结果工作簿和（可选）Word 报告
  perfeval template --framework 2020|2023 -o <空白评价表.xlsx>   写出空白标准评价表
  perfeval template --kind project -o <空白项目表.xlsx>   写出空白的项目支出绩效自评表
  perfeval batch <文件夹> -o <输出文件夹> [选项]   批量评价文件夹中的全部评价表，另写一份批量汇总

每个命令的选项和示例：perfeval evaluate --help、perfeval template --help、perfeval batch --help

常用：
  perfeval evaluate 评价表.xlsx --docx 自评报告.docx   同时写出公文格式的 Word 自评报告

退出码：0 已完成（无论检查发现什么）；2 输入无法使用（说明见标准错误）。
`;

export const EVALUATE_HELP = `perfeval evaluate：评价一个评价表（评分表 + 基础数据表）

读取评分表和基础数据表，计算得分和各项比率并检查数据，写出结果工作簿“<原文件名>.自评结果.xlsx”：
原有工作表不变（扣分的行上色），另加“自评汇总”（含二级指标得分率图表）和“自评报告”。原文件不会被修改。
项目支出绩效自评表（每个项目一张工作表）另加“项目自评汇总”和“项目自评报告”，有多个项目时每个项目
一对，以项目简称区分（如“项目自评汇总-委托业务项目”）；--docx 把每张评价表的报告写进同一个 Word
文件，每份报告从新的一页开始、页码各自从 1 起。

用法：
  perfeval evaluate <评价表.xlsx> [选项]

选项：
  -o, --output <文件>   结果工作簿的文件名（默认：<原文件名>.自评结果.xlsx，与原文件同一文件夹；
                        再次评价结果文件时为“<原文件名>.自评结果(2).xlsx”，从不改写原文件；
                        给出文件夹（已有的、以“/”结尾或不带扩展名的名字）时写进该文件夹，用默认文件名，
                        文件夹不存在时自动新建；文件名须以 .xlsx 结尾）
  --docx <文件>         同时写出公文格式（GB/T 9704）的 Word 自评报告，并说明还有几处【请填写】【请核实】
                        （文件名须以 .docx 结尾；给出文件夹时文件名为 <原文件名>.自评报告.docx）
  --no-xlsx             不写结果工作簿：只写 --docx 指定的 Word 报告，或只用 --json 输出结果
  --outline <体例>      报告体例：湛江式（按一级、二级指标逐项分析）、雷州式（按二级指标分组，逐项写
                        “……，扣N分”）、海珠式（自评结论加每个一级指标的分析）。默认：2020版指标体系
                        用湛江式，2023版用海珠式；评价已有“自评报告”的结果文件时沿用它的体例。
                        项目支出绩效自评表的报告按项目支出绩效自评报告的体例（一至六部分）写，不受此选项影响
  --unit <单位>         报告和“关键金额”中金额的单位：万元（默认）、元、千元、亿元
  --no-marks            不给评分表中扣分的行和检查指出的单元格上色
  --json                在标准输出打印 JSON 结果（说明文字改到标准错误）
  --force               输出文件已存在时覆盖（原评价表永远不会被改写）
  -h, --help            显示本说明

先填写报告，再生成 Word：
  1. perfeval evaluate 评价表.xlsx
  2. 在 Excel 或 WPS 中打开“评价表.自评结果.xlsx”，在“自评报告”工作表的橙色段落填写机构职能、
     年度工作等机器无法知道的内容，保存
  3. perfeval evaluate 评价表.自评结果.xlsx --no-xlsx --docx 自评报告.docx
  您填写的段落原样沿用；数据改过时，随数据变化的段落按新数字重写，并列出哪些段落变了。
  再次评价结果文件时，“自评汇总”和“自评报告”就地更新，不会叠加出“自评汇总(2)”。

评价表中还有错误级检查时，结果和报告都标明“仅供核对”及错误的项数，请先改正评价表。

示例：
  perfeval evaluate 评价表.xlsx --docx 自评报告.docx
  perfeval evaluate 评价表.xlsx --outline 雷州式 --unit 元 -o 结果/评价表.xlsx
  perfeval evaluate 评价表.xlsx --json > 结果.json

退出码：0 已完成评价（无论检查发现什么）；2 输入无法使用（说明见标准错误）。
`;

export const TEMPLATE_HELP = `perfeval template：写出空白的标准评价表

部门整体支出：按广东省部门整体支出绩效评价指标体系写出评分表和基础数据表，评分规则和公式已填好。
项目支出（--kind project）：按财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件的表样写出
空白的项目支出绩效自评表：项目资金（年度资金总额分值10分）、年度总体目标、产出指标50分、效益指标30分、
满意度指标10分及其二级指标，每个二级指标下留“指标1：”“指标2：”行供填写。

用法：
  perfeval template --framework <指标体系> -o <空白评价表.xlsx> [--force]
  perfeval template --kind project -o <空白项目表.xlsx> [--force]

选项：
  --framework <指标体系>  2020（2020版，一级指标：预算编制、预算执行、预算监督、预算使用效益）
                          或 2023（2023版，一级指标：履职效能、管理效率）；也可写 2020版、gd-2020
  --kind <种类>           department（部门整体支出，默认）或 project（项目支出绩效自评表，不需要 --framework）
  -o, --output <文件>     要写出的文件
  --force                 文件已存在时覆盖
  -h, --help              显示本说明

示例：
  perfeval template --framework 2023 -o 2023年空白评价表.xlsx
  perfeval template --kind project -o 空白项目支出绩效自评表.xlsx
`;

export const BATCH_HELP = `perfeval batch：批量评价一个文件夹中的全部评价表

文件夹（包括其中的子文件夹，如按区县分的文件夹）中的每个 .xlsx 各写一个结果工作簿到输出文件夹
（子文件夹中的文件写到输出文件夹的同名子文件夹），另写一份“批量汇总.xlsx”：每个部门一行，
列出计算总分和等级、填报总分和等级（是否一致）、扣分和错误级检查，以及没有处理的文件和原因。
旧版 .xls、Office 临时锁定文件（~$开头）、本助手写出的结果文件不会处理，但都会列出并说明原因。
默认按 CPU 核数并行处理；某个文件出错或超过时限只记在该文件名下，其余文件照常处理。

用法：
  perfeval batch <文件夹> -o <输出文件夹> [选项]

选项：
  -o, --output <文件夹>  结果写到这里（不存在时自动新建）
  --outline <体例>       报告体例：湛江式、雷州式、海珠式（默认按各表的指标体系）
  --unit <单位>          报告中金额的单位：万元（默认）、元、千元、亿元
  --no-marks             不给评分表上色
  --force                覆盖输出文件夹中已有的同名结果（不加时，已有结果则一个也不写，并说明）
  --jobs <数目>          同时处理的文件数（默认为 CPU 核数）
  --timeout <秒>         每个文件的时限（默认 300 秒），超时的文件记为失败，其余照常
  -h, --help             显示本说明

示例：
  perfeval batch 各部门评价表 -o 2023年评价结果
  perfeval batch 各部门评价表 -o 结果 --jobs 2 --timeout 120
`;

export function helpFor(command: string | undefined): string {
  switch (command) {
    case "evaluate":
      return EVALUATE_HELP;
    case "template":
      return TEMPLATE_HELP;
    case "batch":
      return BATCH_HELP;
    default:
      return USAGE;
  }
}

/**
 * What follows a usage error: the command's 用法 lines and where its full help is, so the one
 * line that says what was wrong stays on the screen (the full help is a --help away).
 */
export function usageHint(command: string | undefined): string {
  const help = helpFor(command);
  const usage = /用法：\n((?: {2}.*\n)+)/.exec(help)?.[1] ?? "";
  const more = command && help !== USAGE ? `perfeval ${command} --help` : "perfeval --help";
  return `用法：\n${usage}完整的选项和示例：${more}\n`;
}
