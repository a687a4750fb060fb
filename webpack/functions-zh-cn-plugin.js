// Emits functions-zh-cn.json (Chinese descriptions and parameter names, the same ASCII function
// names) and help.html from the functions.json that CustomFunctionsMetadataPlugin generated in
// the same compilation, and drops from both what the functions do not use (data types).
// Needs the compiled engine in lib/ (`npm run build:cli`, run by `npm run build`).
const path = require("path");
const { sources, Compilation, WebpackError } = require("webpack");

class FunctionsZhCnPlugin {
  constructor(options = {}) {
    this.options = { input: "functions.json", output: "functions-zh-cn.json", help: "help.html", ...options };
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsZhCnPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsZhCnPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, (assets) => {
        const source = assets[this.options.input];
        if (!source) return; // the metadata plugin reported its own error
        try {
          const { localizeFunctions, helpPage, withoutDataTypes } = require(path.join(__dirname, "..", "lib", "functions", "localize.js"));
          const metadata = JSON.parse(source.source().toString());
          compilation.updateAsset(this.options.input, new sources.RawSource(JSON.stringify(withoutDataTypes(metadata), null, 2)));
          compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(localizeFunctions(metadata), null, 2)));
          compilation.emitAsset(this.options.help, new sources.RawSource(helpPage(metadata)));
        } catch (e) {
          compilation.errors.push(new WebpackError(`FunctionsZhCnPlugin: ${e.message}`));
        }
      });
    });
  }
}

module.exports = { FunctionsZhCnPlugin };
