import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { formatPath, readSource, validateSource, type SourceFile } from "../data-file.js";
import { UserError, located } from "../errors.js";
import { PILLAR_IDS } from "../model/pillars.js";
import { CI_SYSTEMS, IAC_FLAVORS, IDENTITY_PROVIDERS } from "../model/profile.js";
import type { Capability, Pillar, Question, Questionnaire } from "./model.js";
import { pillarFileSchema, type PillarFile } from "./schema.js";

const PROFILE_VALUES = { identityProvider: IDENTITY_PROVIDERS, iac: IAC_FLAVORS, ci: CI_SYSTEMS } as const;

/** Loads and cross-checks `questionnaires/*.yaml`: one file per pillar, all seven required. */
export async function loadQuestionnaire(dir: string): Promise<Questionnaire> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const parsed: { source: SourceFile; file: PillarFile }[] = [];
  for (const name of names) {
    const source = await readSource(join(dir, name), "questionnaire");
    parsed.push({ source, file: validateSource(source, pillarFileSchema, "questionnaire") });
  }
  return buildQuestionnaire(parsed);
}

export function buildQuestionnaire(parsed: { source: SourceFile; file: PillarFile }[]): Questionnaire {
  const problems: string[] = [];
  const at = (source: SourceFile, path: (string | number)[], msg: string) =>
    // Same path notation as the schema errors (questions[2].when[0].question), so both kinds read alike.
    problems.push(located(source.file, { ...source.locate(path), path: formatPath(path) }, msg));

  const byPillar = new Map<string, { source: SourceFile; file: PillarFile }>();
  for (const p of parsed) {
    if (byPillar.has(p.file.pillar)) at(p.source, ["pillar"], `pillar "${p.file.pillar}" is already defined in ${byPillar.get(p.file.pillar)!.source.file}`);
    else byPillar.set(p.file.pillar, p);
  }
  for (const id of PILLAR_IDS) if (!byPillar.has(id)) problems.push(`no questionnaire file defines pillar "${id}"`);

  const questions = new Map<string, Question>();
  const capabilities = new Map<string, Capability>();
  const pillars: Pillar[] = [];
  for (const id of PILLAR_IDS) {
    const entry = byPillar.get(id);
    if (!entry) continue;
    const { source, file } = entry;
    const caps: Capability[] = [];
    file.capabilities.forEach((c, i) => {
      const qid = `${id}.${c.id}`;
      if (capabilities.has(qid)) at(source, ["capabilities", i, "id"], `duplicate capability "${c.id}"`);
      const cap = { ...c, id: qid, pillar: id };
      capabilities.set(qid, cap);
      caps.push(cap);
    });
    const qs: Question[] = [];
    file.questions.forEach((q, i) => {
      const where = (k: string | number, ...rest: (string | number)[]) => ["questions", i, k, ...rest];
      if (!q.id.startsWith(`${id}.`)) at(source, where("id"), `question id must start with "${id}."`);
      if (questions.has(q.id)) at(source, where("id"), `duplicate question id "${q.id}"`);
      const capability = `${id}.${q.capability}`;
      if (!capabilities.has(capability))
        at(source, where("capability"), `unknown capability "${q.capability}"; expected one of ${file.capabilities.map((c) => c.id).join(", ")}`);
      const values = q.options.map((o) => o.value);
      values.forEach((v, j) => {
        if (values.indexOf(v) !== j) at(source, where("options", j, "value"), `duplicate option value "${v}"`);
      });
      if (!values.includes(q.default)) at(source, where("default"), `default "${q.default}" is not an option; expected one of ${values.join(", ")}`);
      const evidence = q.evidence.map((link, j) => {
        for (const key of ["supports", "rulesOut"] as const)
          link[key].forEach((v, k) => {
            if (!values.includes(v)) at(source, where("evidence", j, key, k), `"${v}" is not an option of ${q.id}; expected one of ${values.join(", ")}`);
          });
        const path = where("evidence", j, "check");
        // Lazy: locating parses the file again with positions, worth it only for an error message.
        return { ...link, at: (msg: string) => located(source.file, { ...source.locate(path), path: formatPath(path) }, msg) };
      });
      const question: Question = { ...q, evidence, pillar: id, capability };
      questions.set(q.id, question);
      qs.push(question);
    });
    pillars.push({ id, title: file.title, principle: file.principle, services: file.services, capabilities: caps, questions: qs });
  }

  // Conditions may point at any earlier question, in this pillar or a previous one, so that the
  // questionnaire can always be asked in order.
  const order = [...questions.keys()];
  for (const { source, file } of byPillar.values()) {
    file.questions.forEach((q, i) => {
      q.when.forEach((c, j) => {
        if (c.profile) {
          // A misspelt profile value would make the condition silently never (or always) hold.
          const allowed: readonly string[] = PROFILE_VALUES[c.profile];
          for (const v of [...(c.in ?? []), ...(c.notIn ?? [])])
            if (!allowed.includes(v)) at(source, ["questions", i, "when", j, c.in ? "in" : "notIn"], `"${v}" is not a value of organization.${c.profile}; expected one of ${allowed.join(", ")}`);
          return;
        }
        if (!c.question) return;
        const path = ["questions", i, "when", j, "question"];
        const target = questions.get(c.question);
        if (!target) return at(source, path, `condition names unknown question "${c.question}"`);
        if (order.indexOf(c.question) >= order.indexOf(q.id)) at(source, path, `condition must name an earlier question, not "${c.question}"`);
        const allowed = target.options.map((o) => o.value);
        for (const v of [...(c.in ?? []), ...(c.notIn ?? [])])
          if (!allowed.includes(v)) at(source, path, `"${v}" is not an option of ${c.question}; expected one of ${allowed.join(", ")}`);
      });
    });
    file.capabilities.forEach((c, i) => {
      if (!file.questions.some((q) => q.capability === c.id)) at(source, ["capabilities", i, "id"], `capability "${c.id}" has no question`);
    });
  }

  if (problems.length) throw new UserError("the questionnaire is invalid", problems);
  return { pillars, questions, capabilities };
}
