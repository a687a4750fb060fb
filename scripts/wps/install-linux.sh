#!/bin/sh
# Installs the PerfEval WPS add-in for the current user on Linux (麒麟, 统信 UOS), without a
# server (jsplugins.xml mode, docs/wps.md): run it as that user from dist-wps/offline/.
#
#   1. finds WPS's oem.ini; when its [Server] JSPluginsServer names another jsplugins.xml (an
#      OA server's), WPS replaces the local list from there at every start, so a line written
#      here would vanish: the script copies the add-in folder, prints the line that must go into
#      that server's jsplugins.xml, changes nothing else and exits 2;
#   2. copies jsaddons/perfeval_<version>/ into ~/.local/share/Kingsoft/wps/jsaddons/;
#   3. adds this add-in's <jsplugin …/> line to the jsplugins.xml there, keeping every other
#      add-in's line (an older perfeval line is replaced); creates the file if there is none;
#   4. removes a perfeval line from publish.xml there (publish mode): one add-in registered in
#      both modes makes the names clash (docs/wps.md);
#   5. sets JsApiPlugin=true in WPS's oem.ini (inside an existing [Support] section, or a new
#      one), with sudo when the file is not writable;
#   6. restarts WPS's quick-start process (quickstartoffice restart), as Kingsoft's wpsjs does.
#
# Every file it changes keeps its byte order mark and its line endings (CRLF or LF); ini section
# and key names match in any case ([support], jsapiplugin), as Windows' ini reader does. Before
# the first change to a file it copies it to <file>.perfeval.bak; an existing .perfeval.bak is
# never overwritten, so after upgrades and re-runs it is still the file as it was before PerfEval.
# Nothing is changed when oem.ini is missing or a jsplugins.xml cannot be read.
#
# Where WPS is: /opt/kingsoft/wps-office/office6/ or, on UOS and other app-store installs,
# /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/ (the two paths wpsjs 2.2.3
# tries, src/lib/debug_xmlplugin.js). Overrides, for tests and unusual installs:
#   PERFEVAL_JSADDONS   the jsaddons folder      PERFEVAL_OEM_INI   the oem.ini file
# Exit status: 0 installed; 1 nothing changed (a file missing or unreadable); 2 the add-in folder
# was copied but the line must be added on the JSPluginsServer.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
addin=$(ls -d "$here"/jsaddons/perfeval_* 2>/dev/null | head -n 1)
entry=$(grep 'name="perfeval"' "$here/jsaddons/jsplugins.xml" 2>/dev/null | sed 's/^[[:space:]]*//' || true)
if [ -z "$addin" ] || [ -z "$entry" ]; then
  echo "未找到 jsaddons/perfeval_<版本>/ 或 jsaddons/jsplugins.xml：请在 dist-wps/offline/ 中运行本脚本。" >&2
  exit 1
fi

jsaddons=${PERFEVAL_JSADDONS:-$HOME/.local/share/Kingsoft/wps/jsaddons}
list="$jsaddons/jsplugins.xml"
publish="$jsaddons/publish.xml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# "1" when the file's last byte is a line feed (awk cannot tell, and the file keeps it either way).
ends_with_newline() {
  if [ -s "$1" ] && [ -z "$(tail -c 1 "$1")" ]; then echo 1; else echo 0; fi
}

# An ini value: file, section, key (both lower case) → the first value, trimmed; sections and keys
# match in any case; a byte order mark and CR line ends are ignored.
ini_value() {
  LC_ALL=C awk -v section="$2" -v key="$3" '
    { line = $0; if (NR == 1) sub(/^\357\273\277/, "", line); sub(/\r$/, "", line) }
    line ~ /^[ \t]*\[/ { s = line; sub(/^[ \t]*\[[ \t]*/, "", s); sub(/[ \t]*\].*$/, "", s); current = tolower(s); next }
    current == section {
      i = index(line, "=")
      if (i == 0) next
      k = substr(line, 1, i - 1); gsub(/^[ \t]+|[ \t]+$/, "", k)
      if (tolower(k) != key) next
      v = substr(line, i + 1); gsub(/^[ \t]+|[ \t]+$/, "", v); gsub(/^"|"$/, "", v)
      print v; exit
    }' "$1"
}

# oem.ini with JsApiPlugin=true in its [Support] section (any case): an existing JsApiPlugin line
# there is set to true, else the line goes right under the first [Support] header, else a
# [Support] section is appended. Every other byte stays: the BOM, each line's CR.
oem_with_jsapi() {
  LC_ALL=C awk -v nl_end="$(ends_with_newline "$1")" '
    function clean(l, n) { if (n == 1) sub(/^\357\273\277/, "", l); sub(/\r$/, "", l); return l }
    function header(l) { if (l !~ /^[ \t]*\[/) return ""; sub(/^[ \t]*\[[ \t]*/, "", l); sub(/[ \t]*\].*$/, "", l); return tolower(l) }
    function is_key(l,  i, k) { i = index(l, "="); if (!i) return 0; k = substr(l, 1, i - 1); gsub(/^[ \t]+|[ \t]+$/, "", k); return tolower(k) == "jsapiplugin" }
    function is_true(l,  v) { v = substr(l, index(l, "=") + 1); gsub(/^[ \t]+|[ \t]+$/, "", v); return tolower(v) == "true" }
    NR == FNR {
      l = clean($0, FNR); h = header(l)
      if ($0 ~ /\r$/) eol = "\r\n"
      if (h != "") { current = h; if (h == "support") has_section = 1 }
      else if (current == "support" && is_key(l)) has_key = 1
      lines = FNR
      next
    }
    FNR == 1 { current = ""; if (eol == "") eol = "\n" }
    {
      l = clean($0, FNR); h = header(l)
      cr = ($0 ~ /\r$/)
      own = cr ? "\r\n" : ((FNR < lines || nl_end) ? "\n" : "")
      body = cr ? substr($0, 1, length($0) - 1) : $0
      if (h != "") current = h
      else if (current == "support" && is_key(l) && !is_true(l)) body = ((FNR == 1 && l != body) ? "\357\273\277" : "") "JsApiPlugin=true"
      printf "%s%s", body, own
      if (h == "support" && !has_key && !added) { printf "%sJsApiPlugin=true%s", (own == "" ? eol : ""), eol; added = 1 }
    }
    END {
      if (eol == "") eol = "\n"
      if (!has_section) printf "%s[Support]%sJsApiPlugin=true%s", (lines ? eol : ""), eol, eol
    }' "$1" "$1"
}

# A jsplugins.xml / publish.xml without any perfeval line; with $2 = the line to add, that line
# added before </jsplugins> (on its own line when </jsplugins> starts one, else inline). Exit 3
# when the file has no <jsplugins> element to add to. The file is read as one string, so lists
# written on one line, with a BOM or CRLF, keep their form.
list_with_entry() {
  LC_ALL=C awk -v entry="${2:-}" -v nl_end="$(ends_with_newline "$1")" -v q="'" '
    { s = s $0 "\n" }
    END {
      if (!nl_end) s = substr(s, 1, length(s) - 1)
      eol = index(s, "\r\n") ? "\r\n" : "\n"
      e = "<jsplugin(online)?[ \t\r\n][^>]*name=[\"" q "]perfeval[\"" q "][^>]*>([ \t\r\n]*</jsplugin(online)?>)?"
      gsub("\r?\n[ \t]*" e "[ \t]*", "", s)
      gsub("[ \t]*" e, "", s)
      if (entry == "") { printf "%s", s; exit }
      i = index(s, "</jsplugins>")
      if (i == 0) {
        if (!match(s, /<jsplugins[ \t]*\/>/)) exit 3
        printf "%s<jsplugins>%s  %s%s</jsplugins>%s", substr(s, 1, RSTART - 1), eol, entry, eol, substr(s, RSTART + RLENGTH)
        exit
      }
      j = i - 1
      while (j > 0 && substr(s, j, 1) ~ /[ \t]/) j--
      if (j > 0 && substr(s, j, 1) == "\n") printf "%s  %s%s%s", substr(s, 1, j), entry, eol, substr(s, j + 1)
      else printf "%s%s%s", substr(s, 1, i - 1), entry, substr(s, i)
    }' "$1"
}

# Copies $1 to $1.perfeval.bak unless that backup exists (it keeps the first original).
backup() {
  [ -e "$1.perfeval.bak" ] || ${2:-} cp -p "$1" "$1.perfeval.bak"
}

copy_addin() {
  mkdir -p "$jsaddons"
  rm -rf "$jsaddons/$(basename "$addin")"
  cp -R "$addin" "$jsaddons/"
  echo "已复制 $(basename "$addin") 到 $jsaddons"
}

# 1. oem.ini, and where WPS takes jsplugins.xml from.
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
  echo "未找到 WPS 的 oem.ini（office6/cfgs/oem.ini）：没有做任何修改。请按 docs/wps.md 手工加入 [Support] 段的 JsApiPlugin=true。" >&2
  exit 1
fi
server=$(ini_value "$oem" server jspluginsserver)
case "$server" in
  "" | "$list" | "file://$list") ;;
  *)
    copy_addin
    cat >&2 <<EOF
未完成：$oem 中已配置 JSPluginsServer=$server。
WPS 每次启动都会用该处的 jsplugins.xml 替换本机的 $list，只登记在本机的加载项会消失，
因此本脚本没有修改本机的 jsplugins.xml 和 oem.ini（只复制了加载项目录）。
请由该服务器的管理员把下面一行加到那份 jsplugins.xml 的 <jsplugins> 与 </jsplugins> 之间（不要改 JSPluginsServer）：

  $entry

这一行指向每个用户 jsaddons 目录中的 $(basename "$addin")：要用本加载项的每个用户各运行一次本脚本复制该目录。
或者把 dist-wps/perfeval/ 放到内网服务器上，加入 dist-wps/jsplugins.xml 中的 <jspluginonline …/> 一行（见 docs/wps.md“部署方式二 A”）。
加好后重新打开 WPS 表格。
EOF
    exit 2
    ;;
esac

# 2–3. The add-in folder and its line in jsplugins.xml (checked before anything is copied).
if [ -s "$list" ] && grep -q '[^[:space:]]' "$list"; then
  if ! list_with_entry "$list" "$entry" >"$work/jsplugins.xml"; then
    echo "无法读取 $list（找不到 <jsplugins> 元素）：没有做任何修改。请按 docs/wps.md 手工加入 perfeval 一行。" >&2
    exit 1
  fi
else
  cp "$here/jsaddons/jsplugins.xml" "$work/jsplugins.xml"
fi
copy_addin
if [ ! -f "$list" ]; then
  cp "$work/jsplugins.xml" "$list"
  echo "已创建 $list"
elif cmp -s "$work/jsplugins.xml" "$list"; then
  echo "$list 中已登记本加载项，未修改"
else
  backup "$list"
  cat "$work/jsplugins.xml" >"$list"
  echo "已在 $list 中登记本加载项（修改前的原文件：jsplugins.xml.perfeval.bak）"
fi

# 4. The same add-in registered in publish mode too.
if [ -f "$publish" ] && grep -q "name=[\"']perfeval[\"']" "$publish"; then
  list_with_entry "$publish" >"$work/publish.xml"
  backup "$publish"
  cat "$work/publish.xml" >"$publish"
  echo "已从 $publish 中删除 perfeval 的 publish 模式登记：同一加载项同时用两种方式登记时名称冲突、无法加载（修改前的原文件：publish.xml.perfeval.bak）"
fi

# 5. JsApiPlugin=true in oem.ini.
oem_with_jsapi "$oem" >"$work/oem.ini"
if cmp -s "$work/oem.ini" "$oem"; then
  echo "$oem 中已有 JsApiPlugin=true，未修改"
else
  sudo=""
  if [ ! -w "$oem" ] || { [ ! -e "$oem.perfeval.bak" ] && [ ! -w "$(dirname "$oem")" ]; }; then sudo="sudo"; fi
  backup "$oem" "$sudo"
  # cp onto the existing file keeps its owner and mode.
  $sudo cp "$work/oem.ini" "$oem"
  echo "已在 $oem 中设置 JsApiPlugin=true（修改前的原文件：oem.ini.perfeval.bak）"
fi

if command -v quickstartoffice >/dev/null 2>&1; then
  quickstartoffice restart >/dev/null 2>&1 || true
fi
echo "完成。请关闭所有 WPS 窗口后重新打开 WPS 表格，在“绩效自评”选项卡中使用。"
