import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/render-profiles.js";
import { MOTO_SKIPS } from "./moto-skips.js";

describe("the deploy rehearsal's skip list", () => {
  it("is documented in the README, row for row, each naming the moto operation", async () => {
    const readme = await readFile(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### Deploy rehearsal"));
    const rows = section.slice(section.indexOf("| Left out |")).split("\n\n")[0]!.split("\n").slice(2);
    expect(rows).toEqual(MOTO_SKIPS.map((s) => `| ${s.what} | ${s.operation} |`));
  });
});
