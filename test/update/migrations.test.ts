import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAnswersFile } from "../../src/questionnaire/answers.js";
import { ANSWERS_MIGRATIONS, migrateAnswersData, type AnswersMigration } from "../../src/update/migrations/index.js";
import { questionnaire, tmp } from "./helpers.js";

// A fabricated older format to exercise the mechanism: v0 kept the profile under `profile` and the answers under `responses`.
const v0ToV1: AnswersMigration = {
  from: 0,
  to: 1,
  summary: "profile -> organization, responses -> answers",
  migrate: ({ profile, responses, ...rest }) => ({ ...rest, organization: profile, answers: responses }),
};

describe("answers file migrations", () => {
  it("runs each step from the file's schemaVersion up to the current one", () => {
    const v0 = { schemaVersion: 0, profile: { name: "Acme" }, responses: { "identity.a": "some" } };
    const out = migrateAnswersData(v0, "old.yaml", [v0ToV1]);
    expect(out.data).toEqual({ schemaVersion: 1, organization: { name: "Acme" }, answers: { "identity.a": "some" } });
    expect(out).toMatchObject({ from: 0, applied: [v0ToV1] });
  });

  it("chains steps and leaves current files alone", () => {
    const v1ToV2: AnswersMigration = { from: 1, to: 2, summary: "adds notes", migrate: (d) => ({ ...d, notes: [] }) };
    expect(migrateAnswersData({ schemaVersion: 0, profile: {}, responses: {} }, "f", [v0ToV1, v1ToV2], 2).data).toEqual({ schemaVersion: 2, organization: {}, answers: {}, notes: [] });
    const current = { schemaVersion: 1, organization: {} };
    expect(migrateAnswersData(current, "f")).toEqual({ data: current, applied: [], from: 1 });
  });

  it("names the file and the version when no step exists, or the file is newer than the tool", () => {
    expect(() => migrateAnswersData({ schemaVersion: 0 }, "old.yaml", [])).toThrow(/old\.yaml: schemaVersion 0 is not supported .*no migration from 0 to 1/);
    expect(() => migrateAnswersData({ schemaVersion: 7 }, "new.yaml")).toThrow(/new\.yaml: schemaVersion 7 was written by a newer create-zero-trust .*upgrade/);
  });

  it("is what reading an answers file goes through (no release format needs a step yet)", async () => {
    expect(ANSWERS_MIGRATIONS).toEqual([]);
    const file = join(await tmp(), "answers.yaml");
    await writeFile(file, "schemaVersion: 3\norganization: {}\nanswers: {}\n");
    await expect(readAnswersFile(file, questionnaire)).rejects.toThrow(/schemaVersion 3 was written by a newer create-zero-trust/);
  });
});
