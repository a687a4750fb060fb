/** Opened by Office but started without Excel: the pane says why, naming the site to allow. */
import { strings } from "./i18n";
import { officeUnreachableNotice } from "./office-unreachable";

const t = strings("zh");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

test("Office.js blocked inside Office: one Chinese warning naming the CDN, the JX functions and the file mode", () => {
  const notice = officeUnreachableNotice({ inOffice: true, officeJs: CDN, officeJsState: "failed" }, t)!;
  expect(notice.intent).toBe("warning");
  expect(notice.title).toBe("无法加载 Office.js，不能操作当前工作簿");
  expect(notice.text).toContain("需要从 appsforoffice.microsoft.com 加载微软的 Office.js");
  expect(notice.text).toContain("请信息管理员放行 https://appsforoffice.microsoft.com 后重新打开 Excel。");
  expect(notice.text).toContain("JX 自定义函数也不可用");
  expect(notice.text).toContain("现在可以先在下面选择评价表文件（.xlsx），在窗格中处理后下载结果文件（浏览器模式）。");
});

test("the site is the one the build chose (the 21Vianet mirror); still awaited, it may yet switch to Excel", () => {
  const mirror = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
  const notice = officeUnreachableNotice({ inOffice: true, officeJs: mirror, officeJsState: "loading" }, t)!;
  expect(notice.text).toContain("https://appsforoffice.cdn.partner.office365.cn 后重新打开 Excel；若只是网络较慢，加载完成后任务窗格会自动切换回 Excel");
});

test("Office.js loaded but Excel silent: another reason, not the network", () => {
  expect(officeUnreachableNotice({ inOffice: true, officeJs: CDN, officeJsState: "loaded" }, t)).toMatchObject({ title: "Excel 没有响应" });
});

test("outside Office (a browser, WPS, the WPS package without Office.js): nothing to say", () => {
  expect(officeUnreachableNotice(undefined, t)).toBeUndefined();
  expect(officeUnreachableNotice({ inOffice: false, officeJs: CDN, officeJsState: "not-needed" }, t)).toBeUndefined();
  expect(officeUnreachableNotice({ inOffice: false, officeJs: "", officeJsState: "not-needed" }, t)).toBeUndefined();
});
