/** perfeval template: a blank standard workbook of a built-in framework. */
import * as path from "path";
import { buildTemplatePlan, FRAMEWORKS, frameworkById } from "../core";
import { newWorkbookBytes, writeBytesAtomically } from "../gateways/xlsx";
import { UsageError, type ParsedArgs } from "./args";
import { ensureWritableTarget } from "./files";
import type { CliIO } from "./io";

export async function templateCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const id = args.options.get("--framework");
  const framework = typeof id === "string" ? frameworkById(id) : undefined;
  if (!framework) throw new UsageError(`请用 --framework 指定指标体系：${FRAMEWORKS.map((f) => f.id).join(" 或 ")}`);
  const out = args.options.get("-o");
  if (typeof out !== "string") throw new UsageError("请用 -o 指定要写出的文件，例如：-o 空白评价表.xlsx");
  const output = path.resolve(io.cwd, out);
  await ensureWritableTarget(output, args.options.has("--force"));
  await writeBytesAtomically(output, await newWorkbookBytes(buildTemplatePlan(framework)));
  io.stdout(`已写出${framework.title}的空白评价表：${output}\n`);
  return 0;
}
