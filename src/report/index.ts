export { renderReport, REPORT_FILES } from "./render-report.js";
export { buildReportData, type ReportInput, type ReportData } from "./data.js";
export { compareAssessments, type Comparison } from "./compare.js";
export { formatComparison } from "./format-comparison.js";
export { toSavedAssessment, savedAssessmentSchema, ASSESSMENT_JSON, type SavedAssessment, type FindingSummary } from "./saved.js";
export { writeReportFiles } from "./write.js";
