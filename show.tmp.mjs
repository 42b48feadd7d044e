import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
const titles = new Map();
for (const f of readdirSync("checks")) for (const c of parse(readFileSync(`checks/${f}`, "utf8")).checks) titles.set(c.id, c.title);
for (const f of readdirSync("questionnaires").sort()) for (const q of parse(readFileSync(`questionnaires/${f}`, "utf8")).questions) {
  if (!q.evidence) continue;
  console.log(`${q.id}: ${q.options.map((o) => `${o.value}(${o.stage[0]})`).join(" ")}`);
  for (const e of q.evidence) console.log(`   ${e.check} [${titles.get(e.check)}] +${(e.supports ?? []).join(",")} -${(e.rulesOut ?? []).join(",")}`);
}
