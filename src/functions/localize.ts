/**
 * functions-zh-cn.json: the generated functions.json with Chinese descriptions and parameter
 * names from the JX catalog. The function names stay the ASCII ids: Excel registers a function
 * under its localized `name` (docs/excel/custom-functions-naming.md), and a formula written
 * through Range.formulas with another name is #NAME? in that language (office-js #891, #6614).
 * With one name in every language, =JX.EXECUTION_RATE(…) written by the add-in works in a
 * Chinese Excel as in any other, as SUM does; the function wizard still shows 实际支出, … and
 * the Chinese description.
 */
import { JX_FUNCTIONS } from "../core/jx/catalog";

interface MetadataParam {
  name: string;
  description?: string;
  [other: string]: unknown;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParam[];
  [other: string]: unknown;
}
export interface FunctionsMetadata {
  functions: MetadataFunction[];
  [other: string]: unknown;
}

/**
 * The generated metadata without what the functions do not use: custom-functions-metadata adds
 * "allowCustomDataForDataTypeAny" (CustomFunctionsRuntime 1.4, data types), which would hand
 * `any` parameters entity objects instead of the values the gate reads.
 */
export function withoutDataTypes(metadata: FunctionsMetadata): FunctionsMetadata {
  const { allowCustomDataForDataTypeAny: _unused, ...rest } = metadata;
  return rest as FunctionsMetadata;
}

export function localizeFunctions(metadata: FunctionsMetadata): FunctionsMetadata {
  return {
    ...withoutDataTypes(metadata),
    functions: metadata.functions.map((f) => {
      const zh = JX_FUNCTIONS.find((x) => x.id === f.id);
      if (!zh) throw new Error(`JX.${f.id} has no entry in src/core/jx/catalog.ts`);
      if (zh.params.length !== f.parameters.length) {
        throw new Error(`JX.${f.id}: functions.ts has ${f.parameters.length} parameters, the catalog ${zh.params.length}`);
      }
      return {
        ...f,
        name: f.id,
        description: zh.zhDescription,
        parameters: f.parameters.map((p, i) => ({ ...p, name: zh.params[i].zhName, description: zh.params[i].zhDescription })),
      };
    }),
  };
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** help.html: the page each function's helpUrl points to, one section per function. */
export function helpPage(metadata: FunctionsMetadata): string {
  const rows = metadata.functions
    .map((f) => {
      const zh = JX_FUNCTIONS.find((x) => x.id === f.id)!;
      const args = zh.params.map((p) => (p.optional ? `[${p.zhName}]` : p.zhName)).join(", ");
      const params = zh.params.map((p) => `<li><b>${escape(p.zhName)}</b>${p.optional ? "（可选）" : ""}：${escape(p.zhDescription)}</li>`).join("");
      return `<section id="${f.id}"><h2><code>JX.${f.id}(${escape(args)})</code> ${escape(zh.zhName)}</h2><p>${escape(zh.zhDescription)}</p><ul>${params}</ul><p class="en">${escape(f.description ?? "")}</p></section>`;
    })
    .join("\n");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效自评助手 函数说明</title>
<style>body{font-family:'Segoe UI','Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif;max-width:760px;margin:2em auto;padding:0 1em;line-height:1.6}code{background:#f3f3f3;padding:0 .3em}.en{color:#666}section{border-bottom:1px solid #ddd;padding:.5em 0}</style></head>
<body><h1>绩效自评助手：JX 函数说明</h1><p>所有比率函数返回小数（0.9907），请把单元格设置为百分比格式。参数缺失或分母为 0 时返回 #N/A，参数不是数字时返回 #VALUE!，并附中文说明。</p>
${rows}
</body></html>
`;
}
