/**
 * Sheet names as a message says them: "“自评汇总”和“自评报告”工作表" for two, and by count beyond
 * that ("“项目自评汇总-委托业务项目”等 16 张工作表"), since a workbook of eight projects gets sixteen.
 */
export function sheetNamesPhrase(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return quoted.length > 2 ? `${quoted[0]}等 ${quoted.length} 张工作表` : `${quoted.join("和")}工作表`;
}
