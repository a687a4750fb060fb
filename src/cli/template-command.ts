/** perfeval template: a blank standard workbook of a built-in framework, or a blank national project table. */
import * as path from "path";
import { buildProjectTemplatePlan, buildTemplatePlan, FRAMEWORKS, frameworkById } from "../core";
import { newWorkbookBytes, writeBytesAtomically } from "../gateways/xlsx";
import { UsageError, type ParsedArgs } from "./args";
import { ensureWritableTarget } from "./files";
import type { CliIO } from "./io";

/** "2020", "2020版", "2020年版", "gd-2020": a framework as a person names it, or as the JSON does. */
function frameworkNamed(name: string): ReturnType<typeof frameworkById> {
  const year = /^(?:gd-)?(\d{4})(?:年?版)?$/i.exec(name.trim())?.[1];
  return year ? frameworkById(`gd-${year}`) : frameworkById(name);
}

/** --kind: 部门整体支出 (department, the default) or 项目支出 (project). */
function kindNamed(value: string | true | undefined): "department" | "project" {
  if (value === undefined) return "department";
  if (typeof value === "string" && /^(project|项目|项目支出)$/.test(value.trim())) return "project";
  if (typeof value === "string" && /^(department|部门|部门整体|部门整体支出)$/.test(value.trim())) return "department";
  throw new UsageError("--kind 只能是 department（部门整体支出，默认）或 project（项目支出）", "template");
}

export async function templateCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const kind = kindNamed(args.options.get("--kind"));
  const id = args.options.get("--framework");
  const framework = typeof id === "string" ? frameworkNamed(id) : undefined;
  if (kind === "project" && id !== undefined) throw new UsageError("项目支出绩效自评表是财政部统一表样，不需要 --framework（指标体系只用于部门整体支出评价表）", "template");
  if (kind === "department" && typeof id === "string" && !framework) {
    throw new UsageError(`不认识的指标体系“${id}”：可用 ${FRAMEWORKS.map((f) => `${f.id.replace(/^gd-/, "")}（${f.title}，也可写 ${f.id}）`).join("、")}`, "template");
  }
  if (kind === "department" && !framework) throw new UsageError(`请用 --framework 指定指标体系：${FRAMEWORKS.map((f) => f.title).join(" 或 ")}，写作 2020 或 2023；项目支出绩效自评表用 --kind project`, "template");
  const out = args.options.get("-o");
  if (typeof out !== "string") throw new UsageError("请用 -o 指定要写出的文件，例如：-o 空白评价表.xlsx", "template");
  const output = path.resolve(io.cwd, out);
  await ensureWritableTarget(output, args.options.has("--force"));
  await writeBytesAtomically(output, await newWorkbookBytes(kind === "project" ? buildProjectTemplatePlan() : buildTemplatePlan(framework!)));
  io.stdout(kind === "project" ? `已写出空白的项目支出绩效自评表（财预〔2020〕10号表样）：${output}\n` : `已写出${framework!.title}的空白评价表：${output}\n`);
  return 0;
}
