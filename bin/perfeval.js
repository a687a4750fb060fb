#!/usr/bin/env node
"use strict";
// The command line entry. The TypeScript sources are compiled to lib/ by `npm install`
// (the "prepare" script), so `npx perfeval` works right after installing.
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("perfeval 尚未构建：请先在项目目录运行 npm install（或 npm run build:cli）。\n");
  process.exit(2);
}
require(main)
  .runFromProcess()
  .then((code) => {
    process.exitCode = code;
  });
