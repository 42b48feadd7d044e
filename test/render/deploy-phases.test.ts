import { parse as parseHcl } from "@cdktf/hcl2json";
import { beforeAll, describe, expect, it } from "vitest";
import type { RenderResult } from "../../src/render/render.js";
import { org, renderProfile } from "../helpers/render-profiles.js";
import { textOf } from "../helpers/validators/index.js";

// Each roadmap phase deploys on its own: every block a module adds to a Terraform root is switched on by
// that module's phase (local.module_enabled), and each root lists every module with its roadmap phase.

let tf: RenderResult;
beforeAll(async () => {
  tf = await renderProfile({ name: "phases-tf", org: org({ regions: ["eu-west-1", "eu-central-1"] }), stage: "traditional" });
}, 120_000);

describe("Terraform phases", () => {
  it("gate every module call, resource and data source of the module files of each root by the module's phase", async () => {
    const owned = new Map(tf.modules.flatMap((m) => m.files.filter((f) => /^terraform\/live\//.test(f.path)).map((f) => [f.path, m.manifest.id] as const)));
    const ungated: string[] = [];
    let blocks = 0;
    for (const [path, id] of owned) {
      const doc = (await parseHcl(path, textOf(tf.tree.get(path)!))) as Record<string, Record<string, unknown>>;
      const key = `local.module_enabled.${id.replace(/-/g, "_")}`;
      const check = (address: string, body: { count?: unknown; for_each?: unknown }) => {
        blocks++;
        if (!String(body.count ?? body.for_each ?? "").includes(key)) ungated.push(`${path}: ${address}`);
      };
      for (const [name, [body]] of Object.entries((doc.module ?? {}) as Record<string, [Record<string, unknown>]>)) check(`module.${name}`, body);
      for (const kind of ["resource", "data"] as const)
        for (const [type, byName] of Object.entries((doc[kind] ?? {}) as Record<string, Record<string, [Record<string, unknown>]>>))
          for (const [name, [body]] of Object.entries(byName)) {
            // A resource may follow another gated block of its module (for_each over its instances).
            if (/\[\*\]|\[0\]/.test(String(body.for_each ?? body.count ?? ""))) continue;
            check(`${kind}.${type}.${name}`, body);
          }
    }
    expect(blocks).toBeGreaterThan(40);
    expect(ungated).toEqual([]);
  });

  it("list every selected module with its roadmap phase in each root's locals", async () => {
    // Template modules only: the non-code steps of the roadmap deploy nothing.
    const phases = new Map(tf.roadmap.phases.flatMap((p) => p.steps.filter((s) => s.kind === "module").map((s) => [s.moduleId, p.phase] as const)));
    for (const root of ["management", "security", "member"]) {
      const locals = ((await parseHcl("locals.tf", textOf(tf.tree.get(`terraform/live/${root}/locals.tf`)!))) as { locals: { module_phases: { module: string; phase: number }[] }[] }).locals[0]!;
      expect(new Map(locals.module_phases.map((m) => [m.module, m.phase]))).toEqual(phases);
    }
  });
});
