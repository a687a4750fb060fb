/**
 * Lays out the WPS add-in built by webpack.wps.config.js (dist-wps/perfeval/) for the ways an
 * IT department deploys WPS add-ins (docs/wps.md, copied beside them as README.md):
 *
 *   dist-wps/perfeval/                 the add-in: index.html, main.js, ribbon.xml, manifest.xml,
 *                                      functions.json, taskpane.html and its scripts, assets/
 *   dist-wps/publish.html              publish mode: served beside perfeval/ on an intranet web
 *                                      server, it installs the add-in through the local WPS service
 *   dist-wps/jsplugins.xml             jsplugins.xml mode, add-in served over http (PERFEVAL_WPS_URL)
 *   dist-wps/offline/jsaddons/         jsplugins.xml mode on a machine with no server: what goes
 *     perfeval_<version>/              into the user's jsaddons folder (jsplugins.xml to be merged
 *     jsplugins.xml                    with one already there, never copied over it)
 *   dist-wps/offline/install-linux.sh  does that on Linux, and sets JsApiPlugin=true in oem.ini
 *   dist-wps/offline/publish.xml       the same add-in for publish.xml mode instead (never both)
 *   dist-wps/offline/oem.ini.linux.txt / oem.ini.windows.txt   the oem.ini lines (LF / CRLF)
 *   dist-wps/README.md                 docs/wps.md, after a warning when the URL is a placeholder
 *
 * Formats: WPS's manifest.xml and functions.json (WPS open platform, 加载项自定义函数), the
 * jsplugins.xml / publish.xml entries Kingsoft's wpsjs 2.2.3 writes (jspluginonline for an add-in
 * served over http; jsplugin with url "<name>_<version>" for one unpacked in jsaddons, as its
 * offline installer writes into publish.xml, src/lib/build.js).
 *
 * Usage: node scripts/package-wps.js [distDir]   (after `npm run build:cli` and webpack)
 * Env:   PERFEVAL_WPS_URL  where the perfeval/ folder is served, for dist-wps/jsplugins.xml; when
 *        unset a placeholder is written and the build says so (console, jsplugins.xml, README.md)
 */
const fs = require("fs");
const path = require("path");

const NAME = "perfeval";

function xmlEscape(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function manifestXml(version) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- WPS add-in manifest: the custom functions' metadata (functions.json) and their namespace. -->
<JsPlugin>
  <ApiVersion>1.0.0</ApiVersion>
  <Name>${NAME}</Name>
  <Description>${xmlEscape(`绩效自评助手 ${version}：部门整体支出绩效自评的评分、检查与汇总；JX 函数计算各项比率。`)}</Description>
  <Functions>
    <Uri>/functions.json</Uri>
    <Namespace>JX</Namespace>
  </Functions>
</JsPlugin>
`;
}

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name);
    const b = path.join(to, entry.name);
    if (entry.isDirectory()) copyDir(a, b);
    else fs.copyFileSync(a, b);
  }
}

/** The URL written when PERFEVAL_WPS_URL is not set: it reaches nothing. */
const PLACEHOLDER_URL = `http://intranet.example/${NAME}/`;

/** Lines to add to oem.ini (docs/wps.md), with the line ending of `platform`'s files. */
function oemIniLines(platform) {
  const where =
    platform === "windows"
      ? ["; 加入 WPS 安装目录下的 office6\\cfgs\\oem.ini，如 C:\\Program Files (x86)\\Kingsoft\\WPS Office\\<版本>\\office6\\cfgs\\oem.ini（需管理员权限）。"]
      : [
          "; 加入 /opt/kingsoft/wps-office/office6/cfgs/oem.ini，",
          "; 或（统信 UOS 等）/opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs/oem.ini（sudo）。",
          "; install-linux.sh 会自动完成这一步。",
        ];
  return [
    ...where,
    "; 已有 [Support] 段时，只把 JsApiPlugin=true 加在该段内，不要重复段名；详见 README.md（docs/wps.md）。",
    "[Support]",
    "JsApiPlugin=true",
    "; 可选：jsplugins.xml 放在服务器上时，在 [Server] 段写它的地址；不写则使用用户 jsaddons 目录中的 jsplugins.xml。",
    "; [Server]",
    "; JSPluginsServer=http://服务器/路径/jsplugins.xml",
    "",
  ].join(platform === "windows" ? "\r\n" : "\n");
}

/**
 * Lays out dist/ (see the top of this file). `serverUrl`: where perfeval/ is served; undefined
 * or "" writes PLACEHOLDER_URL and returns a warning. Returns the folders made and the warnings
 * (Chinese, for the person building).
 */
function packageWps(dist, version, functionsJson, serverUrl = process.env.PERFEVAL_WPS_URL) {
  const addin = path.join(dist, NAME);
  if (!fs.existsSync(path.join(addin, "taskpane.html"))) throw new Error(`${addin} has no taskpane.html: run webpack --config webpack.wps.config.js first`);
  const ribbon = path.join(addin, "ribbon.xml");
  if (fs.existsSync(ribbon) && !fs.readFileSync(ribbon, "utf8").startsWith("<customUI")) throw new Error(`${ribbon} must start with <customUI (Kingsoft's publish check)`);
  const warnings = [];
  if (!serverUrl) {
    warnings.push(
      `未设置 PERFEVAL_WPS_URL：dist-wps/jsplugins.xml 中的地址是占位的 ${PLACEHOLDER_URL}，用它部署不会加载任何东西。` +
        "加载项放在内网服务器上时，请用 PERFEVAL_WPS_URL=http://服务器/路径/perfeval/ 重新构建，或手工改 jsplugins.xml 的 url；单机离线安装（offline/）不受影响。",
    );
  }
  const url = serverUrl || PLACEHOLDER_URL;
  fs.writeFileSync(path.join(addin, "manifest.xml"), manifestXml(version));
  fs.writeFileSync(path.join(addin, "functions.json"), JSON.stringify(functionsJson, null, 2));
  const publish = fs.readFileSync(path.join(__dirname, "wps", "publish.html"), "utf8").split("{{NAME}}").join(NAME).split("{{VERSION}}").join(version);
  fs.writeFileSync(path.join(dist, "publish.html"), publish);
  const placeholderNote = serverUrl ? "" : `  <!-- 注意：url 是占位地址，不能使用。请改为 perfeval/ 在内网服务器上的地址（以 / 结尾），或设置 PERFEVAL_WPS_URL 后重新构建。 -->\n`;
  fs.writeFileSync(
    path.join(dist, "jsplugins.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${placeholderNote}  <jspluginonline name="${NAME}" type="et" url="${xmlEscape(url)}" enable="true"/>\n</jsplugins>\n`,
  );
  const offline = path.join(dist, "offline");
  fs.rmSync(offline, { recursive: true, force: true });
  const folder = `${NAME}_${version}`;
  copyDir(addin, path.join(offline, "jsaddons", folder));
  const entry = `  <jsplugin name="${NAME}" type="et" url="${folder}" version="${version}" enable="true"/>\n`;
  fs.writeFileSync(path.join(offline, "jsaddons", "jsplugins.xml"), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${entry}</jsplugins>\n`);
  fs.writeFileSync(path.join(offline, "publish.xml"), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${entry}</jsplugins>\n`);
  fs.copyFileSync(path.join(__dirname, "wps", "install-linux.sh"), path.join(offline, "install-linux.sh"));
  fs.chmodSync(path.join(offline, "install-linux.sh"), 0o755);
  fs.writeFileSync(path.join(offline, "oem.ini.linux.txt"), oemIniLines("linux"));
  fs.writeFileSync(path.join(offline, "oem.ini.windows.txt"), oemIniLines("windows"));
  const guide = fs.readFileSync(path.join(__dirname, "..", "docs", "wps.md"), "utf8");
  const header = warnings.map((w) => `> **注意（构建时）**：${w}\n\n`).join("");
  fs.writeFileSync(path.join(dist, "README.md"), `${header}${guide}`);
  return { addin, offline: path.join(offline, "jsaddons", folder), warnings };
}

/** The build's last lines (Chinese, like the rest of the build's output): where each deployment's files are. */
function summaryLines(dist, out) {
  return [
    `WPS 加载项（放在服务器上时用）：${out.addin}`,
    `publish 模式安装页：${path.join(dist, "publish.html")}`,
    `单机离线安装包：${path.join(dist, "offline")}（Linux 上运行其中的 install-linux.sh，卸载加 --uninstall）`,
    `部署说明：${path.join(dist, "README.md")}`,
  ];
}

module.exports = { packageWps, manifestXml, oemIniLines, summaryLines, NAME, PLACEHOLDER_URL };

if (require.main === module) {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist-wps"));
  const { version } = require("../package.json");
  const { wpsFunctionsJson } = require(path.join(__dirname, "..", "lib", "functions", "wps-metadata.js"));
  const out = packageWps(dist, version, wpsFunctionsJson());
  for (const warning of out.warnings) console.warn(`\n警告：${warning}\n`);
  console.log(summaryLines(dist, out).join("\n"));
}
