import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { parseAnswersText } from "../../src/questionnaire/answers.js";
import { validateCustomerName } from "../../src/workshop/customer-name.js";
import { realQuestionnaire } from "../helpers/render-profiles.js";

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
