import { FakeWorkbook } from "../../../test/fakes/fake-workbook";
import { HOSTS, type HostId } from "../../../test/fakes/hosts";
import { FakeOfficeHost } from "../../../test/fakes/office-fake";
import { capabilitiesOf } from "./capabilities";

test.each(Object.keys(HOSTS) as HostId[])("what %s offers the add-in, checked at run time", (id) => {
  const host = new FakeOfficeHost(new FakeWorkbook(), { host: id });
  const expected = {
    "m365-windows": { customFunctions: true, compressedFile: true, downloads: true },
    "m365-mac": { customFunctions: true, compressedFile: true, downloads: false },
    web: { customFunctions: true, compressedFile: false, downloads: true },
    "ltsc-2021": { customFunctions: false, compressedFile: true, downloads: true },
    "office-2019": { customFunctions: false, compressedFile: true, downloads: true },
    "office-2016": { customFunctions: false, compressedFile: true, downloads: true },
  }[id];
  expect(capabilitiesOf(host)).toEqual(expected);
});

test("opened by manifest-taskpane.xml, no custom functions are registered whatever the host has", () => {
  expect(capabilitiesOf(new FakeOfficeHost(new FakeWorkbook(), { taskpaneOnly: true })).customFunctions).toBe(false);
});

test("custom functions need CustomFunctionsRuntime 1.3 (the error codes), not just 1.1", () => {
  const host = new FakeOfficeHost(new FakeWorkbook());
  const older = Object.assign(Object.create(host) as FakeOfficeHost, {
    isSetSupported: (name: string, v?: string) => (name === "CustomFunctionsRuntime" ? v === "1.1" || v === "1.2" : host.isSetSupported(name, v)),
  });
  expect(capabilitiesOf(older).customFunctions).toBe(false);
});
