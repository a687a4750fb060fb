/**
 * The WPS ribbon's buttons open one task pane and leave their action for it, through the ET
 * fake's PluginStorage, which gives back text as WPS declares (test/fakes/et-fake.ts).
 */
import { ACTION_KEY, PANE_KEY, showPane } from "../src/taskpane/wps-ribbon";
import { EtFake } from "./fakes/et-fake";
import { FakeWorkbook } from "./fakes/fake-workbook";

const BASE = "file:///home/u/.local/share/Kingsoft/wps/jsaddons/perfeval_0.1.0/";

function wps() {
  const wb = new FakeWorkbook();
  wb.addSheet("Sheet1");
  return new EtFake(wb);
}

describe("showPane", () => {
  it("makes the pane once and shows the same pane on every later click (the stored id comes back as text)", () => {
    const fake = wps();
    const first = showPane(fake.application, "", BASE);
    expect(fake.pluginStorage.get(PANE_KEY)).toBe(String(first.ID));
    first.Visible = false; // the user closed it
    const second = showPane(fake.application, "read", BASE);
    const third = showPane(fake.application, "markDeductions", BASE);
    expect(fake.taskPanes).toHaveLength(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(first.Visible).toBe(true);
    expect(fake.taskPanes[0].url).toBe(`${BASE}taskpane.html`);
    expect(fake.application.PluginStorage.getItem(ACTION_KEY)).toBe("markDeductions");
  });

  it("makes a new pane when the stored one is gone (closed with its document)", () => {
    const fake = wps();
    fake.pluginStorage.set(PANE_KEY, "7"); // no pane 7 in this WPS
    const pane = showPane(fake.application, "", BASE);
    expect(fake.taskPanes).toEqual([pane]);
    expect(fake.pluginStorage.get(PANE_KEY)).toBe(String(pane.ID));
    expect(showPane(fake.application, "", BASE)).toBe(pane);
  });

  it("a button with no action leaves the last requested action alone", () => {
    const fake = wps();
    showPane(fake.application, "writeSummary", BASE);
    showPane(fake.application, "", BASE);
    expect(fake.application.PluginStorage.getItem(ACTION_KEY)).toBe("writeSummary");
  });
});
