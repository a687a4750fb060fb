#!/bin/sh
# Installs the PerfEval WPS add-in for the current user on Linux (麒麟, 统信 UOS), without a
# server (jsplugins.xml mode, docs/wps.md), or with --uninstall removes it: run it as that user
# (not with sudo) from dist-wps/offline/. It calls sudo itself, only for WPS's oem.ini.
#
#   sh install-linux.sh [--force-jsplugins]     install or upgrade
#   sh install-linux.sh --uninstall             remove what an install added
#
# Install:
#   1. finds WPS's oem.ini; when its [Server] JSPluginsServer names another jsplugins.xml (an
#      OA server's), WPS replaces the local list from there at every start, so a line written
#      here would vanish: the script copies the add-in folder, prints the line that must go into
#      that server's jsplugins.xml and what JsApiPlugin must be, changes nothing else, exits 2;
#   2. refuses (exit 2) when oem.ini lacks JsApiPlugin=true and this user's publish.xml registers
#      other add-ins in publish mode, which wants JsApiPlugin false or absent (docs/wps.md), unless
#      run with --force-jsplugins;
#   3. checks, before changing anything, that it can write every file it will change (sudo for
#      oem.ini when it is not writable: a working sudo, asked for its password up front); when
#      one is out of reach it says which and what to do, and exits 2;
#   then, in this order, so that the line that makes WPS load the add-in comes last:
#   4. copies jsaddons/perfeval_<version>/ into ~/.local/share/Kingsoft/wps/jsaddons/;
#   5. sets JsApiPlugin=true in oem.ini (inside an existing [Support] section, or a new one), and
#      notes what it was in jsaddons/perfeval.install-state, for --uninstall;
#   6. removes a perfeval line from publish.xml there (one add-in registered in both modes makes
#      the names clash);
#   7. adds this add-in's <jsplugin …/> line to the jsplugins.xml there, keeping every other
#      add-in's line (an older perfeval line is replaced); creates the file if there is none;
#   8. restarts WPS's quick-start process (quickstartoffice restart), as Kingsoft's wpsjs does.
# When a step fails (or the run is interrupted) everything the run changed is put back as it was.
#
# Uninstall: removes the perfeval lines from jsplugins.xml and publish.xml, the perfeval_*
# folders and the state file; JsApiPlugin goes back to what it was only when the state file says
# this script set it and it is still true (a later change by anyone else stays).
#
# Every file it changes keeps its byte order mark and its line endings (CRLF or LF); ini section
# and key names match in any case ([support], jsapiplugin), as Windows' ini reader does. Before
# the first change to a file it copies it to <file>.perfeval.bak; an existing .perfeval.bak is
# never overwritten, so after upgrades and re-runs it is still the file as it was before PerfEval.
#
# Where WPS is: /opt/kingsoft/wps-office/office6/ or, on UOS and other app-store installs,
# /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/ (the two paths wpsjs 2.2.3
# tries, src/lib/debug_xmlplugin.js). Overrides, for tests and unusual installs:
#   PERFEVAL_JSADDONS   the jsaddons folder      PERFEVAL_OEM_INI   the oem.ini file
# Exit status: 0 done; 1 nothing changed (a file missing or unreadable, an unknown option, or a
# step failed and the run's changes were undone); 2 nothing changed, an administrator must act
# first (the message says what); with another JSPluginsServer the add-in folder is copied.
set -eu

usage() {
  echo "用法：sh install-linux.sh                     安装或升级（以使用 WPS 的用户身份运行，不要加 sudo）"
  echo "      sh install-linux.sh --force-jsplugins   本用户的 publish.xml 中有其他加载项时，确认后仍设置 JsApiPlugin=true"
  echo "      sh install-linux.sh --uninstall         卸载"
}
mode=install
force=0
for arg in "$@"; do
  case "$arg" in
    --uninstall) mode=uninstall ;;
    --force-jsplugins) force=1 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install-linux.sh：不认识的选项 $arg，没有做任何修改。" >&2; usage >&2; exit 1 ;;
  esac
done

if [ "$(id -u)" = 0 ] && [ -n "${SUDO_USER:-}" ] && [ -z "${PERFEVAL_JSADDONS:-}" ]; then
  echo "请不要用 sudo 运行本脚本：加载项装在使用 WPS 的那个用户的目录中。请以该用户身份运行 sh install-linux.sh，脚本需要管理员权限时会自己调用 sudo。没有做任何修改。" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
jsaddons=${PERFEVAL_JSADDONS:-$HOME/.local/share/Kingsoft/wps/jsaddons}
list="$jsaddons/jsplugins.xml"
publish="$jsaddons/publish.xml"
state="$jsaddons/perfeval.install-state"
work=$(mktemp -d)

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
  [ -e "$1.perfeval.bak" ] && return 0
  remember_file "$1.perfeval.bak" "${2:-}"
  ${2:-} cp -p "$1" "$1.perfeval.bak"
}


# JsApiPlugin in oem.ini as the install found it, for --uninstall: "section" (no [Support]
# section: the install appends one), "key" (a [Support] without JsApiPlugin: the line goes under
# its header), or "line" and, on a second line, the JsApiPlugin line as it was.
jsapi_before() {
  LC_ALL=C awk '
    function clean(l, n) { if (n == 1) sub(/^\357\273\277/, "", l); sub(/\r$/, "", l); return l }
    { l = clean($0, NR) }
    l ~ /^[ \t]*\[/ { s = l; sub(/^[ \t]*\[[ \t]*/, "", s); sub(/[ \t]*\].*$/, "", s); current = tolower(s); if (current == "support") found = 1; next }
    current == "support" && index(l, "=") {
      k = substr(l, 1, index(l, "=") - 1); gsub(/^[ \t]+|[ \t]+$/, "", k)
      if (tolower(k) == "jsapiplugin") { printf "line\n%s\n", l; done = 1; exit }
    }
    END { if (!done) print (found ? "key" : "section") }' "$1"
}

# oem.ini with the install's JsApiPlugin=true undone: $2 is jsapi_before's first line, $3 its
# second (read through the environment, so no backslash in it is taken for an escape). The first
# JsApiPlugin line in a [Support] section whose value is true is removed ("key", "section") or
# put back as it was ("line"); for "section", a [Support] left holding nothing at the end of the
# file goes too, with the line break the install put before it. Other bytes stay.
oem_without_jsapi() {
  PERFEVAL_WAS=$2 PERFEVAL_LINE=$3 LC_ALL=C awk -v nl_end="$(ends_with_newline "$1")" '
    function clean(l, n) { if (n == 1) sub(/^\357\273\277/, "", l); sub(/\r$/, "", l); return l }
    function header(l) { if (l !~ /^[ \t]*\[/) return ""; sub(/^[ \t]*\[[ \t]*/, "", l); sub(/[ \t]*\].*$/, "", l); return tolower(l) }
    function is_key(l,  i, k) { i = index(l, "="); if (!i) return 0; k = substr(l, 1, i - 1); gsub(/^[ \t]+|[ \t]+$/, "", k); return tolower(k) == "jsapiplugin" }
    function is_true(l,  v) { v = substr(l, index(l, "=") + 1); gsub(/^[ \t]+|[ \t]+$/, "", v); return tolower(v) == "true" }
    BEGIN { was = ENVIRON["PERFEVAL_WAS"]; original = ENVIRON["PERFEVAL_LINE"] }
    {
      l = clean($0, NR); h = header(l)
      if (h != "") { current = h; last_header = n + 1 }
      else if (!done && current == "support" && is_key(l) && is_true(l)) {
        done = 1; removed_in = last_header
        if (was != "line") next
        $0 = original ($0 ~ /\r$/ ? "\r" : "")
      }
      out[++n] = $0
    }
    END {
      if (was == "section" && done && removed_in == last_header && header(clean(out[last_header], last_header)) == "support") {
        empty = 1
        for (i = last_header + 1; i <= n; i++) if (clean(out[i], i) ~ /[^ \t]/) empty = 0
        if (empty) {
          n = last_header - 1
          # The install put a line break before its [Support]: a blank line, or the end of a last line that had none.
          if (n > 0 && clean(out[n], n) == "") n--
          else { nl_end = 0; sub(/\r$/, "", out[n]) }
        }
      }
      for (i = 1; i <= n; i++) printf "%s%s", out[i], (i < n || nl_end ? "\n" : "")
    }' "$1"
}

# Undo log: before each change the run notes how to put things back ($work/undo, one line each:
# number, kind, sudo or -, path); on failure or interruption finish() replays it newest first.
changes=0
remember_file() { # $1 file, $2 "sudo" or "": saves a copy of it (or notes that it did not exist)
  changes=$((changes + 1))
  if [ -e "$1" ]; then
    cp -p "$1" "$work/saved.$changes"
    printf '%s\tfile\t%s\t%s\n' "$changes" "${2:--}" "$1" >>"$work/undo"
  else
    printf '%s\tnew\t%s\t%s\n' "$changes" "${2:--}" "$1" >>"$work/undo"
  fi
}
remember_dir() { # $1 folder about to be replaced or created: an existing one is moved aside
  changes=$((changes + 1))
  if [ -e "$1" ]; then
    mv "$1" "$jsaddons/.perfeval-undo-$$-$changes"
    printf '%s\tdir\t-\t%s\n' "$changes" "$1" >>"$work/undo"
  else
    printf '%s\tnew\t-\t%s\n' "$changes" "$1" >>"$work/undo"
  fi
}
rollback() {
  set +e
  [ -s "$work/undo" ] || return 0
  LC_ALL=C awk '{ a[NR] = $0 } END { for (i = NR; i > 0; i--) print a[i] }' "$work/undo" >"$work/undo.reversed"
  while IFS="$(printf '\t')" read -r n kind how target; do
    [ "$how" = "-" ] && how=""
    case "$kind" in
      file) $how cp "$work/saved.$n" "$target" ;;
      new) $how rm -rf "$target" ;;
      dir) rm -rf "$target" && mv "$jsaddons/.perfeval-undo-$$-$n" "$target" ;;
    esac || { echo "未能恢复 $target（修改前的内容在 $work/saved.$n 或 $jsaddons/.perfeval-undo-$$-$n）。" >&2; keep_work=1; }
  done <"$work/undo.reversed"
}
committed=0
keep_work=0
finish() {
  status=$?
  if [ "$committed" = 0 ] && [ -s "$work/undo" ]; then
    rollback
    echo "未完成：安装或卸载中途出错或被中断，已把本次运行改过的文件恢复原样，没有留下一半的安装。请根据上面的提示处理后重新运行。" >&2
    [ "$status" = 0 ] && status=1
    [ "$status" -le 2 ] || status=1
  fi
  [ "$keep_work" = 1 ] || rm -rf "$work"
  exit "$status"
}
trap finish EXIT
trap 'exit 1' HUP INT TERM

# Messages of steps done are shown once the whole run has succeeded.
say() { printf '%s\n' "$*" >>"$work/said"; }
commit() {
  committed=1
  for aside in "$jsaddons"/.perfeval-undo-"$$"-*; do
    [ -e "$aside" ] || continue
    rm -rf "$aside" 2>/dev/null || echo "注意：未能删除旧的 $aside，可以手工删除。" >&2
  done
  [ -f "$work/said" ] && cat "$work/said"
  return 0
}

owner() { ls -ld "$1" | awk '{ print $3 }'; }

# Fails (exit 2, nothing changed) unless this account can write $1 (a file or folder to change,
# or one to create, then the nearest existing folder above it); $2 says why it must.
need_write() {
  target=$1
  while [ ! -e "$target" ]; do target=$(dirname "$target"); done
  if [ -w "$target" ]; then return 0; fi
  cat >&2 <<EOF
未完成：本账户（$(id -un)）不能写入 $target（属于 $(owner "$target")），而本次运行要$2。没有做任何修改。
这通常是以前用 sudo 或 root 运行过本脚本造成的。请管理员执行
  sudo chown -R $(id -un) "$target"
然后以本账户重新运行本脚本（不要加 sudo）。
EOF
  exit 2
}

# Sets sudo to "" when this account can change $1 (oem.ini) itself, else to "sudo" once sudo is known to work:
# a cached or password-less sudo, or (in a terminal) the password asked for now, before any
# change. Without it: exit 2, nothing changed, with what to do. $2 says what the change is.
root_for() {
  sudo=""
  if [ -w "$1" ] && { [ -e "$1.perfeval.bak" ] || [ -w "$(dirname "$1")" ]; }; then return 0; fi
  sudo=sudo
  if command -v sudo >/dev/null 2>&1; then
    if sudo -n true 2>/dev/null; then return 0; fi
    if [ -t 0 ] && [ -t 2 ]; then
      echo "需要管理员权限修改 $1（$2）：sudo 将询问本账户（$(id -un)）的密码。" >&2
      if sudo -v; then return 0; fi
      why="本账户不能使用 sudo（密码不对、不在 sudoers 中，或统信 UOS 未开启开发者模式）"
    else
      why="sudo 需要密码，而本脚本不是在终端中运行的，无法询问密码"
    fi
  else
    why="本机没有 sudo 命令"
  fi
  cat >&2 <<EOF
未完成：需要管理员权限修改 $1（$2），但$why。没有做任何修改。
请任选其一：
  1. 请管理员给本账户（$(id -un)）sudo 权限（统信 UOS 需先在“控制中心 → 通用 → 开发者模式”中开启），然后以本账户重新运行本脚本；
     本脚本须以使用 WPS 的用户身份运行，不要换别的账户，也不要用 sudo 运行它，否则加载项会装进别人的目录；
  2. 请管理员按 README.md（docs/wps.md）“部署方式二”自己修改 $1：$3
     改好后以本账户重新运行本脚本，那时它不再需要管理员权限。
EOF
  exit 2
}

# Names of add-ins other than perfeval registered in a publish.xml (comments skipped), joined by 、.
publish_others() {
  LC_ALL=C awk -v q="'" '
    { s = s $0 " " }
    END {
      while ((i = index(s, "<!--")) > 0) {
        j = index(substr(s, i + 4), "-->")
        s = j ? substr(s, 1, i - 1) substr(s, i + 4 + j + 2) : substr(s, 1, i - 1)
      }
      while (match(s, "<jsplugin(online)?[ \t][^>]*>")) {
        t = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH)
        if (match(t, "[ \t]name=[\"" q "][^\"" q "]*")) {
          name = substr(t, RSTART + 7, RLENGTH - 7)
          if (name != "perfeval") { printf "%s%s", (count++ ? "、" : ""), name }
        }
      }
    }' "$1"
}

# WPS's oem.ini: $PERFEVAL_OEM_INI, else the first of the two install paths that has one.
find_oem() {
  if [ -n "${PERFEVAL_OEM_INI:-}" ]; then echo "$PERFEVAL_OEM_INI"; return 0; fi
  for dir in /opt/kingsoft/wps-office/office6 /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6; do
    if [ -f "$dir/cfgs/oem.ini" ]; then echo "$dir/cfgs/oem.ini"; return 0; fi
  done
}

quickstart_restart() {
  if command -v quickstartoffice >/dev/null 2>&1; then
    quickstartoffice restart >/dev/null 2>&1 || true
  fi
}

# A folder about to be created with mkdir -p: the topmost one missing is noted for the undo.
remember_new_folders() {
  top=$1
  while [ ! -e "$(dirname "$top")" ]; do top=$(dirname "$top"); done
  [ -e "$top" ] && return 0
  changes=$((changes + 1))
  printf '%s\tnew\t-\t%s\n' "$changes" "$top" >>"$work/undo"
}

has_perfeval() { [ -f "$1" ] && grep -q "name=[\"']perfeval[\"']" "$1"; }

install() {
  addin=$(ls -d "$here"/jsaddons/perfeval_* 2>/dev/null | head -n 1)
  entry=$(grep 'name="perfeval"' "$here/jsaddons/jsplugins.xml" 2>/dev/null | sed 's/^[[:space:]]*//' || true)
  if [ -z "$addin" ] || [ -z "$entry" ]; then
    echo "未找到 jsaddons/perfeval_<版本>/ 或 jsaddons/jsplugins.xml：请在 dist-wps/offline/ 中运行本脚本。没有做任何修改。" >&2
    exit 1
  fi
  folder="$jsaddons/$(basename "$addin")"

  # 1. oem.ini, and where WPS takes jsplugins.xml from.
  oem=$(find_oem)
  if [ -z "$oem" ] || [ ! -f "$oem" ]; then
    echo "未找到 WPS 的 oem.ini（office6/cfgs/oem.ini）：没有做任何修改。请按 docs/wps.md 手工加入 [Support] 段的 JsApiPlugin=true。" >&2
    exit 1
  fi
  jsapi=$(ini_value "$oem" support jsapiplugin)
  server=$(ini_value "$oem" server jspluginsserver)
  case "$server" in
    "" | "$list" | "file://$list") ;;
    *)
      need_write "$jsaddons" "把加载项目录复制到 $jsaddons"
      remember_new_folders "$jsaddons"
      mkdir -p "$jsaddons"
      remember_dir "$folder"
      cp -R "$addin" "$jsaddons/"
      commit
      if [ "$(echo "$jsapi" | tr '[:upper:]' '[:lower:]')" = true ]; then
        jsapi_note="本机 $oem 的 [Support] 段中已有 JsApiPlugin=true（jsplugins.xml 模式需要它），这一项不用改。"
      else
        jsapi_note="另外，jsplugins.xml 模式要求本机 $oem 的 [Support] 段中 JsApiPlugin=true，而它现在是 ${jsapi:-（未设置）}：请管理员一并改为 JsApiPlugin=true（参照 oem.ini.linux.txt），否则 WPS 不读 jsplugins.xml。"
      fi
      cat >&2 <<EOF
未完成：$oem 中已配置 JSPluginsServer=$server。
WPS 每次启动都会用该处的 jsplugins.xml 替换本机的 $list，只登记在本机的加载项会消失，
因此本脚本没有修改本机的 jsplugins.xml 和 oem.ini（只复制了加载项目录 $folder）。
请由该服务器的管理员把下面一行加到那份 jsplugins.xml 的 <jsplugins> 与 </jsplugins> 之间（不要改 JSPluginsServer）：

  $entry

$jsapi_note
这一行指向每个用户 jsaddons 目录中的 $(basename "$addin")：要用本加载项的每个用户各运行一次本脚本复制该目录。
或者把 dist-wps/perfeval/ 放到内网服务器上，加入 dist-wps/jsplugins.xml 中的 <jspluginonline …/> 一行（见 docs/wps.md“部署方式二 A”）。
加好后重新打开 WPS 表格。
EOF
      exit 2
      ;;
  esac

  # What each file becomes, worked out before anything changes.
  if [ -s "$list" ] && grep -q '[^[:space:]]' "$list"; then
    if ! list_with_entry "$list" "$entry" >"$work/jsplugins.xml"; then
      echo "无法读取 $list（找不到 <jsplugins> 元素）：没有做任何修改。请按 docs/wps.md 手工加入 perfeval 一行。" >&2
      exit 1
    fi
  else
    cp "$here/jsaddons/jsplugins.xml" "$work/jsplugins.xml"
  fi
  list_change=1
  if [ -f "$list" ] && cmp -s "$work/jsplugins.xml" "$list"; then list_change=0; fi
  publish_change=0
  if has_perfeval "$publish"; then
    list_with_entry "$publish" >"$work/publish.xml"
    publish_change=1
  fi
  oem_with_jsapi "$oem" >"$work/oem.ini"
  oem_change=1
  if cmp -s "$work/oem.ini" "$oem"; then oem_change=0; fi

  # 2. Other add-ins in publish mode, which JsApiPlugin=true may break.
  if [ "$oem_change" = 1 ] && [ "$force" = 0 ] && [ -f "$publish" ]; then
    others=$(publish_others "$publish")
    if [ -n "$others" ]; then
      cat >&2 <<EOF
未完成：本用户的 $publish 中已用 publish 模式登记了其他加载项（$others）。
本脚本要在整台电脑的 $oem 中设置 JsApiPlugin=true（jsplugins.xml 模式，现在是 ${jsapi:-未设置}），
而 publish 模式要求 JsApiPlugin 为 false 或不写（见 README.md（docs/wps.md）“WPS 从哪里找到加载项”），这些加载项可能因此不能加载。
没有做任何修改。请任选其一：
  1. 绩效自评也用 publish 模式，不改 oem.ini：按 README.md（docs/wps.md）“publish.xml 代替 jsplugins.xml”，
     把 jsaddons/perfeval_<版本> 目录复制到 $jsaddons，把 publish.xml 中 perfeval 一行合并进 $publish；
  2. 向这些加载项的提供方确认它们在 JsApiPlugin=true 时仍可用后，运行 sh install-linux.sh --force-jsplugins。
EOF
      exit 2
    fi
  fi

  # 3. Every file the run changes is within reach (sudo asked for now, if needed).
  need_write "$jsaddons" "把加载项目录复制到 $jsaddons 并在其中登记"
  [ "$list_change" = 0 ] || need_write "$list" "在其中登记本加载项"
  [ "$publish_change" = 0 ] || need_write "$publish" "从中删除 perfeval 的 publish 模式登记"
  sudo=""
  [ "$oem_change" = 0 ] || root_for "$oem" "设置 JsApiPlugin=true" "在 [Support] 段中加入 JsApiPlugin=true（参照 oem.ini.linux.txt）。"

  # 4. The add-in folder.
  remember_new_folders "$jsaddons"
  mkdir -p "$jsaddons"
  remember_dir "$folder"
  cp -R "$addin" "$jsaddons/"
  say "已复制 $(basename "$addin") 到 $jsaddons"

  # 5. JsApiPlugin=true in oem.ini, and what it was, for --uninstall.
  if [ "$oem_change" = 0 ]; then
    say "$oem 中已有 JsApiPlugin=true，未修改"
  else
    if [ ! -f "$state" ]; then
      remember_file "$state"
      jsapi_before "$oem" >"$work/before"
      {
        echo "# 绩效自评助手 install-linux.sh 的安装记录：卸载（sh install-linux.sh --uninstall）据此只撤销本脚本所做的修改。请勿编辑。"
        echo "oem=$oem"
        echo "jsapiplugin_was=$(sed -n 1p "$work/before")"
        echo "jsapiplugin_line=$(sed -n 2p "$work/before")"
      } >"$state"
    fi
    backup "$oem" "$sudo"
    remember_file "$oem" "$sudo"
    # cp onto the existing file keeps its owner and mode.
    $sudo cp "$work/oem.ini" "$oem"
    say "已在 $oem 中设置 JsApiPlugin=true（修改前的原文件：oem.ini.perfeval.bak；卸载时恢复）"
  fi

  # 6. The same add-in registered in publish mode too.
  if [ "$publish_change" = 1 ]; then
    backup "$publish"
    remember_file "$publish"
    cat "$work/publish.xml" >"$publish"
    say "已从 $publish 中删除 perfeval 的 publish 模式登记：同一加载项同时用两种方式登记时名称冲突、无法加载（修改前的原文件：publish.xml.perfeval.bak）"
  fi

  # 7. Last, the line that makes WPS load the add-in.
  if [ ! -f "$list" ]; then
    remember_file "$list"
    cp "$work/jsplugins.xml" "$list"
    say "已创建 $list"
  elif [ "$list_change" = 0 ]; then
    say "$list 中已登记本加载项，未修改"
  else
    backup "$list"
    remember_file "$list"
    cat "$work/jsplugins.xml" >"$list"
    say "已在 $list 中登记本加载项（修改前的原文件：jsplugins.xml.perfeval.bak）"
  fi

  commit
  quickstart_restart
  echo "完成。请关闭所有 WPS 窗口后重新打开 WPS 表格，在“绩效自评”选项卡中使用。卸载：sh install-linux.sh --uninstall"
}

uninstall() {
  list_change=0
  if has_perfeval "$list"; then
    list_with_entry "$list" >"$work/jsplugins.xml"
    list_change=1
  fi
  publish_change=0
  if has_perfeval "$publish"; then
    list_with_entry "$publish" >"$work/publish.xml"
    publish_change=1
  fi
  folders=0
  for d in "$jsaddons"/perfeval_*; do
    if [ -d "$d" ]; then folders=$((folders + 1)); fi
  done
  oem_change=0
  oem_note=""
  if [ -f "$state" ]; then
    oem=$(sed -n 's/^oem=//p' "$state" | head -n 1)
    was=$(sed -n 's/^jsapiplugin_was=//p' "$state" | head -n 1)
    line=$(sed -n 's/^jsapiplugin_line=//p' "$state" | head -n 1)
    if [ -z "$oem" ] || [ ! -f "$oem" ]; then
      oem_note="未找到安装时修改过的 oem.ini（${oem:-记录中没有}），JsApiPlugin 没有恢复。"
    else
      oem_without_jsapi "$oem" "$was" "$line" >"$work/oem.ini"
      if cmp -s "$work/oem.ini" "$oem"; then
        oem_note="$oem 中的 JsApiPlugin 安装后已被改过（现在不是 true），保持现状。"
      else
        oem_change=1
      fi
    fi
  else
    oem=$(find_oem)
    [ -z "$oem" ] || oem_note="$oem 中的 JsApiPlugin 不是本脚本设置的（没有安装记录），保持现状。"
  fi
  if [ "$list_change" = 0 ] && [ "$publish_change" = 0 ] && [ "$folders" = 0 ] && [ ! -f "$state" ]; then
    echo "$jsaddons 中没有绩效自评加载项，没有做任何修改。"
    exit 0
  fi

  need_write "$jsaddons" "删除其中的 perfeval 目录"
  [ "$list_change" = 0 ] || need_write "$list" "从中删除 perfeval 一行"
  [ "$publish_change" = 0 ] || need_write "$publish" "从中删除 perfeval 一行"
  sudo=""
  [ "$oem_change" = 0 ] || root_for "$oem" "恢复安装前的 JsApiPlugin" "把 [Support] 段中的 JsApiPlugin=true 改回安装前的样子（安装前的原文件：oem.ini.perfeval.bak）。"

  # First the line that makes WPS load the add-in, then the rest.
  if [ "$list_change" = 1 ]; then
    remember_file "$list"
    cat "$work/jsplugins.xml" >"$list"
    say "已从 $list 中删除 perfeval 一行"
  fi
  if [ "$publish_change" = 1 ]; then
    remember_file "$publish"
    cat "$work/publish.xml" >"$publish"
    say "已从 $publish 中删除 perfeval 一行"
  fi
  if [ "$oem_change" = 1 ]; then
    remember_file "$oem" "$sudo"
    $sudo cp "$work/oem.ini" "$oem"
    say "已把 $oem 中的 JsApiPlugin 恢复为安装前的样子（本机其他用户若也装了本加载项，请他们重新运行 install-linux.sh）"
  fi
  [ -z "$oem_note" ] || say "$oem_note"
  for d in "$jsaddons"/perfeval_*; do
    [ -d "$d" ] || continue
    remember_dir "$d"
    say "已删除 $d"
  done
  if [ -f "$state" ]; then
    remember_file "$state"
    rm -f "$state"
  fi

  commit
  quickstart_restart
  echo "已卸载。.perfeval.bak 备份文件（安装前的原文件）保留未删。请关闭所有 WPS 窗口后重新打开 WPS。"
}

if [ "$mode" = uninstall ]; then uninstall; else install; fi
