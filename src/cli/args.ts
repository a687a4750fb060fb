/** A small argv parser: the commands take few options and we want Chinese errors. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface ParsedArgs {
  readonly command?: string;
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

const VALUED = new Set(["-o", "--output", "--docx", "--outline", "--framework", "--jobs", "--timeout"]);
const FLAGS = new Set(["--json", "--force", "--help", "-h", "--version", "-v", "--no-marks"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (VALUED.has(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "") throw new UsageError(`选项 ${name} 后面需要一个值`);
      options.set(name === "--output" ? "-o" : name, value);
    } else if (FLAGS.has(a)) {
      options.set(a === "-h" ? "--help" : a === "-v" ? "--version" : a, true);
    } else if (a.startsWith("-") && a !== "-") {
      throw new UsageError(`不认识的选项：${a}`);
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, options };
}

export const USAGE = `绩效自评助手 perfeval：部门整体支出绩效自评的评分、检查与汇总

用法：
  perfeval evaluate <评价表.xlsx> [-o 输出.xlsx] [--outline 湛江式|雷州式|海珠式] [--json] [--force] [--no-marks]
  perfeval template --framework gd-2020|gd-2023 -o <空白评价表.xlsx> [--force]
  perfeval batch <文件夹> -o <输出文件夹> [--force] [--jobs 并行数] [--timeout 每个文件的秒数]

evaluate  读取评分表和基础数据表，计算得分、比率并检查数据，写出“<原文件名>.自评结果.xlsx”
          （原文件不会被修改）。--json 在标准输出打印 JSON 结果，说明文字改到标准错误。
template  写出某个指标体系的空白标准评价表。
batch     处理文件夹中的全部 .xlsx，并写出一份“批量汇总.xlsx”。默认按 CPU 核数并行；某个文件出错
          或超过时限（默认 300 秒）只记在该文件名下，其余文件照常处理。

退出码：0 已完成评价（无论检查发现什么）；2 输入无法使用（说明见标准错误）。
`;
