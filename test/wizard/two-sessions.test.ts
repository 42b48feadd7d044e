import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadQuestionnaire } from "../../src/questionnaire/load.js";
import type { Question } from "../../src/questionnaire/model.js";
import { runCli } from "../helpers/run-cli.js";
import { KEY, Terminal } from "../helpers/terminal.js";

const questionnaire = await loadQuestionnaire(join(import.meta.dirname, "../../questionnaires"));
const first = (pillar: string) => questionnaire.pillars.find((p) => p.id === pillar)!.questions[0]!;
const tmp = () => mkdtemp(join(tmpdir(), "czt-sessions-"));
// 2026-12-04: every session below happens on the same day.
const DAY = { SOURCE_DATE_EPOCH: "1796385600" };
const PDF_TOOLS = ["/usr/bin/chromium", "/usr/bin/pdftotext", "/usr/bin/pdfinfo"];

/**
 * With WORKSHOP_TRANSCRIPT=FILE set, the commands and their key output are written there (the
 * closing note of the workshop issue shows a run); otherwise nothing is written.
 */
const TRANSCRIPT = process.env.WORKSHOP_TRANSCRIPT;
// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
function record(command: string[], output: string): void {
  if (!TRANSCRIPT) return;
  const shown = command.map((a) => (/[\s,]/.test(a) ? JSON.stringify(a) : a)).join(" ");
  appendFileSync(TRANSCRIPT, `\n$ npx create-zero-trust ${shown}\n${plain(output).trimEnd()}\n`);
}

/** Presses to move from the preselected choice up to "Not sure", the last one (up wraps around). */
const toNotSure = (q: Question) => KEY.up.repeat(q.options.findIndex((o) => o.value === q.default) + 1);

/** Answers every prompt with Enter (notes left empty) until the review's search prompt, then saves. */
async function enterUntilReview(term: Terminal): Promise<void> {
  for (;;) {
    const screen = await term.waitFor(/◆ {2}[^\n]*\n/);
    if (/Save these answers/.test(screen.slice(screen.lastIndexOf("◆")))) break;
    term.press(KEY.enter);
  }
  term.press(KEY.enter);
}

/** Enter on each prompt until the one whose message matches, which is left for the caller. */
async function enterUntil(term: Terminal, message: RegExp): Promise<void> {
  for (;;) {
    const screen = await term.waitFor(/◆ {2}[^\n]*\n/);
    if (message.test(screen.slice(screen.lastIndexOf("◆")))) return;
    term.press(KEY.enter);
  }
}

describe("a two-session workshop", () => {
  it("session 1 on three pillars with notes and not sure, interim results, session 2 re-interviews identity and takes the rest, a snapshot per session, the report and its PDF", async () => {
    const cwd = await tmp();
    const home = await tmp();
    const env = { CREATE_ZERO_TRUST_HOME: home, ...DAY };
    const dir = join(home, "customers", "initech");
    const answers = () => parse(readFileSync(join(dir, "answers.yaml"), "utf8"));
    if (TRANSCRIPT) writeFileSync(TRANSCRIPT, "# A two-session workshop\n\nProduced by: WORKSHOP_TRANSCRIPT=FILE npx vitest run test/wizard/two-sessions.test.ts (real clack prompts on injected streams, 80 columns; the wizard screens are cut to the last one)\n");

    // Session 1: identity, devices and network with their teams, stage labels hidden, notes asked.
    const s1 = ["assess", "--customer", "Initech", "--pillar", "identity,devices,network", "--hide-stages", "--notes", "--consultant", "Dana", "--participants", "Ann, Bo", "--no-verify"];
    const one = new Terminal(80);
    const session1 = one.run(s1, cwd, env);
    for (const field of [/Regions in use/, /identities live/, /Infrastructure as code/, /CI\/CD system/]) {
      await one.waitFor(field);
      one.press(KEY.enter);
    }
    await one.waitFor(/pillar 1 of 7/);
    await one.waitFor(/◆ {2}/);
    one.press(toNotSure(first("identity")) + KEY.enter);
    await one.waitFor(/Note \(optional/);
    one.press(`Ask the IdP team${KEY.enter}`);
    await enterUntil(one, /Note on the Identity[^\n]*pillar as a whole/);
    one.press(`Okta rollout finishes in Q1${KEY.enter}`);
    await one.waitFor(/pillar 2 of 7/);
    await one.waitFor(/◆ {2}/);
    one.press(toNotSure(first("devices")) + KEY.enter);
    await one.waitFor(/Note \(optional/);
    one.press(`Inventory owner unknown${KEY.enter}`);
    await enterUntil(one, /Note on the Network[^\n]*pillar as a whole/);
    one.press(`Flat VPCs in two accounts${KEY.enter}`);
    await enterUntilReview(one);
    expect(await session1, one.err).toBe(0);
    record(s1, `${one.out.slice(one.out.lastIndexOf("◇  Save these answers"))}${one.err}`);
    expect(one.out).not.toMatch(/\((traditional|initial|advanced|optimal)\)/);
    expect(one.out).toContain("Interim results for Initech: 3 of 7 pillars assessed");
    expect(one.out).toMatch(/Network Security\s+\w+ \(answers, unverified\)/);
    expect(one.out).toMatch(/Workload Security\s+not assessed \(0 of \d+ answered\)/);
    const saved = answers();
    expect(saved.organization.name).toBe("Initech");
    expect(saved.unsure).toEqual([first("identity").id, first("devices").id]);
    expect(saved.notes).toMatchObject({ [first("identity").id]: "Ask the IdP team", identity: "Okta rollout finishes in Q1", [first("devices").id]: "Inventory owner unknown", network: "Flat VPCs in two accounts" });

    // Between sessions, without a terminal: interim results, not "N answers are missing".
    const interim = await runCli(["assess", "--customer", "Initech"], { cwd, env });
    record(["assess", "--customer", "Initech"], interim.stdout + interim.stderr);
    expect(interim.code, interim.stderr).toBe(0);
    expect(interim.stdout).toContain("3 of 7 pillars assessed");
    expect(interim.stderr).not.toContain("missing");
    const listed = await runCli(["customers"], { cwd, env });
    record(["customers"], listed.stdout);
    expect(listed.stdout).toMatch(/Initech\s+3 of 7 pillars/);

    // Session 2, the same day: re-interview identity (its not-sure answer preselected, now answered) and the remaining pillars.
    const s2 = ["assess", "--customer", "Initech", "--reanswer", "--pillar", "identity,workloads,data,monitoring", "--consultant", "Dana", "--participants", "Ann, Cy", "--no-verify"];
    const two = new Terminal(80);
    const session2 = two.run(s2, cwd, env);
    await two.waitFor(/Re-interview: \d+ previous answers preselected/);
    await two.waitFor(/◆ {2}/);
    two.press(KEY.down + KEY.enter); // from "Not sure" (last) down wraps to the first option
    await enterUntilReview(two);
    expect(await session2, two.err).toBe(0);
    record(s2, `${two.out.slice(two.out.lastIndexOf("◇  Save these answers"))}${two.err}`);
    expect(two.out).toContain("Interim results for Initech: 6 of 7 pillars assessed");
    expect(answers().unsure).toEqual([first("devices").id]);

    // The last pillar by its defaults: counted, kept in the file and marked in the report; the first full assessment.
    const s3 = ["assess", "--customer", "Initech", "--yes", "--consultant", "Dana"];
    const third = await runCli(s3, { cwd, env });
    record(s3, third.stdout + third.stderr);
    expect(third.code, third.stderr).toBe(0);
    const defaulted = answers().defaulted as string[];
    expect(third.stderr).toContain(`--yes took the default for ${defaulted.length} unanswered questions`);
    expect(defaulted.length).toBeGreaterThan(0);
    expect(defaulted.every((id) => id.startsWith("automation."))).toBe(true);

    // Automation's team arrives later that day: a re-interview of their pillar changes one default, a second snapshot.
    const s4 = ["assess", "--customer", "Initech", "--reanswer", "--pillar", "automation", "--no-verify"];
    const four = new Terminal(80);
    const session4 = four.run(s4, cwd, env);
    await four.waitFor(/◆ {2}/);
    four.press(KEY.down + KEY.enter);
    await enterUntilReview(four);
    expect(await session4, four.err).toBe(0);
    record(s4, four.out.slice(four.out.lastIndexOf("◇  Save these answers")));
    expect(answers().defaulted).toBeUndefined();

    // Two complete assessments on one day: two snapshots; every session recorded with its scope.
    expect(readdirSync(join(dir, "snapshots")).sort()).toEqual(["2026-12-04", "2026-12-04-2"]);
    const sessions = parse(readFileSync(join(dir, "sessions.yaml"), "utf8")).sessions;
    expect(sessions.map((s: { scope: unknown }) => s.scope)).toEqual([["identity", "devices", "network"], ["identity", "workloads", "data", "monitoring"], "all", ["automation"]]);
    expect(sessions[0]).toMatchObject({ date: "2026-12-04", consultant: "Dana", participants: ["Ann", "Bo"], pillarsCovered: ["identity", "devices", "network"] });
    expect(sessions[1]).toMatchObject({ date: "2026-12-04", participants: ["Ann", "Cy"] });
    if (TRANSCRIPT) appendFileSync(TRANSCRIPT, `\n$ cat ${join("customers", "initech", "sessions.yaml")}\n${readFileSync(join(dir, "sessions.yaml"), "utf8")}\n$ ls customers/initech/snapshots\n${readdirSync(join(dir, "snapshots")).sort().join("\n")}\n`);

    // The report: executive summary, the answers holding each pillar, notes, follow-ups and the appendix.
    const pdf = PDF_TOOLS.every((t) => existsSync(t));
    const reportArgs = ["report", "--customer", "Initech", ...(pdf ? ["--pdf"] : [])];
    const report = await runCli(reportArgs, { cwd, env: { ...env, PATH: process.env.PATH } });
    record(reportArgs, report.stdout + report.stderr);
    expect(report.code, report.stderr).toBe(0);
    const md = readFileSync(join(dir, "report", "ASSESSMENT.md"), "utf8");
    const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections[0]).toBe("Executive summary");
    expect(sections).toEqual(expect.arrayContaining(["Workshop follow-ups", "Appendix: every answer"]));
    expect(md).toMatch(/Held at \w+ by: `/);
    const followUps = md.slice(md.indexOf("## Workshop follow-ups"), md.indexOf("## Appendix"));
    expect(followUps).toContain(`\`${first("devices").id}\``);
    expect(followUps).not.toContain(`\`${first("identity").id}\``);
    const appendix = md.slice(md.indexOf("## Appendix: every answer"));
    for (const note of ["Ask the IdP team", "Inventory owner unknown"]) expect(appendix).toContain(note);
    for (const note of ["Okta rollout finishes in Q1", "Flat VPCs in two accounts"]) expect(md).toContain(note);
    for (const q of questionnaire.pillars.flatMap((p) => p.questions.slice(0, 1))) expect(appendix).toContain(`\`${q.id}\``);
    if (TRANSCRIPT) {
      const section = (title: string) => md.slice(md.indexOf(`## ${title}`)).split(/\n(?=## )/)[0]!.trimEnd();
      appendFileSync(TRANSCRIPT, `\n$ grep '^## ' customers/initech/report/ASSESSMENT.md\n${sections.map((s) => `## ${s}`).join("\n")}\n`);
      appendFileSync(TRANSCRIPT, `\nFrom ASSESSMENT.md:\n\n${section("Executive summary")}\n\n${section("Workshop follow-ups")}\n`);
    }
    if (pdf) {
      const file = resolve(cwd, /^PDF: (.+)$/m.exec(report.stdout)![1]!);
      expect(file.startsWith(dir)).toBe(true);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect(pages).toBeGreaterThan(1);
      for (const s of ["Executive summary", "Okta rollout finishes in Q1", "Inventory owner unknown", first("devices").id]) expect(text).toContain(s);
      if (TRANSCRIPT) appendFileSync(TRANSCRIPT, `\n$ pdfinfo ${file.slice(home.length + 1)} | grep Pages\nPages: ${pages}\n`);
    }

    const list = await runCli(["customers"], { cwd, env });
    record(["customers"], list.stdout);
    expect(list.stdout).toMatch(/Initech\s+7 of 7 pillars\s+2026-12-04\s+\w+ \(\d\.\d\d\)\s+no\s+4 \(2 snapshots\)/);
  });
});
