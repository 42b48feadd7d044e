import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { readAnswersFile } from "../../src/questionnaire/answers.js";
import { renderReport } from "../../src/report/render-report.js";
import { customerSlug, customerStore, listCustomers, listSnapshots, openCustomer, saveSnapshot, unansweredPillars, workshopHome } from "../../src/workshop/index.js";
import * as fx from "../report/fixtures/scenario.js";
import { fixtureQuestionnaire, reportInput } from "../report/helpers.js";

let env: NodeJS.ProcessEnv;
beforeEach(async () => {
  env = { CREATE_ZERO_TRUST_HOME: await mkdtemp(join(tmpdir(), "czt-home-")) };
});

describe("customer names", () => {
  it("derives a file-safe folder name and refuses empty or control characters", () => {
    expect(customerSlug("Acme Corp")).toBe("acme-corp");
    expect(customerSlug("  ACME corp. ")).toBe("acme-corp");
    expect(customerSlug('Acme "Ops" <script>{{x}}')).toBe("acme-ops-script-x");
    expect(customerSlug("Société Générale")).toBe("societe-generale");
    expect(customerSlug("../../etc/passwd")).toBe("etc-passwd");
    expect(customerSlug("株式会社")).toMatch(/^customer-[0-9a-f]{8}$/);
    expect(customerSlug("株式会社")).toBe(customerSlug("株式会社"));
    expect(() => customerSlug("   ")).toThrow(UserError);
    expect(() => customerSlug("a\nb")).toThrow(/control character U\+000A/);
  });

  it("uses CREATE_ZERO_TRUST_HOME, else the user's data directory", () => {
    expect(workshopHome(env)).toBe(env.CREATE_ZERO_TRUST_HOME);
    expect(workshopHome({})).toMatch(/create-zero-trust$/);
  });
});

describe("customerStore", () => {
  it("keeps each customer in its own folder and autosaves answers atomically", async () => {
    const q = await fixtureQuestionnaire();
    const store = customerStore({ env }, 'Acme "Ops"');
    expect(store.paths.dir).toBe(join(env.CREATE_ZERO_TRUST_HOME!, "customers", "acme-ops"));
    expect(store.exists()).toBe(false);
    await store.saveAnswers({ schemaVersion: 1, organization: { name: 'Acme "Ops"' }, answers: { "identity.mfa": "most" } }, q);
    expect(store.exists()).toBe(true);
    expect(JSON.parse(readFileSync(store.paths.metaFile, "utf8"))).toEqual({ schemaVersion: 1, name: 'Acme "Ops"', slug: "acme-ops" });
    const back = await readAnswersFile(store.paths.answersFile, q);
    expect(back.answers).toEqual({ "identity.mfa": "most" });
    // A second spelling of the same customer opens the same folder and keeps the first display name.
    const again = await openCustomer({ env }, "ACME ops");
    expect(again.paths.dir).toBe(store.paths.dir);
    expect(again.name).toBe('Acme "Ops"');
  });

  it("saves dated snapshots; saving twice on one day replaces that day's", async () => {
    const store = customerStore({ env }, "Acme Corp");
    const files = renderReport(await reportInput({ answers: fx.beforeAnswers() }));
    const dir = await saveSnapshot(store, { date: "2026-03-02", answers: "schemaVersion: 1\n", assessment: files.get("assessment/assessment.json") as string });
    expect(existsSync(join(dir, "assessment.json"))).toBe(true);
    expect(existsSync(join(dir, "evidence.json"))).toBe(false);
    await saveSnapshot(store, { date: "2026-09-01", answers: "schemaVersion: 1\n", evidence: "{}\n", assessment: files.get("assessment/assessment.json") as string });
    await saveSnapshot(store, { date: "2026-09-01", answers: "schemaVersion: 1\n", evidence: "{}\n", assessment: files.get("assessment/assessment.json") as string });
    expect(await listSnapshots(store)).toEqual(["2026-03-02", "2026-09-01"]);
    // A second session the same day with other answers keeps both.
    const second = await saveSnapshot(store, { date: "2026-09-01", answers: "schemaVersion: 1\nanswers: {}\n", assessment: files.get("assessment/assessment.json") as string });
    expect(second).toMatch(/2026-09-01-2$/);
    expect(await listSnapshots(store)).toEqual(["2026-03-02", "2026-09-01", "2026-09-01-2"]);
  });
});

describe("listCustomers", () => {
  it("lists customers by name with their last assessment date and overall stage", async () => {
    const q = await fixtureQuestionnaire();
    const acme = customerStore({ env }, "Acme Corp");
    const files = renderReport(await reportInput({ answers: fx.afterAnswers(), evidence: fx.afterEvidence() }));
    await acme.saveAnswers(fx.afterAnswers(), q);
    await saveSnapshot(acme, { date: "2026-09-01", answers: "", assessment: files.get("assessment/assessment.json") as string });
    const beta = customerStore({ env }, "Beta GmbH");
    await beta.saveAnswers({ schemaVersion: 1, organization: { name: "Beta GmbH" }, answers: { "identity.mfa": "some" } }, q);
    // A broken folder is reported and skipped, not fatal.
    const broken = customerStore({ env }, "Broken");
    await broken.ensure();
    await writeFile(broken.paths.metaFile, "{ not json");

    const { customers, problems } = await listCustomers({ env }, q);
    expect(customers.map((c) => [c.name, c.lastAssessedAt, c.overallStage, c.answered, `${c.pillarsDone} of ${c.pillars}`, c.evidence])).toEqual([
      ["Acme Corp", "2026-09-01", "traditional", 15, "7 of 7", false],
      ["Beta GmbH", null, null, 1, "0 of 7", false],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("broken");
  });
});

describe("unansweredPillars", () => {
  it("names the pillars that still have visible unanswered questions", async () => {
    const q = await fixtureQuestionnaire();
    const answers = { schemaVersion: 1 as const, organization: {}, answers: { ...fx.beforeAnswers().answers } };
    delete answers.answers["network.tls"];
    delete answers.answers["data.encryption"];
    delete answers.answers["data.public-access"];
    expect(unansweredPillars(q, answers).map((p) => `${p.id} ${p.answered}/${p.visible}`)).toEqual(["network 1/2", "data 0/2"]);
    expect(unansweredPillars(q, fx.beforeAnswers())).toEqual([]);
  });
});
