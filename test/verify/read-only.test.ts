import { readFile, readdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const READ_ONLY_COMMAND = /^(List|Describe|Get|BatchGet|GenerateCredentialReport)[A-Za-z0-9]*Command$/;
/** STS: who am I, and the role hop into member accounts; neither changes anything. */
const STS_COMMANDS = new Set(["AssumeRoleCommand", "GetCallerIdentityCommand"]);

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await sources(p)));
    else if (e.name.endsWith(".ts")) out.push(p);
  }
  return out;
}

/** Static `import ... from "x"` / `export ... from "x"` statements (not `import type`, not dynamic import()). */
function staticImports(text: string): { names: string[]; from: string }[] {
  const out: { names: string[]; from: string }[] = [];
  for (const m of text.matchAll(/^(import|export)\s+(?!type\s)([\s\S]*?)\s+from\s+["']([^"']+)["']/gm)) {
    const names = [...(m[2]!.match(/\{([\s\S]*)\}/)?.[1] ?? "").split(",")]
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith("type "))
      .map((n) => n.split(/\s+as\s+/)[0]!.trim());
    out.push({ names, from: m[3]! });
  }
  for (const m of text.matchAll(/^import\s+["']([^"']+)["']/gm)) out.push({ names: [], from: m[1]! });
  return out;
}

describe("read-only by construction", () => {
  it("imports no AWS SDK command other than List/Describe/Get/BatchGet/GenerateCredentialReport (and STS identity/AssumeRole)", async () => {
    const offending: string[] = [];
    let commands = 0;
    for (const file of await sources(SRC)) {
      for (const imp of staticImports(await readFile(file, "utf8"))) {
        if (!imp.from.startsWith("@aws-sdk/")) continue;
        for (const name of imp.names.filter((n) => n.endsWith("Command"))) {
          commands++;
          if (!READ_ONLY_COMMAND.test(name) && !STS_COMMANDS.has(name)) offending.push(`${file}: ${name} from ${imp.from}`);
        }
      }
    }
    expect(offending).toEqual([]);
    expect(commands).toBeGreaterThan(60);
  });

  it("sends only read-only operations through the signed JSON helper", async () => {
    const ops: string[] = [];
    for (const file of await sources(join(SRC, "verify")))
      for (const m of (await readFile(file, "utf8")).matchAll(/jsonCall<[^>]*>\([^,]+,\s*[A-Z_]+,\s*"([A-Za-z]+)"/g)) ops.push(m[1]!);
    expect(ops.length).toBeGreaterThan(0);
    for (const op of ops) expect(op).toMatch(/^(List|Describe|Get|BatchGet)/);
    const { jsonCall, ACM_PCA } = await import("../../src/verify/aws/json-call.js");
    await expect(jsonCall({} as never, ACM_PCA, "DeleteCertificateAuthority", {})).rejects.toThrow(/not a read-only operation/);
  });

  it("keeps the AWS SDK out of everything loaded before a scan starts", async () => {
    // Follow static imports from the modules the CLI and the wizard load eagerly; dynamic import() is the boundary.
    const entries = ["cli/commands/verify.ts", "verify/index.ts", "verify/catalog.ts", "verify/evidence-file.ts"].map((p) => join(SRC, p));
    const seen = new Set<string>();
    const heavy: string[] = [];
    const visit = async (file: string, chain: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imp of staticImports(await readFile(file, "utf8"))) {
        if (/^@(aws-sdk|smithy)\//.test(imp.from)) heavy.push([...chain, file, imp.from].map((p) => p.replace(SRC, "")).join(" -> "));
        else if (imp.from.startsWith(".")) await visit(resolve(dirname(file), imp.from.replace(/\.js$/, ".ts")), [...chain, file]);
      }
    };
    for (const e of entries) await visit(e, []);
    expect(heavy).toEqual([]);
    expect(seen.size).toBeGreaterThan(8);
  });
});
