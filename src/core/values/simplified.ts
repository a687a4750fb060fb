/**
 * Traditional characters of the words a scoring table's layout is made of (一級指標, 權重,
 * 自評得分, 合計 …) → simplified, so a table copied from a traditional-character page still
 * has recognisable headers. Only layout words go through this: names stay as written.
 */
const PAIRS =
  "級级標标權权評评價价說说項项預预數数執执實实際际總总計计額额單单門门準准釋释規规則则質质時时間间經经濟济會会滿满義义費费資资產产務务業业續续響响論论題题進进應应採采購购體体內内績绩況况處处當当對对點点類类個个與与結结餘余轉转調调開开達达為为從从發发據据號号層层備备註注視视導导稱称統统編编號号負负責责聯联繫系報报填填蓋盖審审覈核歲岁節节規规範范況况兌兑採采購购優优劣劣";

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i], PAIRS[i + 1]);

/** Any traditional character of the table: most text has none, and is returned as it is. */
const TRADITIONAL = new RegExp(`[${[...MAP.keys()].join("")}]`);

export function simplifiedLayoutWord(text: string): string {
  if (!TRADITIONAL.test(text)) return text;
  let out = "";
  for (const ch of text) out += MAP.get(ch) ?? ch;
  return out;
}
