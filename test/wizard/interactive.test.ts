import { existsSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { KEY, Terminal } from "../helpers/terminal.js";

const tmp = () => mkdtemp(join(tmpdir(), "czt-wizard-"));
const saved = (cwd: string) => parse(readFileSync(join(cwd, "zero-trust-answers.yaml"), "utf8"));

/** Answers the profile: name typed, every other field at its default. */
async function answerProfile(term: Terminal, name: string) {
  await term.waitFor(/Organization name/);
  term.press(`${name}${KEY.enter}`);
  for (const field of [/Regions in use/, /Where do your people's identities live/, /Infrastructure as code/, /CI\/CD system/]) {
    await term.waitFor(field);
    term.press(KEY.enter);
  }
}

/** Presses Enter (the default option) on every question until the review screen appears. */
async function acceptDefaultsUntilReview(term: Terminal): Promise<number> {
  let asked = 0;
  for (;;) {
    const screen = await term.waitFor(/◆ {2}[^\n]*\n/);
    if (/Save these answers, or change one\?/.test(screen.slice(screen.lastIndexOf("◆")))) return asked;
    asked++;
    term.press(KEY.enter);
  }
}

describe("the interactive questionnaire (real clack prompts on injected streams)", () => {
  it("asks the profile and all seven pillars with progress, then the review screen changes one answer before saving", async () => {
    const cwd = await tmp();
    const term = new Terminal();
    const done = term.run(["assess", "--no-verify"], cwd);

    await answerProfile(term, 'Acme "Ops" Ltd');
    const asked = await acceptDefaultsUntilReview(term);
    expect(asked).toBeGreaterThanOrEqual(7 * 5);
    for (let i = 1; i <= 7; i++) expect(term.out).toContain(`pillar ${i} of 7`);
    expect(term.out).toContain("Always authenticate and authorize explicitly");
    expect(term.out).toContain("Review your answers");

    // Review: the choices are "Save", then the six profile fields; "iac" is the fifth field.
    term.press(KEY.down.repeat(5) + KEY.enter);
    await term.waitFor(/Infrastructure as code/);
    term.press(KEY.down + KEY.enter); // terraform -> cloudformation
    await term.waitFor(/Save these answers, or change one\?/);
    term.press(KEY.enter);

    expect(await done, term.err).toBe(0);
    const answers = saved(cwd);
    expect(answers.organization).toMatchObject({ name: 'Acme "Ops" Ltd', iac: "cloudformation", regions: ["us-east-1"] });
    expect(answers.answers["identity.federation"]).toBe("iam-users");
    expect(term.out).toContain("Zero Trust maturity: Acme \"Ops\" Ltd");
    expect(existsSync(join(cwd, "ASSESSMENT.md"))).toBe(true);
  });

  it("Ctrl-C keeps what was answered, and --answers resumes with only the missing questions", async () => {
    const cwd = await tmp();
    const first = new Terminal();
    const done = first.run(["assess", "--no-verify"], cwd);
    await answerProfile(first, "Resume Corp");
    // Answer the first two identity questions, then press Ctrl-C on the third.
    for (let i = 0; i < 2; i++) {
      await first.waitFor(/◆ {2}/);
      first.press(KEY.down + KEY.enter);
    }
    await first.waitFor(/◆ {2}/);
    first.press(KEY.ctrlC);
    expect(await done).toBe(1);
    expect(first.err.replace(/\s+/g, " ")).toMatch(/Cancelled\. The answers given so far are saved in zero-trust-answers\.yaml; resume with: create-zero-trust assess --answers zero-trust-answers\.yaml/);
    const partial = saved(cwd);
    expect(partial.organization.name).toBe("Resume Corp");
    expect(Object.keys(partial.answers)).toEqual(["identity.federation", "identity.lifecycle"]);
    expect(partial.answers["identity.federation"]).toBe("mixed");

    const second = new Terminal();
    const resumed = second.run(["assess", "--no-verify", "--answers", "zero-trust-answers.yaml"], cwd);
    const firstPrompt = await second.waitFor(/◆ {2}[^\n]*\n/);
    expect(firstPrompt).not.toContain("Organization name");
    expect(firstPrompt.slice(firstPrompt.lastIndexOf("◆"))).not.toMatch(/sign in to your AWS accounts/);
    second.press(KEY.enter);
    await acceptDefaultsUntilReview(second);
    second.press(KEY.enter);
    expect(await resumed, second.err).toBe(0);
    const complete = saved(cwd);
    expect(complete.answers["identity.federation"]).toBe("mixed");
    expect(Object.keys(complete.answers).length).toBeGreaterThan(40);
  });
});
