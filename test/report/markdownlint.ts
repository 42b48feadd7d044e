import { lint } from "markdownlint/promise";

/** markdownlint with its default rules (plus whatever the file configures inline), as a user's CI would run it. */
export async function markdownProblems(text: string): Promise<string[]> {
  const result = await lint({ strings: { "ASSESSMENT.md": text } });
  return result["ASSESSMENT.md"]!.map((e) => `${e.lineNumber}: ${e.ruleNames.join("/")} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ""}`);
}
