export { buildReportDocument, buildReportsDocument, reportDocxBytes, reportsDocxBytes, type ReportPart } from "./report-docx";
