#!/bin/sh
# Installs the PerfEval WPS add-in for the current user on Linux (麒麟, 统信 UOS), without a
# server (jsplugins.xml mode, docs/wps.md): run it as that user from dist-wps/offline/.
#
#   1. copies jsaddons/perfeval_<version>/ into ~/.local/share/Kingsoft/wps/jsaddons/;
#   2. adds this add-in's <jsplugin …/> line to the jsplugins.xml there, keeping every other
#      add-in's line (an older perfeval line is replaced); creates the file if there is none;
#   3. sets JsApiPlugin=true in WPS's oem.ini (inside an existing [Support] section, or a new
#      one), with sudo when the file is not writable, after a copy to oem.ini.perfeval.bak;
#   4. restarts WPS's quick-start process (quickstartoffice restart), as Kingsoft's wpsjs does.
#
# Where WPS is: /opt/kingsoft/wps-office/office6/ or, on UOS and other app-store installs,
# /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/ (the two paths wpsjs 2.2.3
# tries, src/lib/debug_xmlplugin.js). Overrides, for tests and unusual installs:
#   PERFEVAL_JSADDONS   the jsaddons folder      PERFEVAL_OEM_INI   the oem.ini file
set -eu

here=$(cd "$(dirname "$0")" && pwd)
addin=$(ls -d "$here"/jsaddons/perfeval_* 2>/dev/null | head -n 1)
entry=$(grep 'name="perfeval"' "$here/jsaddons/jsplugins.xml" || true)
if [ -z "$addin" ] || [ -z "$entry" ]; then
  echo "未找到 jsaddons/perfeval_<版本>/ 或 jsaddons/jsplugins.xml：请在 dist-wps/offline/ 中运行本脚本。" >&2
  exit 1
fi

jsaddons=${PERFEVAL_JSADDONS:-$HOME/.local/share/Kingsoft/wps/jsaddons}
mkdir -p "$jsaddons"
rm -rf "$jsaddons/$(basename "$addin")"
cp -R "$addin" "$jsaddons/"
echo "已复制 $(basename "$addin") 到 $jsaddons"

list="$jsaddons/jsplugins.xml"
if [ -f "$list" ]; then
  cp "$list" "$list.perfeval.bak"
fi
if [ -f "$list" ] && grep -q '</jsplugins>' "$list"; then
  # The whole file as one string (it may be on one line): other add-ins' entries stay, any
  # earlier perfeval entry goes, ours goes before </jsplugins>.
  awk -v e="$entry" '{ s = s $0 "\n" }
    END {
      gsub(/[ \t]*<jsplugin(online)?[^>]*name="perfeval"[^>]*\/>[ \t]*\n?/, "", s)
      i = index(s, "</jsplugins>")
      printf "%s%s\n%s", substr(s, 1, i - 1), e, substr(s, i)
    }' "$list.perfeval.bak" >"$list"
  echo "已在 $list 中加入本加载项（原文件备份为 jsplugins.xml.perfeval.bak）"
else
  cp "$here/jsaddons/jsplugins.xml" "$list"
  echo "已创建 $list"
fi

oem=${PERFEVAL_OEM_INI:-}
if [ -z "$oem" ]; then
  for dir in /opt/kingsoft/wps-office/office6 /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6; do
    if [ -f "$dir/cfgs/oem.ini" ]; then
      oem="$dir/cfgs/oem.ini"
      break
    fi
  done
fi
if [ -z "$oem" ] || [ ! -f "$oem" ]; then
  echo "未找到 WPS 的 oem.ini（office6/cfgs/oem.ini）：请按 docs/wps.md 手工加入 [Support] 段的 JsApiPlugin=true。" >&2
  exit 1
fi
sudo=""
[ -w "$oem" ] || sudo="sudo"
$sudo cp "$oem" "$oem.perfeval.bak"
if grep -q '^[[:space:]]*JsApiPlugin[[:space:]]*=' "$oem"; then
  $sudo sed -i 's/^[[:space:]]*JsApiPlugin[[:space:]]*=.*/JsApiPlugin=true/' "$oem"
elif grep -q '^[[:space:]]*\[[Ss]upport\]' "$oem"; then
  $sudo sed -i '/^[[:space:]]*\[[Ss]upport\]/a JsApiPlugin=true' "$oem"
else
  printf '\n[Support]\nJsApiPlugin=true\n' | $sudo tee -a "$oem" >/dev/null
fi
echo "已在 $oem 中设置 JsApiPlugin=true（原文件备份为 oem.ini.perfeval.bak）"

if command -v quickstartoffice >/dev/null 2>&1; then
  quickstartoffice restart >/dev/null 2>&1 || true
fi
echo "完成。请关闭所有 WPS 窗口后重新打开 WPS 表格，在“绩效自评”选项卡中使用。"
