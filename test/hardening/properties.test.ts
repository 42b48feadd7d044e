import fc from "fast-check";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseSource, validateSource } from "../../src/data-file.js";
import { UserError } from "../../src/errors.js";
import { existsInside, listInside, readInside, removeEmptyFolderInside, removeInside, writeInside } from "../../src/fs/guarded.js";
import { osErrorLine } from "../../src/os-error.js";
import { parseArgv } from "../../src/cli/parse-args.js";
import { emptyAnswers, parseAnswersText } from "../../src/questionnaire/answers.js";
import type { Questionnaire } from "../../src/questionnaire/model.js";
import { applyOverrides } from "../../src/questionnaire/set-overrides.js";
import { evidenceSchema } from "../../src/verify/evidence-file.js";
import { evidenceWith, failing, realQuestionnaire, ROOT } from "../helpers/render-profiles.js";
import { hashTree } from "./helpers.js";

/**
 * Property tests: random and mutated inputs never end in anything but a valid result or a
 * UserError that names the file (and, for a file, the place). Fixed seeds and bounded runs keep
 * the suite fast and any failure reproducible.
 */
const RUNS = { seed: 20261204, numRuns: 300 };

let questionnaire: Questionnaire;
let example: string;
beforeAll(async () => {
  questionnaire = await realQuestionnaire();
  example = await readFile(join(ROOT, "examples", "acme.yaml"), "utf8");
});

/** Runs fn; the only failure allowed is a UserError, whose message is returned. */
function userErrorOr<T>(fn: () => T): { value?: T; message?: string } {
  try {
    return { value: fn() };
  } catch (err) {
    if (!(err instanceof UserError)) throw new Error(`not a UserError: ${(err as Error).stack ?? String(err)}`);
    return { message: err.message };
  }
}

/** Text that YAML treats specially, to splice into files. */
const YAML_TOKENS = ["*a", "&a ", "<<: *a", "__proto__: 1", "constructor: x", ": ", "- ", "!!binary x", "!Ref x", "\t", "\u0000", "\u001b", "{", "[", "'", '"', "? ", "| ", "> ", "---\n", "...\n", "%YAML 1.1\n", "#", "@", "`", "\ufeff", "\u2028", "yes", "~", "0x1F", "1e309", "a: &a [*a]", "\n  - x", "schemaVersion: 2\n"];

/** One edit of a text: delete, duplicate or truncate a line, or splice a token in. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("splice" as const), at: fc.nat(), token: fc.oneof(fc.constantFrom(...YAML_TOKENS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constantFrom("delete-line" as const, "duplicate-line" as const, "truncate" as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, edits: Mutation[]): string {
  let t = text;
  for (const e of edits) {
    if (e.kind === "splice") {
      const at = e.at % (t.length + 1);
      t = t.slice(0, at) + e.token + t.slice(at);
    } else if (e.kind === "truncate") t = t.slice(0, e.at % (t.length + 1));
    else {
      const lines = t.split("\n");
      const i = e.at % lines.length;
      if (e.kind === "delete-line") lines.splice(i, 1);
      else lines.splice(i, 0, lines[i]!);
      t = lines.join("\n");
    }
  }
  return t;
}

/** A UserError about a file names the file, and a place in it (line:col or a path) when the file parsed. */
function namesFileAndPlace(message: string, file: string) {
  expect(message).toContain(file);
  expect(message.length).toBeLessThan(20_000);
}

describe("answers files", () => {
  it("random YAML documents: a valid result or a UserError naming the file", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, wrap) => {
        const data = wrap ? { schemaVersion: 1, organization: value, answers: value } : value;
        const r = userErrorOr(() => parseAnswersText("random.yaml", stringify(data), questionnaire));
        if (r.message) namesFileAndPlace(r.message, "random.yaml");
      }),
      RUNS,
    );
  });

  it("random text: a valid result or a UserError naming the file", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const r = userErrorOr(() => parseAnswersText("text.yaml", text, questionnaire));
        if (r.message) namesFileAndPlace(r.message, "text.yaml");
      }),
      RUNS,
    );
  });

  it("mutations of the valid example: a valid result or a UserError naming the file and the line", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const r = userErrorOr(() => parseAnswersText("acme.yaml", mutate(example, edits), questionnaire));
        if (r.message) {
          namesFileAndPlace(r.message, "acme.yaml");
          // Whatever the parser or the schema found is located; only whole-file limits (aliases) have no line.
          if (!/aliases| is empty /.test(r.message)) expect(r.message).toMatch(/acme\.yaml(:\d+:\d+)?: \S/);
        }
      }),
      RUNS,
    );
  });
});

describe("--set", () => {
  const keys = ["organization.name", "organization.iac", "organization.regions", "organization.homeRegion", "organization.ci", "organization.identityProvider", "organization.nope", "identity.mfa", "answers.identity.mfa", "__proto__", "organization.__proto__", "constructor", "identity.unknown", "", " ", "a.b.c.d"];
  const values = ["", "terraform", "cloudformation", "eu-west-1", "eu-west-1,us-east-1", ",,,", "all-users", "okta", "\u001b[31m", "x".repeat(300), "${AWS::AccountId}", "a=b=c", " padded "];
  const setArg = fc.oneof(
    fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 20 }))).map(([k, v]) => `${k}=${v}`),
    fc.string({ maxLength: 30 }),
  );

  it("random --set lists: a valid answers object or a UserError listing each bad --set", () => {
    fc.assert(
      fc.property(fc.array(setArg, { maxLength: 5 }), (sets) => {
        const r = userErrorOr(() => applyOverrides(emptyAnswers(), sets, questionnaire));
        if (r.message) {
          expect(r.message).toMatch(/^invalid --set\n/);
          for (const line of r.message.split("\n").slice(1)) expect(line).toMatch(/^ {2}- (--set|\.\.\. and)/);
        } else expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
      }),
      RUNS,
    );
  });

  it("random command lines with --set: parsed, or a UserError", () => {
    const token = fc.oneof(fc.constantFrom("--set", "--set=", "--set=organization.iac=terraform", "-s", "--", "--yes", "--answers", "update", "zt", "--json", "--no-git", "--force", "="), setArg);
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        userErrorOr(() => parseArgv(argv));
      }),
      RUNS,
    );
  });
});

describe("evidence files", () => {
  const valid = evidenceWith([failing("data.s3-encryption"), failing("identity.root-mfa", "critical")]);
  const validText = JSON.stringify(valid, null, 2);

  /** A path into the evidence object and a random JSON value to put there (or delete what is there). */
  const paths: (string | number)[][] = [[], ["schemaVersion"], ["tool"], ["tool", "version"], ["generatedAt"], ["caller"], ["organization"], ["regions"], ["regions", 0], ["accounts"], ["accounts", 0], ["accounts", 0, "status"], ["accounts", 0, "name"], ["findings"], ["findings", 0], ["findings", 0, "status"], ["findings", 1, "resources"], ["findings", 0, "remediation"], ["findings", 0, "detail"], ["incomplete"], ["__proto__"], ["extra"]];
  const edit = fc.record({ path: fc.constantFrom(...paths), value: fc.option(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("\u001b[2J", "x\u2028y", "pass", "2026-13-45T00:00:00Z")), { nil: undefined }) });

  function apply(data: unknown, path: (string | number)[], value: unknown): unknown {
    if (!path.length) return value;
    if (data === null || typeof data !== "object") return data;
    const copy = structuredClone(data) as Record<string | number, unknown>;
    let at = copy;
    for (const key of path.slice(0, -1)) {
      if (at[key] === null || typeof at[key] !== "object") return copy;
      at = at[key] as Record<string | number, unknown>;
    }
    const last = path.at(-1)!;
    if (value === undefined) delete at[last];
    else Object.defineProperty(at, last, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  }

  it("random edits of a valid evidence file: valid evidence or a UserError naming the file and the place", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const data = edits.reduce<unknown>((d, e) => apply(d, e.path, e.value), valid);
        const text = data === undefined ? "" : JSON.stringify(data, null, 2);
        const r = userErrorOr(() => validateSource(parseSource("evidence.json", text), evidenceSchema, "evidence file"));
        if (r.message) {
          namesFileAndPlace(r.message, "evidence.json");
          expect(r.message).toMatch(/evidence\.json(:\d+:\d+)?: | is empty /);
        }
      }),
      RUNS,
    );
  });

  it("mutated evidence text: valid evidence or a UserError naming the file", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const r = userErrorOr(() => validateSource(parseSource("evidence.json", mutate(validText, edits)), evidenceSchema, "evidence file"));
        if (r.message) namesFileAndPlace(r.message, "evidence.json");
      }),
      RUNS,
    );
  });
});

describe("the guarded file layer", () => {
  const segment = fc.constantFrom("a", "b", "..", ".", "", "link-out", "link-in", "link-up", "victim", "etc", "passwd", "x.txt");
  const relPath = fc.array(segment, { minLength: 1, maxLength: 5 }).chain((parts) => fc.constantFrom(parts.join("/"), `/${parts.join("/")}`, `${parts.join("/")}/`));
  const op = fc.oneof(
    fc.record({ op: fc.constantFrom("write" as const, "read" as const, "remove" as const, "rmdir" as const, "list" as const, "exists" as const), path: relPath }),
    fc.record({ op: fc.constant("link" as const), path: relPath, target: fc.constantFrom("outside", "outside-file", "inside", "..", "/") }),
  );

  it("random operations with .., absolute paths and links never touch anything outside the target", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const outer = await mkdtemp(join(tmpdir(), "czt-fuzz-"));
        const victim = join(outer, "victim");
        const root = join(outer, "repo");
        await mkdir(join(victim, "sub"), { recursive: true });
        await writeFile(join(victim, "precious.txt"), "keep\n");
        await writeFile(join(victim, "sub", "x.txt"), "keep too\n");
        await mkdir(join(root, "a"), { recursive: true });
        const before = await hashTree(victim);
        try {
          for (const o of ops) {
            try {
              if (o.op === "link") {
                // A link planted inside the repository (as a clone or another program could), pointing anywhere.
                const target = { outside: victim, "outside-file": join(victim, "precious.txt"), inside: join(root, "a"), "..": "..", "/": "/" }[o.target];
                const at = join(root, o.path.replace(/\.\.(\/|$)/g, "").replace(/^\/+/, ""));
                if (at.startsWith(`${root}/`)) await symlink(target, at).catch(() => undefined);
                continue;
              }
              if (o.op === "write") await writeInside(root, o.path, "overwritten\n");
              else if (o.op === "read") await readInside(root, o.path);
              else if (o.op === "remove") await removeInside(root, o.path);
              else if (o.op === "rmdir") await removeEmptyFolderInside(root, o.path);
              else if (o.op === "list") await listInside(root, o.path);
              else await existsInside(root, o.path);
            } catch (err) {
              // Refused (a link, a path leaving the root) or an operating-system error the CLI prints as one line.
              if (!(err instanceof UserError) && !osErrorLine(err)) throw err;
            }
          }
          expect(await hashTree(victim)).toEqual(before);
        } finally {
          await rm(outer, { recursive: true, force: true });
        }
      }),
      { seed: RUNS.seed, numRuns: 150 },
    );
  }, 120_000);
});
