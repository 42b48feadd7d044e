import { PROFILE_FIELDS } from "../../questionnaire/answers.js";
import { loadQuestionnaire } from "../../questionnaire/load.js";
import type { Context } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";

/** Lists every question id, allowed values and default: what someone writing an answers file needs. */
export async function run(ctx: Context): Promise<ExitCode> {
  const questionnaire = await loadQuestionnaire(ctx.paths.questionnaires);
  if (ctx.flags.json) {
    ctx.io.stdout.write(JSON.stringify({ profile: PROFILE_FIELDS, pillars: questionnaire.pillars }, null, 2) + "\n");
    return EXIT.ok;
  }
  const out: string[] = ["organization:"];
  for (const f of PROFILE_FIELDS) out.push(`  ${f.key}: ${f.allowed}`);
  for (const pillar of questionnaire.pillars) {
    out.push("", `# ${pillar.title}: ${pillar.principle}`);
    for (const q of pillar.questions) {
      out.push(`${q.id}  (${q.capability}; default ${q.default})`, `  ${q.prompt}`);
      for (const o of q.options) out.push(`    ${o.value.padEnd(24)} ${o.stage.padEnd(11)} ${o.label}`);
      if (q.when.length) out.push(`  shown when: ${q.when.map((c) => `${c.question ?? `organization.${c.profile}`} ${c.in ? "in" : "not in"} [${(c.in ?? c.notIn)!.join(", ")}]`).join(" and ")}`);
    }
  }
  ctx.io.stdout.write(out.join("\n") + "\n");
  return EXIT.ok;
}
