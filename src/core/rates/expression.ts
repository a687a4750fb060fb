/**
 * A rate is a small expression over named inputs. The same expression gives the engine's
 * value (exact decimals) and the live formula written into 自评汇总, so the two cannot drift.
 */
import { Decimal, ONE, ZERO, sum } from "../decimal";
import { isValueError, valueError, type ValueError } from "../errors";

export type Expr =
  | { op: "input"; key: string; optional?: boolean }
  | { op: "first"; of: readonly Expr[] }
  | { op: "add"; terms: readonly Expr[] }
  | { op: "sub"; left: Expr; right: Expr }
  | { op: "ratio"; num: Expr; den: Expr }
  | { op: "minus-one"; of: Expr }
  | { op: "mean"; key: string };

export const input = (key: string): Expr => ({ op: "input", key });
export const optional = (key: string): Expr => ({ op: "input", key, optional: true });
export const first = (...of: Expr[]): Expr => ({ op: "first", of });
export const add = (...terms: Expr[]): Expr => ({ op: "add", terms });
export const sub = (left: Expr, right: Expr): Expr => ({ op: "sub", left, right });
export const ratio = (num: Expr, den: Expr): Expr => ({ op: "ratio", num, den });
export const minusOne = (of: Expr): Expr => ({ op: "minus-one", of });
export const mean = (key: string): Expr => ({ op: "mean", key });

/** What the expression reads: a scalar or a list per key, absent when not given. */
export interface RateValues {
  scalar(key: string): Decimal | undefined;
  list(key: string): readonly Decimal[] | undefined;
  label(key: string): string;
}

/** The inputs an expression needs before it can be evaluated (for "缺少：…" messages). */
function missingOf(e: Expr, v: RateValues): string[] {
  switch (e.op) {
    case "input":
      return e.optional || v.scalar(e.key) !== undefined ? [] : [e.key];
    case "mean":
      return v.list(e.key)?.length ? [] : [e.key];
    case "first": {
      const all = e.of.map((x) => missingOf(x, v));
      return all.some((m) => m.length === 0) ? [] : all[0];
    }
    case "add":
      return e.terms.flatMap((t) => missingOf(t, v));
    case "sub":
      return [...missingOf(e.left, v), ...missingOf(e.right, v)];
    case "ratio":
      return [...missingOf(e.num, v), ...missingOf(e.den, v)];
    case "minus-one":
      return missingOf(e.of, v);
  }
}

/** missingOf(e, v).length === 0, without building lists: the fast path of every call. */
function complete(e: Expr, v: RateValues): boolean {
  switch (e.op) {
    case "input":
      return e.optional === true || v.scalar(e.key) !== undefined;
    case "mean": {
      const xs = v.list(e.key);
      return xs !== undefined && xs.length > 0;
    }
    case "first":
      for (const x of e.of) if (complete(x, v)) return true;
      return false;
    case "add":
      for (const t of e.terms) if (!complete(t, v)) return false;
      return true;
    case "sub":
      return complete(e.left, v) && complete(e.right, v);
    case "ratio":
      return complete(e.num, v) && complete(e.den, v);
    case "minus-one":
      return complete(e.of, v);
  }
}

function evaluate(e: Expr, v: RateValues): Decimal | ValueError {
  switch (e.op) {
    case "input":
      return v.scalar(e.key) ?? ZERO; // required inputs were checked by complete()
    case "mean": {
      const xs = v.list(e.key)!;
      return sum(xs).dividedBy(xs.length);
    }
    case "first":
      return evaluate(e.of.find((x) => complete(x, v))!, v);
    case "add": {
      let acc = ZERO;
      for (const t of e.terms) {
        const x = evaluate(t, v);
        if (isValueError(x)) return x;
        acc = acc.plus(x);
      }
      return acc;
    }
    case "sub": {
      const l = evaluate(e.left, v);
      const r = evaluate(e.right, v);
      if (isValueError(l)) return l;
      if (isValueError(r)) return r;
      return l.minus(r);
    }
    case "ratio": {
      const n = evaluate(e.num, v);
      const d = evaluate(e.den, v);
      if (isValueError(n)) return n;
      if (isValueError(d)) return d;
      if (d.isZero()) return valueError("zero-denominator", `${describe(e.den, v)}为0，无法计算`);
      return n.dividedBy(d);
    }
    case "minus-one": {
      const x = evaluate(e.of, v);
      return isValueError(x) ? x : x.minus(ONE);
    }
  }
}

export function evaluateExpr(e: Expr, v: RateValues): Decimal | ValueError {
  if (!complete(e, v)) {
    const missing = [...new Set(missingOf(e, v))];
    return valueError("missing", `缺少：${missing.map((k) => v.label(k)).join("、")}`);
  }
  return evaluate(e, v);
}

/** The keys an expression can read, in order of appearance, each once. */
export function inputsOf(e: Expr): string[] {
  const out: string[] = [];
  const walk = (x: Expr): void => {
    switch (x.op) {
      case "input":
      case "mean":
        if (!out.includes(x.key)) out.push(x.key);
        return;
      case "first":
        x.of.forEach(walk);
        return;
      case "add":
        x.terms.forEach(walk);
        return;
      case "sub":
        walk(x.left);
        walk(x.right);
        return;
      case "ratio":
        walk(x.num);
        walk(x.den);
        return;
      case "minus-one":
        walk(x.of);
        return;
    }
  };
  walk(e);
  return out;
}

/** The inputs the expression actually used for these values (the branch `first` took). */
export function usedInputs(e: Expr, v: RateValues): string[] {
  const out: string[] = [];
  const walk = (x: Expr): void => {
    switch (x.op) {
      case "input":
        if (v.scalar(x.key) !== undefined && !out.includes(x.key)) out.push(x.key);
        return;
      case "mean":
        if (!out.includes(x.key)) out.push(x.key);
        return;
      case "first": {
        const chosen = x.of.find((y) => missingOf(y, v).length === 0);
        if (chosen) walk(chosen);
        return;
      }
      case "add":
        x.terms.forEach(walk);
        return;
      case "sub":
        walk(x.left);
        walk(x.right);
        return;
      case "ratio":
        walk(x.num);
        walk(x.den);
        return;
      case "minus-one":
        walk(x.of);
        return;
    }
  };
  walk(e);
  return out;
}

/** Words for a (sub)expression with the branch taken: "本年财政下达预算数+上年结转". */
export function describe(e: Expr, v: RateValues): string {
  switch (e.op) {
    case "input":
      return v.label(e.key);
    case "mean":
      return `${v.label(e.key)}的平均值`;
    case "first": {
      const chosen = e.of.find((y) => missingOf(y, v).length === 0) ?? e.of[0];
      return describe(chosen, v);
    }
    case "add": {
      const present = e.terms.filter((t) => t.op !== "input" || !t.optional || v.scalar(t.key) !== undefined);
      return present.map((t) => describe(t, v)).join("+");
    }
    case "sub":
      return `${describe(e.left, v)}-${describe(e.right, v)}`;
    case "ratio":
      return `${wrap(e.num, v)}/${wrap(e.den, v)}`;
    case "minus-one":
      return `${describe(e.of, v)}-1`;
  }
}

function wrap(e: Expr, v: RateValues): string {
  const s = describe(e, v);
  return /[+-]/.test(s) ? `(${s})` : s;
}

/**
 * Renders the expression as an Excel formula body. `ref` gives each present input's cell
 * reference (already scaled to a common unit), or a list of references for a list input.
 */
export function toFormula(e: Expr, v: RateValues, ref: (key: string) => string | readonly string[]): string {
  const r = (x: Expr): string => {
    switch (x.op) {
      case "input":
        return v.scalar(x.key) === undefined ? "0" : (ref(x.key) as string);
      case "mean": {
        const refs = ref(x.key);
        return `AVERAGE(${(Array.isArray(refs) ? refs : [refs]).join(",")})`;
      }
      case "first":
        return r(x.of.find((y) => missingOf(y, v).length === 0)!);
      case "add": {
        const present = x.terms.filter((t) => t.op !== "input" || !t.optional || v.scalar(t.key) !== undefined);
        return present.length > 1 ? `(${present.map(r).join("+")})` : r(present[0]);
      }
      case "sub":
        return `(${r(x.left)}-${r(x.right)})`;
      case "ratio":
        return `${paren(r(x.num), /[+-]/)}/${paren(r(x.den), /[-+*/]/)}`;
      case "minus-one":
        return `${r(x.of)}-1`;
    }
  };
  return r(e);
}

/** Wraps a formula operand in parentheses when an operator in it would bind wrongly. */
function paren(text: string, risky: RegExp): string {
  const bare = text.replace(/'[^']*'/g, "").replace(/^\((.*)\)$/, "");
  return risky.test(bare) ? `(${text})` : text;
}

/** "实际支出/全年预算数" → "实际支出/全年预算数×100%"; "a/b-1" → "(a/b-1)×100%". */
export function percentWords(words: string): string {
  let depth = 0;
  let topLevelSum = false;
  for (const ch of words) {
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if ((ch === "+" || ch === "-") && depth === 0) topLevelSum = true;
  }
  return topLevelSum ? `(${words})×100%` : `${words}×100%`;
}
