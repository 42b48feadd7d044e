import type { FileTree } from "../render/tree.js";
import { buildReportData, type ReportInput } from "./data.js";
import { renderReportHtml } from "./html/report-html.js";
import { renderAssessmentMarkdown } from "./markdown/assessment-md.js";
import { ASSESSMENT_JSON } from "./saved.js";

export const REPORT_FILES = { markdown: "ASSESSMENT.md", html: "assessment/report.html", json: ASSESSMENT_JSON } as const;

/** Pure: the same input always gives byte-identical files (the date is an input, never the clock). */
export function renderReport(input: ReportInput): FileTree {
  const data = buildReportData(input);
  return new Map([
    [REPORT_FILES.markdown, renderAssessmentMarkdown(data)],
    [REPORT_FILES.html, renderReportHtml(data)],
    [REPORT_FILES.json, JSON.stringify(data.saved, null, 2) + "\n"],
  ]);
}
