import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding package.json, questionnaires/ and templates/: found by walking up from this module (src/ in dev, dist/ when built). */
export function findPackageRoot(from = dirname(fileURLToPath(import.meta.url))): { root: string; version: string } {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      const json = JSON.parse(readFileSync(pkg, "utf8")) as { name?: string; version?: string };
      if (json.name === "create-zero-trust") return { root: dir, version: json.version ?? "0.0.0" };
    }
    if (dirname(dir) === dir) throw new Error(`create-zero-trust: package.json not found above ${from}`);
  }
}
