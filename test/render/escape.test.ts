import { parse as parseHcl } from "@cdktf/hcl2json";
import { execa } from "execa";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { hclList, hclString, identifier, jsonLiteral, mdText, shWord, slug, yamlList, yamlString } from "../../src/render/helpers/escape.js";
import { HOSTILE_NAME } from "../helpers/render-profiles.js";
import { writeTemp } from "../helpers/validators/tmp-tree.js";
import { toolVersion } from "../helpers/validators/tool-available.js";

const NASTY = [HOSTILE_NAME, "", "plain", "tab\there", "%{ if true }x%{ endif }", "$${already}", "a\u2028b\u0085c\u0000d", "yes", "on", "0755", "2010-09-09", "- item", "# not a comment", "key: value", "'single'", '"double"', "back\\slash\\"];

describe("escaping helpers read back as the same value in their language", () => {
  it("hcl: Terraform reads the string back exactly, with no interpolation or directive", async (ctx) => {
    const body = NASTY.map((v, i) => `v${i} = ${hclString(v)}`).join("\n") + `\nlist = ${hclList(NASTY)}\n`;
    const source = `locals {\n${body}}\n`;
    // hcl2json checks the syntax (it does not unescape %%{, so the values are checked with Terraform).
    await parseHcl("x.tf", source);
    if (!(await toolVersion("terraform", ["version"]))) ctx.skip("terraform is not installed: HCL values were parsed but not evaluated");
    const { dir, cleanup } = await writeTemp([["main.tf", source]]);
    try {
      const r = await execa("terraform", ["console"], { cwd: dir, input: "base64encode(jsonencode(local.list))\n", env: { TF_CLI_CONFIG_FILE: "/dev/null" } });
      // The console may print warnings (in color) before the value: the value is the last line.
      const value = r.stdout.trim().split("\n").pop()!;
      expect(JSON.parse(Buffer.from(JSON.parse(value) as string, "base64").toString("utf8"))).toEqual(NASTY);
    } finally {
      await cleanup();
    }
  });

  it("yaml: a double-quoted scalar reads back identically under YAML 1.1 and 1.2", () => {
    const doc = NASTY.map((v, i) => `v${i}: ${yamlString(v)}`).join("\n") + `\nlist: ${yamlList(NASTY)}\n`;
    for (const version of ["1.1", "1.2"] as const) {
      const data = parseYaml(doc, { version }) as Record<string, unknown>;
      NASTY.forEach((v, i) => expect(data[`v${i}`]).toBe(v));
      expect(data.list).toEqual(NASTY);
    }
  });

  it("json: a literal of any value", () => {
    for (const v of NASTY) expect(JSON.parse(jsonLiteral(v))).toBe(v);
    expect(JSON.parse(jsonLiteral(["a", 1]))).toEqual(["a", 1]);
  });

  it("sh: bash receives the word unchanged and runs nothing", async () => {
    for (const v of NASTY.filter((x) => !x.includes("\u0000"))) {
      const r = await execa("bash", ["-c", `printf %s ${shWord(v)}`]);
      expect(r.stdout).toBe(v.replace(/\n+$/, ""));
    }
  });

  it("md: no emphasis, code, links, HTML, headings or table cells come out of it", () => {
    const out = mdText("*a* _b_ `c` [d](e) <f> # g | h \\ i\nj");
    expect(out).toBe("\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\<f\\> \\# g \\| h \\\\ i j");
  });

  it("slug: a non-empty [a-z0-9-] identifier", () => {
    expect(slug(HOSTILE_NAME)).toBe("acme-ops-x-y-rm-rf-u");
    expect(slug("Ünïcödé Ørg")).toMatch(/^[a-z0-9-]+$/);
    expect(slug("!!!")).toBe("org");
    expect(slug("x".repeat(100)).length).toBeLessThanOrEqual(40);
  });

  it("text: refuses anything that is not a plain identifier", () => {
    expect(identifier("eu-west-1")).toBe("eu-west-1");
    expect(identifier(3)).toBe("3");
    expect(() => identifier("a b")).toThrow(/not a plain identifier/);
    expect(() => identifier(HOSTILE_NAME)).toThrow();
  });

  it("every helper refuses undefined (a misspelt path) instead of printing nothing", () => {
    for (const f of [hclString, yamlString, jsonLiteral, mdText, shWord, slug, identifier]) expect(() => f(undefined)).toThrow(/undefined/);
  });
});
