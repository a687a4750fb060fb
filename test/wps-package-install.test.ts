/**
 * install-linux.sh as an IT administrator meets it: an oem.ini this account cannot write and no
 * working sudo, other add-ins in publish mode, another plug-in server, a step failing mid-way,
 * and --uninstall. Each case runs the packaged script against a fake HOME (test/wps-package-layout
 * covers how it merges the files). "Cannot write oem.ini" is real, not pretended: run as root, the
 * script runs as the nobody account (uid 65534) beside a root-owned oem.ini; run as anyone else,
 * oem.ini and its folder are made read-only.
 */
import { spawnSync } from "child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageWps } = require("../scripts/package-wps.js");

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

let root: string, home: string, jsaddons: string, cfgs: string, oem: string, script: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "perfeval-wps-install-"));
  const dist = path.join(root, "dist");
  mkdirSync(path.join(dist, "perfeval"), { recursive: true });
  writeFileSync(path.join(dist, "perfeval", "taskpane.html"), "<!doctype html>");
  copyFileSync(path.join(__dirname, "..", "src", "taskpane", "ribbon.xml"), path.join(dist, "perfeval", "ribbon.xml"));
  packageWps(dist, "1.2.3", { functions: [] }, "http://x/");
  script = path.join(dist, "offline", "install-linux.sh");
  home = path.join(root, "home");
  jsaddons = path.join(home, ".local", "share", "Kingsoft", "wps", "jsaddons");
  mkdirSync(jsaddons, { recursive: true });
  cfgs = path.join(root, "cfgs");
  mkdirSync(cfgs);
  oem = path.join(cfgs, "oem.ini");
});
afterEach(() => {
  if (existsSync(cfgs)) chmodSync(cfgs, 0o755);
  rmSync(root, { recursive: true, force: true });
});

const read = (...parts: string[]) => readFileSync(path.join(...parts), "utf8");
const OTHER = '<jspluginonline name="OaAssist" type="wps" url="http://oa.example/OaAssist/"/>';
const LIST = `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${OTHER}\n</jsplugins>\n`;

/** Every file under the fake HOME and beside oem.ini, with its bytes: "nothing changed" is this, unchanged. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) {
        out[`${path.relative(root, f)}/`] = "";
        walk(f);
      } else out[path.relative(root, f)] = readFileSync(f, "base64");
    }
  };
  walk(home);
  walk(cfgs);
  return out;
}

/** A PATH holding every command of this one except sudo (made once: it is some thousand links). */
let noSudo: string | undefined;
afterAll(() => noSudo && rmSync(path.dirname(noSudo), { recursive: true, force: true }));
function pathWithoutSudo(): string {
  if (noSudo) return noSudo;
  const bin = path.join(mkdtempSync(path.join(tmpdir(), "perfeval-nosudo-")), "bin");
  mkdirSync(bin);
  chmodSync(path.dirname(bin), 0o755);
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (!dir || !existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (name === "sudo" || existsSync(path.join(bin, name))) continue;
      symlinkSync(path.join(dir, name), path.join(bin, name));
    }
  }
  return (noSudo = bin);
}

/** A PATH whose sudo is the given shell script, in front of this one. */
function pathWithSudo(body: string): string {
  const bin = path.join(root, "bin-sudo");
  mkdirSync(bin);
  writeFileSync(path.join(bin, "sudo"), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return `${bin}:${process.env.PATH}`;
}

/** oem.ini out of this account's reach (see the top of this file); the run then goes through lockedRun. */
function lockOem() {
  if (isRoot) {
    chmodSync(root, 0o755);
    spawnSync("chown", ["-R", `${NOBODY}:${NOBODY}`, home]);
  } else {
    chmodSync(oem, 0o444);
    chmodSync(cfgs, 0o555);
  }
}

function run(args: string[] = [], opts: { PATH?: string; locked?: boolean; env?: Record<string, string> } = {}) {
  return spawnSync("sh", [script, ...args], {
    encoding: "utf8",
    env: { PATH: opts.PATH ?? process.env.PATH, HOME: home, PERFEVAL_OEM_INI: oem, ...opts.env },
    ...(opts.locked && isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
}

describe("an oem.ini this account cannot write", () => {
  beforeEach(() => {
    writeFileSync(path.join(jsaddons, "jsplugins.xml"), LIST);
    writeFileSync(oem, "[Setup]\nLANG_ID=2052\n");
  });

  it("no sudo at all: says in Chinese what needs an administrator and how, exit 2, nothing changed", () => {
    lockOem();
    const before = snapshot();
    const result = run([], { PATH: pathWithoutSudo(), locked: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`需要管理员权限修改 ${oem}（设置 JsApiPlugin=true），但本机没有 sudo 命令。没有做任何修改。`);
    expect(result.stderr).toContain("请管理员给本账户");
    expect(result.stderr).toContain("在 [Support] 段中加入 JsApiPlugin=true（参照 oem.ini.linux.txt）");
    expect(result.stderr).not.toMatch(/not found|sudo:/);
    expect(snapshot()).toEqual(before);
  });

  it("a sudo that will not run (not in sudoers, UOS without 开发者模式), outside a terminal: exit 2, nothing changed", () => {
    lockOem();
    const before = snapshot();
    const result = run([], { PATH: pathWithSudo('echo "sudo: a password is required" >&2; exit 1'), locked: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`需要管理员权限修改 ${oem}（设置 JsApiPlugin=true），但sudo 需要密码，而本脚本不是在终端中运行的，无法询问密码。`);
    expect(result.stderr).toContain("统信 UOS 需先在“控制中心 → 通用 → 开发者模式”中开启");
    expect(snapshot()).toEqual(before);
  });

  it("in a terminal, sudo is asked for the password before any change; refused there: exit 2, nothing changed", () => {
    lockOem();
    const before = snapshot();
    const PATH = pathWithSudo('case "$1" in -n) exit 1 ;; -v) echo "nobody is not in the sudoers file." >&2; exit 1 ;; esac; exec "$@"');
    // script(1) (util-linux) gives the run a terminal, as an administrator's shell has.
    const result = spawnSync("script", ["-qec", `sh '${script}'`, "/dev/null"], {
      encoding: "utf8",
      env: { PATH, HOME: home, PERFEVAL_OEM_INI: oem },
      ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain(`需要管理员权限修改 ${oem}（设置 JsApiPlugin=true）：sudo 将询问本账户`);
    expect(result.stdout).toContain("但本账户不能使用 sudo（密码不对、不在 sudoers 中，或统信 UOS 未开启开发者模式）。没有做任何修改。");
    expect(snapshot()).toEqual(before);
  });

  it("needs no sudo once an administrator has set JsApiPlugin=true: installs, oem.ini untouched", () => {
    writeFileSync(oem, "[Support]\nJsApiPlugin=true\n");
    lockOem();
    const result = run([], { PATH: pathWithoutSudo(), locked: true });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(read(oem)).toBe("[Support]\nJsApiPlugin=true\n");
    expect(read(jsaddons, "jsplugins.xml")).toContain('url="perfeval_1.2.3"');
    expect(existsSync(path.join(jsaddons, "perfeval.install-state"))).toBe(false);
  });

  it("sudo passes the check but fails at the step itself: what the run had done is undone, exit 1", () => {
    lockOem();
    const before = snapshot();
    // `sudo -n true` succeeds; every other command runs without privilege, so writing oem.ini fails.
    const result = run([], { PATH: pathWithSudo('[ "$1" = -n ] && shift; exec "$@"'), locked: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("已把本次运行改过的文件恢复原样，没有留下一半的安装");
    expect(snapshot()).toEqual(before);
  });
});

it("a step failing after oem.ini was changed: oem.ini, publish.xml, the folder, backups and state file all go back", () => {
  writeFileSync(oem, "\ufeff[support]\r\nJsApiPlugin=false\r\n");
  writeFileSync(path.join(jsaddons, "publish.xml"), '<jsplugins>\n  <jsplugin name="perfeval" type="et" url="perfeval_1.0.0" version="1.0.0"/>\n</jsplugins>\n');
  // jsplugins.xml is a folder: the last step, registering the add-in, cannot write it.
  mkdirSync(path.join(jsaddons, "jsplugins.xml"));
  mkdirSync(path.join(jsaddons, "perfeval_1.2.3"));
  writeFileSync(path.join(jsaddons, "perfeval_1.2.3", "from-before.txt"), "an earlier copy");
  const before = snapshot();
  const result = run();
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("已把本次运行改过的文件恢复原样");
  expect(result.stdout).toBe("");
  expect(snapshot()).toEqual(before);
});

describe("other add-ins in publish mode (publish mode wants JsApiPlugin false or absent)", () => {
  const gongwen = '<jsplugin name="gongwen" type="wps" url="gongwen_2.0" version="2.0" enable="true"/>';
  beforeEach(() => {
    writeFileSync(path.join(jsaddons, "publish.xml"), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${gongwen}\n  <!-- <jspluginonline name="old" type="et" url="http://x/"/> -->\n</jsplugins>\n`);
    writeFileSync(oem, "[Support]\nJsApiShowWebDebugger=true\n");
  });

  it("refuses to set JsApiPlugin for the whole machine: names them, gives both ways, exit 2, nothing changed", () => {
    const before = snapshot();
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("已用 publish 模式登记了其他加载项（gongwen）");
    expect(result.stderr).not.toContain("old");
    expect(result.stderr).toContain("“publish.xml 代替 jsplugins.xml”");
    expect(result.stderr).toContain("sh install-linux.sh --force-jsplugins");
    expect(snapshot()).toEqual(before);
  });

  it("--force-jsplugins: the administrator has confirmed; installs and leaves the other add-in in publish.xml", () => {
    const result = run(["--force-jsplugins"]);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(read(oem)).toBe("[Support]\nJsApiPlugin=true\nJsApiShowWebDebugger=true\n");
    expect(read(jsaddons, "publish.xml")).toContain(gongwen);
  });

  it("JsApiPlugin already true: the script changes nothing machine-wide, so it goes on", () => {
    writeFileSync(oem, "[Support]\nJsApiPlugin=true\n");
    expect(run().status).toBe(0);
  });
});

describe("another JSPluginsServer: the refusal says what JsApiPlugin must be, with its value now", () => {
  it.each([
    ["[Support]\nJsApiPlugin=false\n", "而它现在是 false"],
    ["[Setup]\nLANG_ID=2052\n", "而它现在是 （未设置）"],
  ])("%j", (text, now) => {
    writeFileSync(oem, `${text}[Server]\nJSPluginsServer=http://oa.example/wps/jsplugins.xml\n`);
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`jsplugins.xml 模式要求本机 ${oem} 的 [Support] 段中 JsApiPlugin=true，${now}：请管理员一并改为 JsApiPlugin=true`);
    expect(read(oem)).toBe(`${text}[Server]\nJSPluginsServer=http://oa.example/wps/jsplugins.xml\n`);
  });

  it("already true: says it needs no change", () => {
    writeFileSync(oem, "[Support]\nJsApiPlugin=TRUE\n[Server]\nJSPluginsServer=http://oa.example/wps/jsplugins.xml\n");
    expect(run().stderr).toContain(`本机 ${oem} 的 [Support] 段中已有 JsApiPlugin=true（jsplugins.xml 模式需要它），这一项不用改。`);
  });
});

describe("--uninstall", () => {
  it.each([
    ["a [Support] without JsApiPlugin", "[Setup]\nLANG_ID=2052\n[Support]\nJsApiShowWebDebugger=true\n"],
    ["JsApiPlugin = false, BOM and CRLF", "\ufeff[Setup]\r\nLANG_ID=2052\r\n[support]\r\nJsApiPlugin = false\r\n"],
    ["no [Support] section", "[Setup]\nLANG_ID=2052\n"],
    ["no [Support] section, no final line break", "[Setup]\r\nLANG_ID=2052"],
    ["an empty oem.ini", ""],
  ])("after an install and a re-run, gives back oem.ini and jsplugins.xml byte for byte (%s); keeps the backups", (_, original) => {
    writeFileSync(path.join(jsaddons, "jsplugins.xml"), LIST);
    writeFileSync(oem, original);
    for (let r = 0; r < 2; r++) expect(run().status).toBe(0);
    expect(read(oem)).toMatch(/JsApiPlugin=true/);
    expect(read(jsaddons, "perfeval.install-state")).toContain(`oem=${oem}`);
    const result = run(["--uninstall"]);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(result.stdout).toContain(`已把 ${oem} 中的 JsApiPlugin 恢复为安装前的样子`);
    expect(readFileSync(oem).equals(Buffer.from(original, "utf8"))).toBe(true);
    expect(read(jsaddons, "jsplugins.xml")).toBe(LIST);
    expect(readdirSync(jsaddons).sort()).toEqual(["jsplugins.xml", "jsplugins.xml.perfeval.bak"]);
    expect(read(cfgs, "oem.ini.perfeval.bak")).toBe(original);
  });

  it("JsApiPlugin changed by someone after the install stays as they left it; perfeval goes from publish.xml too", () => {
    writeFileSync(oem, "[Support]\nJsApiPlugin=false\n");
    expect(run().status).toBe(0);
    writeFileSync(oem, "[Support]\nJsApiPlugin=0\n");
    writeFileSync(path.join(jsaddons, "publish.xml"), '<jsplugins>\n  <jsplugin name="perfeval" type="et" url="perfeval_1.2.3" version="1.2.3"/>\n</jsplugins>\n');
    const result = run(["--uninstall"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("JsApiPlugin 安装后已被改过（现在不是 true），保持现状");
    expect(read(oem)).toBe("[Support]\nJsApiPlugin=0\n");
    expect(read(jsaddons, "publish.xml")).toBe("<jsplugins>\n</jsplugins>\n");
    expect(read(jsaddons, "jsplugins.xml")).not.toContain("perfeval");
  });

  it("JsApiPlugin the script did not set (already true, no state file) stays true", () => {
    writeFileSync(oem, "[Support]\nJsApiPlugin=true\n");
    expect(run().status).toBe(0);
    const result = run(["--uninstall"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("JsApiPlugin 不是本脚本设置的（没有安装记录），保持现状");
    expect(read(oem)).toBe("[Support]\nJsApiPlugin=true\n");
    expect(readdirSync(jsaddons).filter((f) => f.startsWith("perfeval"))).toEqual([]);
  });

  it("nothing installed: says so, exit 0, nothing changed", () => {
    writeFileSync(oem, "[Support]\nJsApiPlugin=true\n");
    writeFileSync(path.join(jsaddons, "jsplugins.xml"), LIST);
    const before = snapshot();
    const result = run(["--uninstall"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("中没有绩效自评加载项，没有做任何修改");
    expect(snapshot()).toEqual(before);
  });

  it("restoring JsApiPlugin needs sudo and there is none: exit 2, nothing changed (the add-in stays installed)", () => {
    writeFileSync(oem, "[Support]\nJsApiPlugin=false\n");
    expect(run().status).toBe(0);
    lockOem();
    const before = snapshot();
    const result = run(["--uninstall"], { PATH: pathWithoutSudo(), locked: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`需要管理员权限修改 ${oem}（恢复安装前的 JsApiPlugin），但本机没有 sudo 命令。没有做任何修改。`);
    expect(snapshot()).toEqual(before);
  });
});

describe("how it is run", () => {
  it("an unknown option: says so with the usage, exit 1, nothing changed", () => {
    writeFileSync(oem, "");
    const before = snapshot();
    const result = run(["--uninstal"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("不认识的选项 --uninstal");
    expect(result.stderr).toContain("sh install-linux.sh --uninstall");
    expect(snapshot()).toEqual(before);
  });

  (isRoot ? it : it.skip)("with sudo (root, SUDO_USER set): refuses, the add-in would go into root's folder", () => {
    writeFileSync(oem, "");
    const result = spawnSync("sh", [script], { encoding: "utf8", env: { PATH: process.env.PATH, HOME: home, SUDO_USER: "zhang", PERFEVAL_OEM_INI: oem } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("请不要用 sudo 运行本脚本");
    expect(existsSync(path.join(jsaddons, "perfeval_1.2.3"))).toBe(false);
  });
});
