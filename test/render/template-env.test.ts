import { describe, expect, it } from "vitest";
import { createTemplateEnv } from "../../src/render/handlebars-env.js";

const ctx = { org: { name: 'A "b"', regions: ["eu-west-1", "us-east-1"], iac: "terraform" }, stages: { "data.encryption": "initial" }, list: ["x"] };

describe("template environment", () => {
  it("renders helper calls, conditions and loops", async () => {
    const env = await createTemplateEnv();
    const t = env.compile("t.hbs", '{{hcl org.name}}|{{#each org.regions}}{{#if @index}},{{/if}}{{text this}}{{/each}}|{{#if (eq org.iac "terraform")}}tf{{else}}cfn{{/if}}|{{#if (stageAtLeast (lookup stages "data.encryption") "initial")}}ok{{/if}}|{{yaml (concat org.name "!")}}');
    expect(t(ctx)).toBe('"A \\"b\\""|eu-west-1,us-east-1|tf|ok|"A \\"b\\"!"');
  });

  it.each([
    ["{{org.name}}", "{{org.name}}", "raw interpolation"],
    ["{{{org.name}}}", "{{{org.name}}}", "triple-stash"],
    ["{{#each list}}{{this}}{{/each}}", "{{this}}", "raw interpolation"],
    ["{{#each list}}{{@index}}{{/each}}", "{{@index}}", "raw interpolation"],
    ['{{lookup org "name"}}', '{{lookup org "name"}}', "raw interpolation"],
    ["{{eq 1 1}}", "{{eq 1 1}}", "raw interpolation"],
    ["{{> partial}}", "PartialStatement", "partials"],
    ["{{#custom}}x{{/custom}}", "{{#custom}}", "block helpers"],
    ["{{hcl (unknownHelper org.name)}}", "(unknownHelper org.name)", "not a helper"],
    ["{{json}}", "{{json}}", "needs a value"],
  ])("refuses %s with the file, line, column and expression", async (source, expression, why) => {
    const env = await createTemplateEnv();
    const run = () => env.compile("templates/x/main.tf.hbs", `line one\n  ${source}\n`);
    expect(run).toThrow(/raw interpolation refused/);
    try {
      run();
    } catch (err) {
      const detail = (err as Error).message;
      expect(detail).toMatch(new RegExp(`templates/x/main\\.tf\\.hbs:2:\\d+: ${expression.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
      expect(detail).toContain(why);
    }
  });

  it("names the template, line and helper when a helper fails at render time", async () => {
    const env = await createTemplateEnv();
    const t = env.compile("templates/x/a.yaml.hbs", "a: 1\nb: {{yaml org.nmae}}\n");
    expect(() => t(ctx)).toThrow(/templates\/x\/a\.yaml\.hbs:2:4: yaml: the value is undefined/);
  });

  it("uses its own Handlebars instance: helpers do not leak into the global one", async () => {
    await createTemplateEnv();
    const Handlebars = (await import("handlebars")).default;
    expect(Handlebars.helpers.hcl).toBeUndefined();
  });

  it("cannot reach prototype properties", async () => {
    const env = await createTemplateEnv();
    const t = env.compile("p.hbs", "{{#if org.constructor}}leak{{/if}}");
    expect(t(ctx)).toBe("");
  });
});
