"use strict";
// Calls per second of each JX custom function in Node, side by side with a bare decimal.js
// division of the same numbers (the least any exact rate must do), and plain JavaScript division.
// The bare division uses decimal.js as the engine configures it (34 significant digits,
// ROUND_HALF_UP: src/core/decimal.ts), so the pair differs only by what the function adds: the
// argument gate, the rate's expression and the conversion back for Excel. Each pair is measured
// in alternating rounds, so a busy machine slows both alike; the target is at least half the
// speed of the bare division.
const path = require("path");
const { callJx, JX_FUNCTIONS } = require(path.join(__dirname, "..", "lib", "core"));
const { Decimal } = require(path.join(__dirname, "..", "lib", "core", "decimal"));

const SAMPLE_ARGS = {
  // Every parameter given, as Excel passes `any` parameters: numbers, and a 2-D range.
  rate: (fn) => fn.params.map((p) => (p.list ? [[0.94], [0.99]] : 1234567.89 + p.key.length)),
  growth: () => [14920.44, 1782.06],
  grade: () => [94.5],
  "rule-score": () => ["下限 支出完成率 95% 60%", 10, 0.9907, null],
  "reason-points": () => ["未能在采购预算批复后及时予以公开，扣1.5分"],
  "amount-in-words": () => [111931823.11],
  "execution-score": () => [2518900, 2518900, 10],
  "indicator-score": () => ["≥95%", "76%", 10, null, null],
};

/** Calls per second of fn over about `ms` milliseconds. */
function perSecond(fn, ms) {
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 500; i++) fn();
    calls += 500;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (calls / elapsed) * 1000;
}

/** Medians of alternating rounds of a and b. */
function sideBySide(a, b, rounds = 7, ms = 40) {
  const as = [];
  const bs = [];
  for (let i = 0; i < rounds; i++) {
    as.push(perSecond(a, ms));
    bs.push(perSecond(b, ms));
  }
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [Math.round(median(as)), Math.round(median(bs))];
}

/** The first two numbers a call is given (a list counts as its first item). */
function twoNumbers(args) {
  const nums = args.flat(2).filter((x) => typeof x === "number");
  return [nums[0] ?? 1, nums[1] ?? 3];
}

function measureFunctions() {
  let sink = 0;
  const plain = Math.round(perSecond(() => (sink += 111931823.11 / (111082222.47 + 1899168.28)), 150));
  const rows = JX_FUNCTIONS.map((fn) => {
    const args = SAMPLE_ARGS[fn.kind](fn);
    const r = callJx(fn.id, args);
    if (!r.ok) throw new Error(`${fn.id}: ${r.message}`);
    const [x, y] = twoNumbers(args);
    const [callsPerSecond, decimalDivisionPerSecond] = sideBySide(
      () => callJx(fn.id, args),
      () => (sink += new Decimal(x).dividedBy(new Decimal(y)).toNumber()),
    );
    return { id: fn.id, kind: fn.kind, callsPerSecond, decimalDivisionPerSecond, ratio: +(callsPerSecond / decimalDivisionPerSecond).toFixed(2) };
  });
  return { plainDivisionPerSecond: plain, functions: rows, sink };
}

module.exports = { measureFunctions };
if (require.main === module) console.log(JSON.stringify(measureFunctions(), null, 1));
