#!/usr/bin/env node
"use strict";
// Part-by-part comparison of an input workbook and the result the tool wrote from it: every
// part of the input must be in the result, byte for byte, except the parts the tool has reason
// to edit, and those must keep everything they had:
//   [Content_Types].xml, .rels      every original entry still there, unchanged
//   workbook part                   identical once the tool's <sheet> entries are taken out
//   styles, shared strings          the original items first, unchanged, new ones after
//   worksheets                      identical outside <sheetData>; in it every original cell
//                                   keeps its value, formula and attributes except the style
//                                   index (s), which changes only on cells the plan marked
// A Strict input is compared after restating it in Transitional names (the result is written
// Transitional; see docs/performance.md).
//
//   node scripts/part-compare.js INPUT.xlsx RESULT.xlsx     prints the report as JSON
const fs = require("fs");
const JSZip = require("jszip");

const STRICT = /http:\/\/purl\.oclc\.org\/ooxml\/(officeDocument|drawingml|spreadsheetml|wordprocessingml|presentationml|schemaLibrary)\/(\w+)/g;
function transitional(xml) {
  return xml
    .replace(STRICT, (_m, f, n) => `http://schemas.openxmlformats.org/${f}/2006/${n}`)
    // Relationship types and the properties parts' own namespaces alike.
    .replace(/(officeDocument\/2006\/(?:relationships\/)?)extendedProperties\b/g, "$1extended-properties")
    .replace(/(officeDocument\/2006\/(?:relationships\/)?)customProperties\b/g, "$1custom-properties")
    .replace(/\sconformance\s*=\s*("strict"|'strict')/, "");
}

async function parts(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map();
  for (const e of Object.values(zip.files)) if (!e.dir) out.set(e.name.replace(/^\/+/, ""), await e.async("nodebuffer"));
  return out;
}

const el = (local) => new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>[\\s\\S]*?</\\1${local}>)`, "g");
const items = (xml, local) => xml.match(el(local)) || [];
function section(xml, local) {
  const m = new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</\\1${local}>)`).exec(xml);
  return m ? m[2] || "" : undefined;
}
const attr = (tag, name) => (new RegExp(`\\s${name}="([^"]*)"`).exec(tag) || [])[1];

function compareSheet(a, b, report, name) {
  const da = /<((?:[\w.-]+:)?)sheetData(?:\s[^>]*?)?(?:\/>|>[\s\S]*?<\/\1sheetData>)/.exec(a);
  const db = /<((?:[\w.-]+:)?)sheetData(?:\s[^>]*?)?(?:\/>|>[\s\S]*?<\/\1sheetData>)/.exec(b);
  if (!da || !db) return report.violations.push(`${name}: no sheetData`);
  if (a.slice(0, da.index) + a.slice(da.index + da[0].length) !== b.slice(0, db.index) + b.slice(db.index + db[0].length)) report.violations.push(`${name}: changed outside sheetData`);
  const cellsOf = (xml) => {
    const map = new Map();
    for (const c of items(xml, "c")) {
      const start = /^<[^>]*>/.exec(c)[0];
      map.set(attr(start, "r") || `#${map.size}`, { s: attr(start, "s") || "0", rest: c.replace(/\ss="\d+"/, "") });
    }
    return map;
  };
  const ca = cellsOf(da[0]);
  const cb = cellsOf(db[0]);
  for (const [ref, c] of ca) {
    const d = cb.get(ref);
    if (!d) report.violations.push(`${name}!${ref}: cell lost`);
    else if (d.rest !== c.rest) report.violations.push(`${name}!${ref}: cell changed beyond its style`);
    else if (d.s !== c.s) report.restyledCells.push(`${name}!${ref}`);
  }
  for (const ref of cb.keys()) if (!ca.has(ref)) report.addedCells++;
  const rowsA = items(da[0], "row").map((r) => /^<[^>]*>/.exec(r)[0].replace(/\/>$/, ">"));
  const rowsB = new Set(items(db[0], "row").map((r) => /^<[^>]*>/.exec(r)[0].replace(/\/>$/, ">")));
  for (const r of rowsA) if (!rowsB.has(r)) report.violations.push(`${name}: row ${attr(r, "r")} attributes changed`);
}

async function comparePackages(inputBytes, resultBytes) {
  const a = await parts(inputBytes);
  const b = await parts(resultBytes);
  const isStrict = [...a.entries()].some(([n, d]) => /\.(xml|rels)$/.test(n) && d.toString("utf8").includes("http://purl.oclc.org/ooxml/"));
  const report = { parts: a.size, same: 0, edited: [], added: [...b.keys()].filter((n) => !a.has(n)), lost: [], violations: [], restyledCells: [], addedCells: 0, strict: isStrict };
  for (const [name, dataA] of a) {
    const dataB = b.get(name);
    if (!dataB) {
      report.lost.push(name);
      continue;
    }
    if (dataA.equals(dataB)) {
      report.same++;
      continue;
    }
    const textual = /\.(xml|rels|vml)$/i.test(name);
    const ta = textual ? (isStrict ? transitional(dataA.toString("utf8")) : dataA.toString("utf8")) : undefined;
    const tb = textual ? dataB.toString("utf8") : undefined;
    if (textual && ta === tb) {
      report.same++;
      continue;
    }
    report.edited.push(name);
    if (!textual) report.violations.push(`${name}: binary part changed`);
    else if (name === "[Content_Types].xml") {
      for (const e of [...items(ta, "Default"), ...items(ta, "Override")]) if (!tb.includes(e)) report.violations.push(`${name}: lost ${e}`);
    } else if (/\.rels$/.test(name)) {
      for (const e of items(ta, "Relationship")) if (!tb.includes(e)) report.violations.push(`${name}: lost ${e}`);
    } else if (/<(\w+:)?workbook[\s>]/.test(ta)) {
      const ids = items(ta, "sheet").map((s) => Number(attr(s, "sheetId")));
      const max = Math.max(...ids);
      const stripped = tb.replace(el("sheet"), (s) => (Number(attr(s, "sheetId")) > max ? "" : s));
      if (stripped !== ta) report.violations.push(`${name}: changed beyond the added sheets`);
    } else if (/<(\w+:)?styleSheet[\s>]/.test(ta)) {
      for (const [sec, child] of [["numFmts", "numFmt"], ["fonts", "font"], ["fills", "fill"], ["borders", "border"], ["cellStyleXfs", "xf"], ["cellXfs", "xf"], ["cellStyles", "cellStyle"], ["dxfs", "dxf"]]) {
        const x = section(ta, sec);
        if (x === undefined) continue;
        const y = section(tb, sec) ?? "";
        const ix = items(x, child);
        const iy = items(y, child);
        if (ix.some((v, i) => iy[i] !== v)) report.violations.push(`${name}: ${sec} items changed`);
      }
    } else if (/<(\w+:)?sst[\s>]/.test(ta)) {
      const ix = items(ta, "si");
      const iy = items(tb, "si");
      if (ix.some((v, i) => iy[i] !== v)) report.violations.push(`${name}: shared strings changed`);
    } else if (/<(\w+:)?worksheet[\s>]/.test(ta)) {
      compareSheet(ta, tb, report, name);
    } else report.violations.push(`${name}: changed`);
  }
  return report;
}

module.exports = { comparePackages };

if (require.main === module) {
  const [x, y] = process.argv.slice(2);
  comparePackages(fs.readFileSync(x), fs.readFileSync(y)).then((r) => console.log(JSON.stringify(r, null, 2)));
}
