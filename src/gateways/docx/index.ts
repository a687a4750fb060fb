export { buildReportDocument, reportDocxBytes } from "./report-docx";
