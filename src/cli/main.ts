/**
 * perfeval: exit 0 when evaluated (whatever the checks found), 2 when the input cannot be
 * used (one Chinese message on stderr naming the file, sheet and cell). Anything else is a bug.
 */
import { WorkbookError } from "../core/errors";
import { parseArgs, UsageError } from "./args";
import { batchCommand } from "./batch-command";
import { evaluateCommand } from "./evaluate-command";
import { helpFor, usageHint } from "./help";
import { processIO, type CliIO } from "./io";
import { templateCommand } from "./template-command";

const VERSION = "0.1.0";

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.options.has("--version")) {
      io.stdout(`perfeval ${VERSION}\n`);
      return 0;
    }
    if (!args.command || args.options.has("--help") || args.command === "help") {
      // "perfeval evaluate --help" and "perfeval help evaluate" describe that command.
      io.stdout(helpFor(args.command === "help" ? args.positional[0] : args.command));
      return args.command || args.options.has("--help") ? 0 : 2;
    }
    switch (args.command) {
      case "evaluate":
        return await evaluateCommand(args, io);
      case "template":
        return await templateCommand(args, io);
      case "batch":
        return await batchCommand(args, io);
      default:
        throw new UsageError(`不认识的命令：${args.command}（可用：evaluate、template、batch）`);
    }
  } catch (e) {
    if (e instanceof WorkbookError) {
      io.stderr(`perfeval：${e.describe()}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`perfeval：${e.message}\n\n${usageHint(e.command)}`);
      return 2;
    }
    const detail = process.env.PERFEVAL_DEBUG ? `\n${(e as Error)?.stack ?? String(e)}` : "";
    io.stderr(`perfeval：内部错误（这是程序的缺陷，不是您的数据的问题）：${String((e as Error)?.message ?? e).replace(/。$/, "")}。设置环境变量 PERFEVAL_DEBUG=1 可查看详细信息。${detail}\n`);
    return 1;
  }
}

export function runFromProcess(): Promise<number> {
  return run(process.argv.slice(2), processIO());
}
