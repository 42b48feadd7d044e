import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { emptyAnswers, parseAnswersText } from "../../src/questionnaire/answers.js";
import { applyOverrides } from "../../src/questionnaire/set-overrides.js";
import { readEvidenceFile } from "../../src/verify/evidence-file.js";
import { validateCustomerName } from "../../src/workshop/customer-name.js";
import { evidenceWith, failing, realQuestionnaire } from "../helpers/render-profiles.js";
import { runCli } from "../helpers/run-cli.js";

// ESC, BEL, CR, NUL, CSI (C1), and the Unicode line and paragraph separators.
const FORBIDDEN: [string, string][] = [
  ["\u001b", "U+001B"],
  ["\u0007", "U+0007"],
  ["\r", "U+000D"],
  ["\u0000", "U+0000"],
  ["\u009b", "U+009B"],
  ["\u2028", "U+2028"],
  ["\u2029", "U+2029"],
];

async function answersError(yaml: string): Promise<string> {
  try {
    parseAnswersText("answers.yaml", yaml, await realQuestionnaire());
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return [String((e as Error).message), ...((e as UserError).details ?? [])].join("\n");
  }
  throw new Error("expected the answers file to be refused");
}

describe("free text with control characters is refused, naming the place", () => {
  it.each(FORBIDDEN)("organization.name with %j", async (ch, code) => {
    const name = JSON.stringify(`Acme${ch}Corp`);
    const text = await answersError(`schemaVersion: 1\norganization:\n  name: ${name}\nanswers: {}\n`);
    expect(text).toContain("answers.yaml");
    expect(text).toContain("organization.name");
    expect(text).toContain(code);
  });

  it.each(FORBIDDEN)("a note with %j", async (ch, code) => {
    const note = JSON.stringify(`checked${ch}later`);
    const text = await answersError(`schemaVersion: 1\norganization: {}\nanswers: {}\nnotes:\n  identity: ${note}\n`);
    expect(text).toContain("notes.identity");
    expect(text).toContain(code);
  });

  it("a note may span lines", async () => {
    const parsed = parseAnswersText("answers.yaml", `schemaVersion: 1\norganization: {}\nanswers: {}\nnotes:\n  identity: "line one\\n\\tline two"\n`, await realQuestionnaire());
    expect(parsed.notes?.identity).toBe("line one\n\tline two");
  });

  it.each(FORBIDDEN)("--customer with %j", (ch, code) => {
    expect(() => validateCustomerName(`Acme${ch}Corp`)).toThrow(new UserError(`--customer: the name contains the control character ${code}; expected printable text`));
  });

  it("--customer \"\" is an error", () => {
    expect(() => validateCustomerName("")).toThrow(/--customer: expected a customer name/);
    expect(() => validateCustomerName("   ")).toThrow(/--customer: expected a customer name/);
  });

  it("printable hostile names pass unchanged", () => {
    expect(validateCustomerName(` 3M "Ops" \${AWS::AccountId} \${{ x }} ü `)).toBe(`3M "Ops" \${AWS::AccountId} \${{ x }} ü`);
  });
});

describe("--set values follow the free-text rule", () => {
  it.each(FORBIDDEN)("organization.name with %j is refused naming the key", async (ch, code) => {
    const q = await realQuestionnaire();
    expect(() => applyOverrides(emptyAnswers(), [`organization.name=Acme${ch}Corp`], q)).toThrow(`--set organization.name: the value contains the control character ${code}; expected printable text`);
  });

  it.each(FORBIDDEN)("a key with %j is refused without quoting it", async (ch, code) => {
    const q = await realQuestionnaire();
    expect(() => applyOverrides(emptyAnswers(), [`identity${ch}.mfa=all-users`], q)).toThrow(`--set: the key contains the control character ${code}; expected printable text`);
  });

  it("through the CLI: exit 1, the error on stderr with no raw control character, nothing written", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "czt-set-"));
    const r = await runCli(["zt", "--example", "--yes", "--no-git", "--set", "organization.name=Evil\u001b[2J\u009b31m"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--set organization.name: the value contains the control character U+001B");
    expect(r.stderr).not.toMatch(/[\u001b\u009b]/);
    expect(await readdir(cwd)).toEqual([]);
  });

  it("an unknown question id with ESC in it is shown escaped, never raw", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "czt-set-"));
    await writeFile(join(cwd, "a.yaml"), 'schemaVersion: 1\norganization: {}\nanswers:\n  "x\\e[31mred": yes\n');
    const r = await runCli(["assess", "--answers", "a.yaml", "--yes"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("x\\u{1b}[31mred");
    expect(r.stderr).not.toContain("\u001b");
  });
});

describe("evidence files follow the free-text rule", () => {
  const evidenceFile = async (mutate: (e: ReturnType<typeof evidenceWith>) => void) => {
    const e = evidenceWith([failing("data.s3-encryption")]);
    mutate(e);
    const file = join(await mkdtemp(join(tmpdir(), "czt-ev-")), "evidence.json");
    await writeFile(file, JSON.stringify(e, null, 2));
    return file;
  };

  it.each(FORBIDDEN)("an account name with %j is refused at its place", async (ch, code) => {
    const file = await evidenceFile((e) => (e.accounts[0]!.name = `prod${ch}`));
    const err = (await readEvidenceFile(file).catch((x: unknown) => x)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(new RegExp(`evidence.json:\\d+:\\d+: accounts\\[0\\]\\.name: contains the control character ${code.replace("+", "\\+")}`));
  });

  it("a finding's detail may span lines; ESC in it is refused", async () => {
    const ok = await evidenceFile((e) => (e.findings[0]!.detail = "line one\n\tline two"));
    expect((await readEvidenceFile(ok)).findings[0]!.detail).toBe("line one\n\tline two");
    const bad = await evidenceFile((e) => (e.findings[0]!.detail = "\u001b]0;pwned\u0007"));
    await expect(readEvidenceFile(bad)).rejects.toThrow(/findings\[0\]\.detail: contains the control character U\+001B/);
  });
});
