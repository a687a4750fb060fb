/** The Excel gateway: Office.js grids in, write plans out, in payload-sized batches. */
export {
  createExcelGateway,
  type ExcelGateway,
  type ApplyReport,
  type ClearReport,
  type GatewayStep,
  type UpdateOutcome,
  type UpdateOptions,
  type WorkbookRead,
} from "./gateway";
export { CUSTOM_FUNCTIONS_API, type HostCapabilities } from "./capabilities";
export { officeHost, type OfficeHost, type SettingsStore, type AsyncOutcome, type FileSlices } from "./host";
export { MARKS_SETTING } from "./mark-store";
export type { UnreadableSheet } from "./read-sheets";
export { UNDO_GROUP_API } from "./run-action";
