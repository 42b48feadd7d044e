import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FindingStatus } from "../../src/model/evidence.js";
import { CHECKS_BY_ID } from "../../src/verify/checks/index.js";
import { loadCheckCatalog } from "../../src/verify/catalog.js";
import { runFake } from "./fake-context.js";
import type { CheckRow, RowFile } from "./check-rows/row.js";
import { CATALOG_PATHS } from "./org.js";

// Every file of check-rows/ but row.ts holds one service's rows.
const dir = new URL("./check-rows/", import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "row.ts");
const files = await Promise.all(names.map(async (f) => ((await import(new URL(f, dir).href)) as { default: RowFile }).default));
const rows: CheckRow[] = files.flatMap((f) => f.rows);
const alwaysApplicable: Record<string, string> = Object.assign({}, ...files.map((f) => f.alwaysApplicable ?? {}));

describe("checks, table-driven through the fake context", () => {
  it.each(rows)("$check: $name -> $status", async (row) => {
    const check = CHECKS_BY_ID.get(row.check);
    expect(check, `${row.check} is registered`).toBeDefined();
    const outcome = await runFake(check!, row.data, row.opts);
    expect(outcome.status).toBe(row.status);
    if (row.detail) expect(outcome.detail).toMatch(row.detail);
    if (row.resources) expect(outcome.resources).toEqual(row.resources);
    // A pass always names what it evaluated; every other outcome says why in its detail.
    if (outcome.status === "pass") expect(outcome.resources?.length).toBeGreaterThan(0);
    expect(outcome.detail.length).toBeGreaterThan(0);
  });

  it("tests every check in every status it can end in: pass, fail, not-applicable and unreadable", async () => {
    const catalog = await loadCheckCatalog(CATALOG_PATHS);
    const seen = new Map<string, Set<FindingStatus>>();
    for (const r of rows) seen.set(r.check, (seen.get(r.check) ?? new Set()).add(r.status));
    const missing: string[] = [];
    for (const id of catalog.keys()) {
      const got = seen.get(id) ?? new Set();
      const wanted: FindingStatus[] = ["pass", "fail", ...(alwaysApplicable[id] ? [] : (["not-applicable"] as const))];
      const lacking = wanted.filter((s) => !got.has(s));
      if (!got.has("unknown") && !got.has("error")) lacking.push("unknown|error" as FindingStatus);
      if (lacking.length) missing.push(`${id}: ${lacking.join(", ")}`);
    }
    for (const id of Object.keys(alwaysApplicable)) if (!catalog.has(id)) missing.push(`${id}: listed as always applicable but not in the catalog`);
    expect(missing).toEqual([]);
  });
});
