/**
 * Builds the Excel add-in and the browser page into dist/.
 *
 *   npm run build        webpack --mode production   (office.js from Microsoft's CDN)
 *   npm run dev-server   webpack serve --mode development   (https://localhost:3000, dev certs)
 *
 * Environment:
 *   PERFEVAL_ORIGIN        where production is served, e.g. https://perfeval.example.gov.cn/addin/ ;
 *                          every https://localhost:3000/ in manifest.xml, manifest-taskpane.xml,
 *                          functions.json, functions-zh-cn.json and help.html is replaced with it.
 *   PERFEVAL_OFFICE_CDN    21vianet = office.js from the 21Vianet mirror (Office 365 operated by
 *                          世纪互联 in China); otherwise Microsoft's worldwide CDN. Inside Excel the
 *                          PC must reach that site; the pane names it when it cannot.
 *   PERFEVAL_DIST          the output folder (default dist/); the browser tests use their own.
 *   PERFEVAL_LOCAL_OFFICE  1 = a build for the browser mode only: office.js from dist/office/
 *                          instead of the CDN, and a Content-Security-Policy that lets the page
 *                          contact no other origin (works with no network; tests use it). Builds
 *                          for Excel get the same policy plus the Office.js CDNs. Not for
 *                          Excel: inside Office, office.js loads host scripts this copy lacks, and
 *                          Microsoft supports only the CDN there (README says the same).
 *
 * The manifest uses a shared runtime: Excel loads taskpane.html once and both the custom
 * functions and the task pane run in it, so taskpane.html loads functions.js and taskpane.js.
 * manifest-taskpane.xml (Excel without a shared runtime or custom functions) opens the same
 * page as taskpane.html?functions=none. The heavy work of 转为普通公式 and the Word report runs
 * in a Web Worker (src/taskpane/heavy-work.worker.ts), which webpack 5 bundles from
 * `new Worker(new URL(…, import.meta.url))`.
 * taskpane depends on functions (dependOn): shared modules (core rates, decimal.js) ship once,
 * and functions.js still works alone (functions.html, or Functions.Script.Url of the manifest).
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsZhCnPlugin } = require("./webpack/functions-zh-cn-plugin");
// What the loading screen says about Excel versions: the same words as the pane and README.
const versions = require("./src/gateways/excel/versions.json");

const DEV_ORIGIN = "https://localhost:3000/";
// Microsoft's CDN, and the mirror Microsoft documents for tenants of Office 365 operated by
// 21Vianet (office-js-docs-pr, "CDN references for other Microsoft 365 environments").
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_CDN_21VIANET = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office/office.js";
/** The only other origins a production page may contact. */
const OFFICE_CDN_ORIGINS = ["https://appsforoffice.microsoft.com", "https://appsforoffice.cdn.partner.office365.cn"];
const OFFICE_JS_DIST = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

/** "https://host/path" → "https://host/path/" */
function withTrailingSlash(origin) {
  return origin.endsWith("/") ? origin : `${origin}/`;
}

/** Assets that name the dev origin (the manifest, the function metadata and help page). */
const ORIGIN_ASSETS = /^(manifest(-taskpane)?\.xml|functions(-zh-cn)?\.json|help\.html)$/;

/** Dev URLs → production URLs; a bare origin (AppDomain) becomes the production origin. */
function rewriteOrigin(text, base) {
  return text.split(DEV_ORIGIN).join(base).split(DEV_ORIGIN.slice(0, -1)).join(new URL(base).origin);
}

/**
 * The dev certificates of office-addin-dev-certs. Installing its CA needs administrator rights;
 * where that fails (no sudo), serve with the generated certificates anyway and say what to do.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
    if (!files.every((file) => fs.existsSync(file))) throw error;
    console.warn(
      `[perfeval] ${error.message}\n[perfeval] Serving with the generated certificates; Office trusts them only after ` +
        "`npx office-addin-dev-certs install` succeeds with administrator rights.",
    );
    const [ca, cert, key] = files.map((file) => fs.readFileSync(file));
    return { ca, cert, key };
  }
}

module.exports = async (env, argv) => {
  const mode = argv.mode ?? "production";
  const production = mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const localOffice = process.env.PERFEVAL_LOCAL_OFFICE === "1";
  const origin = production && process.env.PERFEVAL_ORIGIN ? withTrailingSlash(process.env.PERFEVAL_ORIGIN) : DEV_ORIGIN;

  const cdn = process.env.PERFEVAL_OFFICE_CDN === "21vianet" ? OFFICE_JS_CDN_21VIANET : OFFICE_JS_CDN;
  const officeJs = localOffice ? OFFICE_JS_LOCAL : cdn;
  // Nothing leaves this origin: browser-only builds allow only the page's own origin; builds for
  // Excel also allow the Office.js CDNs (Microsoft's and the China mirror), which Office needs.
  // office.js would otherwise open a telemetry frame to Microsoft (frame-src 'none' blocks it;
  // src/taskpane/office-host.ts also switches it off outside Office).
  const officeCdns = localOffice ? "" : ` ${OFFICE_CDN_ORIGINS.join(" ")}`;
  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${officeCdns}`, // 'unsafe-inline': the ES5 loader in taskpane.html
    "style-src 'self' 'unsafe-inline'", // Griffel (Fluent UI) inserts its rules at run time
    "img-src 'self' data: blob:",
    `connect-src 'self' blob: data:${officeCdns}`,
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
  const page = (filename, chunks, title) =>
    new HtmlWebpackPlugin({
      filename,
      template: "./src/taskpane/taskpane.html",
      chunks,
      // The page's own loader adds the scripts (after deciding whether Office.js is needed).
      inject: false,
      // Entry files keep fixed names (the manifest names functions.js); ?hash busts caches.
      hash: true,
      chunksSortMode: "manual",
      templateParameters: { officeJs, title, contentSecurityPolicy, excelRequirement: versions.requirement },
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    });

  /** @type {import("webpack").Configuration} */
  const config = {
    mode,
    target: ["web", "es2022"],
    devtool: production ? false : "source-map",
    // Rebuilds (tests, dev server restarts) reuse unchanged modules and minified chunks.
    cache: {
      type: "filesystem",
      buildDependencies: { config: [__filename, require.resolve("./webpack/functions-zh-cn-plugin"), require.resolve("./src/gateways/excel/versions.json")] },
    },
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      // PERFEVAL_DIST: another folder (the browser tests build there, so `npm test` never
      // replaces a dist/ built for deployment).
      path: path.resolve(__dirname, process.env.PERFEVAL_DIST || "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // webpack picks ExcelJS's browser build (package.json "browser": dist/exceljs.min.js);
      // say so explicitly so a change of resolver settings cannot pull in the Node build.
      alias: {
        exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js"),
      },
    },
    module: {
      // The minified ExcelJS bundle is already self-contained: do not parse it again.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.web.json" } },
        },
      ],
    },
    plugins: [
      // The xlsx gateway's atomic file writer imports node:fs and node:path; the browser never
      // calls it (it downloads a Blob instead), so those imports resolve to throwing stubs.
      new webpack.NormalModuleReplacementPlugin(/^node:(fs\/promises|path)$/, path.resolve(__dirname, "webpack/node-builtins-stub.mjs")),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsZhCnPlugin(),
      page("taskpane.html", ["functions", "taskpane"], "绩效自评助手"),
      page("functions.html", ["functions"], "绩效自评助手 · 自定义函数"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/.*"] } },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "manifest-taskpane.xml", to: "manifest-taskpane.xml" },
          ...(localOffice
            ? [
                // Copied as Microsoft ships them: never minified again.
                { from: path.join(OFFICE_JS_DIST, "office.js"), to: "office/office.js", info: { minimized: true } },
                {
                  from: path.join(OFFICE_JS_DIST, "o15apptofilemappingtable.js"),
                  to: "office/o15apptofilemappingtable.js",
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
      {
        // Production URLs in the manifest and the function metadata (after every plugin that
        // emits them: CopyWebpackPlugin, CustomFunctionsMetadataPlugin, FunctionsZhCnPlugin).
        apply(compiler) {
          if (origin === DEV_ORIGIN) return;
          compiler.hooks.thisCompilation.tap("PerfEvalOrigin", (compilation) => {
            const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE;
            compilation.hooks.processAssets.tap({ name: "PerfEvalOrigin", stage }, (assets) => {
              for (const name of Object.keys(assets).filter((n) => ORIGIN_ASSETS.test(n))) {
                const text = rewriteOrigin(assets[name].source().toString(), origin);
                compilation.updateAsset(name, new webpack.sources.RawSource(text));
              }
            });
          });
        },
      },
      {
        // Marks the ExcelJS chunk as minified, so webpack's minimizer skips it.
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("AlreadyMinified", (compilation) => {
            const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1;
            compilation.hooks.processAssets.tap({ name: "AlreadyMinified", stage }, (assets) => {
              for (const name of Object.keys(assets)) {
                if (/^exceljs\.[0-9a-f]+\.js$/.test(name)) compilation.updateAsset(name, assets[name], { minimized: true });
              }
            });
          });
        },
      },
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("PerfEvalOriginWarning", (compilation) => {
            if (production && !process.env.PERFEVAL_ORIGIN && !localOffice) {
              compilation.warnings.push(
                new webpack.WebpackError("PERFEVAL_ORIGIN is not set: dist/manifest.xml still points at https://localhost:3000/."),
              );
            }
          });
        },
      },
    ],
    optimization: {
      chunkIds: production ? "deterministic" : "named",
      // One compress pass instead of webpack's two: about 10 s faster on 2 cores, same size ±1%.
      minimizeOptions: { javascript: { compress: { passes: 1 } } },
      splitChunks: {
        cacheGroups: {
          // ExcelJS's browser build is already minified (1 MB): its own lazy chunk, which the
          // AlreadyMinified plugin keeps from being minified again (that doubled the build time).
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", enforce: true },
          // The Word library, fetched only for 下载 Word 报告.
          docx: { test: /[\\/]node_modules[\\/](docx|jszip|xml-js|nanoid|hash\.js)[\\/]/, name: "docx", chunks: "async", enforce: true },
          // The engine as the Excel and file sessions share it (what functions.js already has is
          // not repeated).
          engine: { test: /[\\/]src[\\/]core[\\/]/, name: "engine", chunks: "async", minSize: 0 },
          // Gateway code both sessions use (reading a workbook file for the plain-formula copy).
          gatewayShared: { test: /[\\/]src[\\/]gateways[\\/]/, name: "gateway-shared", chunks: "async", minChunks: 2, minSize: 0 },
        },
      },
    },
    performance: { hints: false }, // sizes are checked gzipped by scripts/bundle-sizes.js
  };

  if (serving) {
    config.devServer = {
      port: 3000,
      server: { type: "https", options: await httpsOptions() },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      historyApiFallback: false,
    };
  }
  return config;
};
