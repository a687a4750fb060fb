/**
 * Lays out the WPS add-in built by webpack.wps.config.js (dist-wps/perfeval/) for both ways an
 * IT department deploys WPS add-ins (docs/wps.md):
 *
 *   dist-wps/perfeval/                 the add-in: index.html, main.js, ribbon.xml, manifest.xml,
 *                                      functions.json, taskpane.html and its scripts, assets/
 *   dist-wps/publish.html              publish mode: served beside perfeval/ on an intranet web
 *                                      server, it installs the add-in through the local WPS service
 *   dist-wps/jsplugins.xml             jsplugins.xml mode, add-in served over http (edit the URL)
 *   dist-wps/offline/jsaddons/         jsplugins.xml mode on a machine with no server: copy the
 *     perfeval_<version>/              contents into the user's jsaddons folder; oem.ini.txt
 *     jsplugins.xml  publish.xml       names the lines oem.ini needs
 *   dist-wps/offline/oem.ini.txt
 *
 * Formats: WPS's manifest.xml and functions.json (WPS open platform, 加载项自定义函数), the
 * jsplugins.xml / publish.xml entries Kingsoft's wpsjs 2.2.3 writes (jspluginonline for an add-in
 * served over http; jsplugin with url "<name>_<version>" for one unpacked in jsaddons).
 *
 * Usage: node scripts/package-wps.js [distDir]   (after `npm run build:cli` and webpack)
 * Env:   PERFEVAL_WPS_URL  where the perfeval/ folder is served, for dist-wps/jsplugins.xml
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

function packageWps(dist, version, functionsJson, serverUrl = process.env.PERFEVAL_WPS_URL || `http://intranet.example/${NAME}/`) {
  const addin = path.join(dist, NAME);
  if (!fs.existsSync(path.join(addin, "taskpane.html"))) throw new Error(`${addin} has no taskpane.html: run webpack --config webpack.wps.config.js first`);
  fs.writeFileSync(path.join(addin, "manifest.xml"), manifestXml(version));
  fs.writeFileSync(path.join(addin, "functions.json"), JSON.stringify(functionsJson, null, 2));
  const publish = fs.readFileSync(path.join(__dirname, "wps", "publish.html"), "utf8").split("{{NAME}}").join(NAME).split("{{VERSION}}").join(version);
  fs.writeFileSync(path.join(dist, "publish.html"), publish);
  fs.writeFileSync(
    path.join(dist, "jsplugins.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${NAME}" type="et" url="${xmlEscape(serverUrl)}" enable="true"/>\n</jsplugins>\n`,
  );
  const offline = path.join(dist, "offline");
  fs.rmSync(offline, { recursive: true, force: true });
  const folder = `${NAME}_${version}`;
  copyDir(addin, path.join(offline, "jsaddons", folder));
  const entry = `  <jsplugin name="${NAME}" type="et" url="${folder}" version="${version}" enable="true"/>\n`;
  fs.writeFileSync(path.join(offline, "jsaddons", "jsplugins.xml"), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${entry}</jsplugins>\n`);
  fs.writeFileSync(path.join(offline, "jsaddons", "publish.xml"), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${entry}</jsplugins>\n`);
  fs.writeFileSync(
    path.join(offline, "oem.ini.txt"),
    [
      "; 加入 WPS 安装目录下 office6/cfgs/oem.ini（Windows：C:\\Program Files (x86)\\Kingsoft\\WPS Office\\<版本>\\office6\\cfgs\\oem.ini；",
      "; 麒麟、统信 UOS：/opt/kingsoft/wps-office/office6/cfgs/oem.ini），详见 docs/wps.md。",
      "[Support]",
      "JsApiPlugin=true",
      "[Server]",
      "; 可选：jsplugins.xml 放在服务器上时写它的地址；不写则使用用户 jsaddons 目录中的 jsplugins.xml。",
      "; JSPluginsServer=http://intranet.example/jsplugins.xml",
      "",
    ].join("\r\n"),
  );
  return { addin, offline: path.join(offline, "jsaddons", folder) };
}

module.exports = { packageWps, manifestXml, NAME };

if (require.main === module) {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist-wps"));
  const { version } = require("../package.json");
  const { wpsFunctionsJson } = require(path.join(__dirname, "..", "lib", "functions", "wps-metadata.js"));
  const out = packageWps(dist, version, wpsFunctionsJson());
  console.log(`WPS add-in: ${out.addin}\nOffline (jsplugins.xml) folder: ${out.offline}\nPublish page: ${path.join(dist, "publish.html")}`);
}
