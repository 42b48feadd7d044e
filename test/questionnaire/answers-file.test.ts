import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { dropHidden, readAnswersFile } from "../../src/questionnaire/answers.js";
import { loadQuestionnaire } from "../../src/questionnaire/load.js";
import type { Questionnaire } from "../../src/questionnaire/model.js";
import { QUESTIONNAIRES } from "./paths.js";

let questionnaire: Questionnaire;
beforeAll(async () => {
  questionnaire = await loadQuestionnaire(QUESTIONNAIRES);
});

async function answersFile(text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "czt-answers-")), "answers.yaml");
  await writeFile(file, text);
  return file;
}

async function readError(file: string): Promise<UserError> {
  const error = await readAnswersFile(file, questionnaire).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

const PROFILE = "organization:\n  name: T\n  regions: [eu-west-1]\n  homeRegion: eu-west-1\n  identityProvider: okta\n  iac: terraform\n  ci: github-actions\n";

describe("an invalid answers file is rejected naming the file, the key and the allowed values", () => {
  it("malformed YAML", async () => {
    const file = await answersFile("schemaVersion: 1\norganization: [unclosed\n");
    const error = await readError(file);
    expect(error.message).toContain(`${file} is not valid YAML`);
    expect(error.details[0]).toMatch(/answers\.yaml:\d+:\d+: /);
  });

  it("an unknown top-level key", async () => {
    const file = await answersFile("schemaVersion: 1\norganisation:\n  name: X\n");
    expect((await readError(file)).details).toEqual([`${file}:2:1: (top level): unknown key "organisation"`]);
  });

  it("an unknown question id, listing the questions of that pillar", async () => {
    const file = await answersFile("schemaVersion: 1\nanswers:\n  identity.nope: x\n");
    const [detail] = (await readError(file)).details;
    const identityIds = questionnaire.pillars[0]!.questions.map((q) => q.id).join(", ");
    expect(detail).toBe(`${file}:3:18: answers.identity.nope: unknown question id "identity.nope"; questions of that pillar: ${identityIds}`);
  });

  it("an invalid option value, listing the allowed ones", async () => {
    const file = await answersFile("schemaVersion: 1\nanswers:\n  identity.federation: maybe\n");
    const allowed = questionnaire.questions.get("identity.federation")!.options.map((o) => o.value);
    expect(allowed).toContain("federated");
    expect((await readError(file)).details).toEqual([`${file}:3:24: answers.identity.federation: invalid value "maybe"; expected one of ${allowed.join(", ")}`]);
  });

  it("a list where one option is expected", async () => {
    const file = await answersFile("schemaVersion: 1\nanswers:\n  identity.federation: [federated, mixed]\n");
    expect((await readError(file)).details[0]).toMatch(/answers\.identity\.federation: invalid value \["federated","mixed"\]; expected one of /);
  });

  it("an invalid profile value", async () => {
    const file = await answersFile("schemaVersion: 1\norganization:\n  iac: pulumi\n");
    expect((await readError(file)).details).toEqual([`${file}:3:8: organization.iac: expected one of terraform, cloudformation`]);
  });

  it("a home region outside the regions in use", async () => {
    const file = await answersFile("schemaVersion: 1\norganization:\n  regions: [eu-west-1, eu-central-1]\n  homeRegion: us-east-1\n");
    expect((await readError(file)).details).toEqual([`${file}:4:15: organization.homeRegion: "us-east-1" is not one of the regions (eu-west-1, eu-central-1)`]);
  });

  it("every problem at once, not only the first", async () => {
    const file = await answersFile("schemaVersion: 1\nanswers:\n  identity.nope: x\n  network.dns: sometimes\n");
    const { details } = await readError(file);
    expect(details.map((d) => d.split(": ")[1])).toEqual(["answers.identity.nope", "answers.network.dns"]);
  });

  it("a file that does not exist", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "czt-answers-")), "missing.yaml");
    expect((await readError(file)).message).toBe(`answers file ${file} does not exist`);
  });
});

describe("answers to questions hidden by their condition are dropped", () => {
  it("when reading a file: a stale container answer after switching to no containers", async () => {
    const file = await answersFile(
      `schemaVersion: 1\n${PROFILE}answers:\n  workloads.containers: no-containers\n  workloads.cluster-access: private\n  workloads.image-scanning: continuous\n  workloads.pipeline: pipeline\n`,
    );
    const answers = await readAnswersFile(file, questionnaire);
    expect(answers.answers).toEqual({ "workloads.containers": "no-containers", "workloads.pipeline": "pipeline" });
  });

  it("when the profile changes: no identity provider hides the provider's MFA question", () => {
    const answers = {
      schemaVersion: 1 as const,
      organization: { identityProvider: "none" as const },
      answers: { "identity.idp-mfa": "phishing-resistant", "identity.mfa": "all-users" },
    };
    expect(dropHidden(answers, questionnaire).answers).toEqual({ "identity.mfa": "all-users" });
    const withOkta = { ...answers, organization: { identityProvider: "okta" as const } };
    expect(dropHidden(withOkta, questionnaire).answers).toEqual(answers.answers);
  });

  it("a question whose condition waits on an unanswered question is not kept either", () => {
    const answers = { schemaVersion: 1 as const, organization: {}, answers: { "automation.drift": "scheduled" } };
    expect(dropHidden(answers, questionnaire).answers).toEqual({});
  });
});
