import { readFileSync, writeFileSync, readdirSync } from "node:fs";
const links = JSON.parse(readFileSync("links.tmp.json", "utf8"));
const used = new Set();
for (const f of readdirSync("questionnaires")) {
  const path = `questionnaires/${f}`;
  const lines = readFileSync(path, "utf8").split("\n");
  const out = []; let qid = null; let skipping = false;
  for (const line of lines) {
    const m = /^  - id: (\S+)/.exec(line); if (m) qid = m[1];
    if (skipping) { if (/^      - check:|^        (supports|rulesOut):/.test(line)) continue; skipping = false; }
    if (line === "    evidence:") {
      if (!links[qid]) throw new Error(`no links for ${qid}`);
      used.add(qid);
      out.push(line);
      for (const [check, sup, rule] of links[qid]) {
        out.push(`      - check: ${check}`);
        if (sup.length) out.push(`        supports: [${sup.join(", ")}]`);
        if (rule.length) out.push(`        rulesOut: [${rule.join(", ")}]`);
      }
      skipping = true; continue;
    }
    out.push(line);
  }
  writeFileSync(path, out.join("\n"));
}
const missing = Object.keys(links).filter((k) => !used.has(k));
if (missing.length) console.log("no evidence block for", missing);
