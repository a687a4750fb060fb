/** The Excel gateway: Office.js grids in, write plans out, a fixed number of syncs per action. */
export {
  createExcelGateway,
  type ExcelGateway,
  type ApplyReport,
  type ClearReport,
  type GatewayStep,
  type UpdateOutcome,
  type UpdateOptions,
} from "./gateway";
export { officeHost, type OfficeHost, type SettingsStore, type AsyncOutcome, type FileSlices } from "./host";
export { MARKS_SETTING } from "./mark-store";
export { UNDO_GROUP_API } from "./run-action";
