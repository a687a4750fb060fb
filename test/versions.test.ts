/**
 * README, the loading screen and the pane say the same thing about which Excel runs the add-in:
 * one sentence (src/gateways/excel/versions.json) that the loading screen gets from the build,
 * the pane's messages import, and README quotes word for word.
 */
import { readFileSync } from "fs";
import * as path from "path";
import versions from "../src/gateways/excel/versions.json";

const ROOT = path.resolve(__dirname, "..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

test("README quotes the requirement and the no-custom-functions note word for word", () => {
  const readme = read("README.md");
  expect(readme).toContain(versions.requirement);
  expect(readme).toContain(versions.noCustomFunctions);
});

test("the loading screen shows the same requirement (the build passes it to taskpane.html)", () => {
  expect(read("src/taskpane/taskpane.html")).toContain("JSON.stringify(excelRequirement)");
  expect(read("webpack.config.js")).toMatch(/excelRequirement: versions\.requirement/);
  expect(read("webpack.config.js")).toContain('require("./src/gateways/excel/versions.json")');
});

test("the pane's messages use the same sentences", () => {
  expect(read("src/gateways/excel/run-action.ts")).toContain("versions.requirement");
  expect(read("src/taskpane/excel-session.ts")).toContain("versions.noCustomFunctions");
});

test("the two manifests are the ones README names, for the Excel it names", () => {
  const readme = read("README.md");
  for (const name of ["manifest.xml", "manifest-taskpane.xml"]) expect(readme).toContain(name);
  for (const excel of ["LTSC 2021", "2016", "2019", "网页版", "Mac"]) expect(readme).toContain(excel);
});
