/** perfeval template: a blank standard workbook of a built-in framework. */
import * as path from "path";
import { buildTemplatePlan, FRAMEWORKS, frameworkById } from "../core";
import { newWorkbookBytes, writeBytesAtomically } from "../gateways/xlsx";
import { UsageError, type ParsedArgs } from "./args";
import { ensureWritableTarget } from "./files";
import type { CliIO } from "./io";

/** "2020", "2020版", "2020年版", "gd-2020": a framework as a person names it, or as the JSON does. */
function frameworkNamed(name: string): ReturnType<typeof frameworkById> {
  const year = /^(?:gd-)?(\d{4})(?:年?版)?$/i.exec(name.trim())?.[1];
  return year ? frameworkById(`gd-${year}`) : frameworkById(name);
}

export async function templateCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const id = args.options.get("--framework");
  const framework = typeof id === "string" ? frameworkNamed(id) : undefined;
  if (!framework) throw new UsageError(`请用 --framework 指定指标体系：${FRAMEWORKS.map((f) => f.title).join(" 或 ")}，写作 2020 或 2023`, "template");
  const out = args.options.get("-o");
  if (typeof out !== "string") throw new UsageError("请用 -o 指定要写出的文件，例如：-o 空白评价表.xlsx", "template");
  const output = path.resolve(io.cwd, out);
  await ensureWritableTarget(output, args.options.has("--force"));
  await writeBytesAtomically(output, await newWorkbookBytes(buildTemplatePlan(framework)));
  io.stdout(`已写出${framework.title}的空白评价表：${output}\n`);
  return 0;
}
