"use strict";
// Calls per second of each JX custom function in Node, against plain JavaScript division.
const path = require("path");
const { callJx, JX_FUNCTIONS } = require(path.join(__dirname, "..", "lib", "core"));

const SAMPLE_ARGS = {
  // Every parameter given (the common case: a formula written by 写入公式).
  rate: (fn) => fn.params.map((p) => (p.list ? [[0.94], [0.99]] : 1234567.89 + p.key.length)),
  growth: () => [14920.44, 1782.06],
  grade: () => [94.5],
  "rule-score": () => ["下限 支出完成率 95% 60%", 10, 0.9907, null],
  "reason-points": () => ["未能在采购预算批复后及时予以公开，扣1.5分"],
  "amount-in-words": () => [111931823.11],
};

function perSecond(fn, minMs = 150) {
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 1000; i++) fn();
    calls += 1000;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return Math.round((calls / elapsed) * 1000);
}

function measureFunctions() {
  let sink = 0;
  const baseline = perSecond(() => {
    sink += 111931823.11 / (111082222.47 + 1899168.28);
  });
  const rows = JX_FUNCTIONS.map((fn) => {
    const args = SAMPLE_ARGS[fn.kind](fn);
    const r = callJx(fn.id, args);
    if (!r.ok) throw new Error(`${fn.id}: ${r.message}`);
    return { id: fn.id, callsPerSecond: perSecond(() => callJx(fn.id, args)) };
  });
  return { plainDivisionPerSecond: baseline, functions: rows, sink };
}

module.exports = { measureFunctions };
if (require.main === module) console.log(JSON.stringify(measureFunctions(), null, 1));
