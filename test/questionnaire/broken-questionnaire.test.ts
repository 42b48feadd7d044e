import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { loadQuestionnaire } from "../../src/questionnaire/load.js";
import { QUESTIONNAIRES } from "./paths.js";

/** Copies the shipped questionnaires to a temporary folder and applies one edit to one file. */
async function breakOne(name: string, edit: (text: string) => string): Promise<{ dir: string; file: string; text: string }> {
  const dir = await mkdtemp(join(tmpdir(), "czt-questionnaire-"));
  await cp(QUESTIONNAIRES, dir, { recursive: true });
  const file = join(dir, name);
  const original = await readFile(file, "utf8");
  const text = edit(original);
  if (text === original) throw new Error(`the edit did not change ${name}`);
  await writeFile(file, text);
  return { dir, file, text };
}

/** Replaces the first occurrence of `find` after the first occurrence of `after`. */
const replaceAfter = (after: string, find: string, replacement: string) => (text: string) => {
  const start = text.indexOf(after);
  const at = text.indexOf(find, start);
  if (start < 0 || at < 0) throw new Error(`"${find}" after "${after}" not found`);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
};

/** 1-based line and column of the n-th occurrence (0-based) of `needle`, plus `offset` characters. */
function position(text: string, needle: string, nth = 0, offset = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, at + offset).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

async function loadError(dir: string): Promise<UserError> {
  const error = await loadQuestionnaire(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe("a broken questionnaire is rejected with the file, line, column and path", () => {
  it("a duplicate question id", async () => {
    const { dir, file, text } = await breakOne("devices.yaml", (t) => t.replace("id: devices.supply-chain", "id: devices.inventory"));
    const error = await loadError(dir);
    // The second occurrence is the duplicate; the path is the questions entry it sits in.
    expect(error.details).toContain(`${file}:${position(text, "devices.inventory", 1)}: questions[1].id: duplicate question id "devices.inventory"`);
  });

  it("an option without a stage", async () => {
    const { dir, file, text } = await breakOne("identity.yaml", replaceAfter("value: mixed", "        stage: initial\n", ""));
    const error = await loadError(dir);
    expect(error.message).toContain(`${file} is not a valid questionnaire`);
    // A missing key points at the mapping that lacks it: the option.
    expect(error.details).toEqual([`${file}:${position(text, "value: mixed")}: questions[0].options[1].stage: missing; expected one of traditional, initial, advanced, optimal`]);
  });

  it("a condition naming an unknown question", async () => {
    const { dir, file, text } = await breakOne("workloads.yaml", (t) => t.replace("question: workloads.containers", "question: workloads.container"));
    const error = await loadError(dir);
    expect(error.details).toEqual([`${file}:${position(text, "workloads.container\n")}: questions[2].when[0].question: condition names unknown question "workloads.container"`]);
  });

  it("a condition naming a later question", async () => {
    const { dir, file, text } = await breakOne(
      "monitoring.yaml",
      replaceAfter("id: monitoring.cloudtrail", "    default: partial\n", "    default: partial\n    when:\n      - question: monitoring.guardduty\n        in: [org-wide]\n"),
    );
    const error = await loadError(dir);
    expect(error.details).toEqual([`${file}:${position(text, "monitoring.guardduty\n")}: questions[0].when[0].question: condition must name an earlier question, not "monitoring.guardduty"`]);
  });

  it("a condition on a value the earlier question does not offer", async () => {
    const { dir, file } = await breakOne("data.yaml", replaceAfter("id: data.loss-prevention", "notIn: [none]", "notIn: [unclassified]"));
    const error = await loadError(dir);
    expect(error.details).toEqual([expect.stringMatching(new RegExp(`^${escape(file)}:\\d+:\\d+: questions\\[4\\]\\.when\\[0\\]\\.question: "unclassified" is not an option of data\\.classification; expected one of none, manual, discovered, drives-controls$`))]);
  });

  it("a misspelt profile value in a condition", async () => {
    const { dir, file, text } = await breakOne("automation.yaml", (t) => t.replace("in: [github-actions]", "in: [github]"));
    const error = await loadError(dir);
    expect(error.details).toEqual([`${file}:${position(text, "[github]")}: questions[7].when[0].in: "github" is not a value of organization.ci; expected one of github-actions, codepipeline`]);
  });

  it("a default that is not an option", async () => {
    const { dir, file, text } = await breakOne("network.yaml", (t) => t.replace("default: flat", "default: segmented"));
    const error = await loadError(dir);
    expect(error.details).toEqual([`${file}:${position(text, "default: segmented", 0, "default: ".length)}: questions[0].default: default "segmented" is not an option; expected one of flat, per-environment, per-workload, micro-segmented`]);
  });

  it("an unknown key", async () => {
    const { dir, file, text } = await breakOne("data.yaml", replaceAfter("id: data.backups", "    default: ad-hoc\n", "    default: ad-hoc\n    weight: 2\n"));
    const error = await loadError(dir);
    // Reported at the key itself, with the path of the mapping that does not allow it.
    expect(error.details).toEqual([`${file}:${position(text, "weight: 2")}: questions[7]: unknown key "weight"`]);
  });

  it("a capability that no question measures", async () => {
    const { dir, file, text } = await breakOne("data.yaml", (t) => t.replace("capability: availability", "capability: inventory"));
    const error = await loadError(dir);
    expect(error.details).toEqual([`${file}:${position(text, "availability")}: capabilities[2].id: capability "availability" has no question`]);
  });

  it("malformed YAML", async () => {
    const { dir, file } = await breakOne("identity.yaml", (t) => t.replace("    prompt: How do people sign in", "    prompt: [How do people sign in"));
    const error = await loadError(dir);
    expect(error.message).toContain(`${file} is not valid YAML`);
    expect(error.details[0]).toMatch(new RegExp(`^${escape(file)}:\\d+:\\d+: `));
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
