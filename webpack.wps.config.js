/**
 * Builds the WPS add-in (npm run build:wps): the pane and the ribbon's main page into
 * dist-wps/perfeval/, then scripts/package-wps.js lays out both deployment modes (docs/wps.md).
 *
 * Nothing is loaded from outside: no Office.js (WPS has its own object model), no CDN, and a
 * Content-Security-Policy that allows the add-in's own files only: 'self' when WPS serves it
 * over http(s) (publish mode, jsplugins.xml online), file: when it runs from a local jsaddons
 * folder (jsplugins.xml offline), where a page's own origin is a file URL.
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const versions = require("./src/gateways/wps/versions.json");

/** The policy of every page of the WPS package: its own files only. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self' file:",
  "script-src 'self' file: 'unsafe-inline'", // the ES5 loader in taskpane.html
  "style-src 'self' file: 'unsafe-inline'", // Griffel (Fluent UI) inserts its rules at run time
  "img-src 'self' file: data: blob:",
  "connect-src 'self' file: blob: data:",
  "worker-src 'self' file: blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const production = mode === "production";
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist-wps", "perfeval");
  return {
    mode,
    target: ["web", "es2022"],
    devtool: false,
    cache: { type: "filesystem", name: `wps-${mode}`, buildDependencies: { config: [__filename] } },
    entry: {
      main: "./src/taskpane/wps-ribbon.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: outDir, filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", publicPath: "auto", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.web.json" } } }],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:(fs\/promises|path)$/, path.resolve(__dirname, "webpack/node-builtins-stub.mjs")),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: false,
        hash: true,
        templateParameters: { officeJs: "", title: "绩效自评助手", contentSecurityPolicy: CONTENT_SECURITY_POLICY, excelRequirement: versions.requirement },
        minify: production ? { collapseWhitespace: true, removeComments: true } : false,
      }),
      new HtmlWebpackPlugin({
        // WPS opens the add-in's index.html and loads the ribbon from ribbon.xml beside it.
        filename: "index.html",
        chunks: ["main"],
        inject: "head",
        scriptLoading: "blocking",
        templateContent: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"><title>绩效自评助手</title></head><body></body></html>`,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/.*"] } },
          { from: "src/taskpane/ribbon.xml", to: "ribbon.xml" },
        ],
      }),
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("AlreadyMinified", (compilation) => {
            const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1;
            compilation.hooks.processAssets.tap({ name: "AlreadyMinified", stage }, (assets) => {
              for (const name of Object.keys(assets)) if (/^exceljs\.[0-9a-f]+\.js$/.test(name)) compilation.updateAsset(name, assets[name], { minimized: true });
            });
          });
        },
      },
    ],
    optimization: {
      chunkIds: production ? "deterministic" : "named",
      minimizeOptions: { javascript: { compress: { passes: 1 } } },
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", enforce: true },
          docx: { test: /[\\/]node_modules[\\/](docx|jszip|xml-js|nanoid|hash\.js)[\\/]/, name: "docx", chunks: "async", enforce: true },
        },
      },
    },
    performance: { hints: false },
  };
};

module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
