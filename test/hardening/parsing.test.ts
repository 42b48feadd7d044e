import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../../src/data-file.js";
import { runCli } from "../helpers/run-cli.js";

const HEAD = "schemaVersion: 1\norganization:\n  name: Acme\nanswers:\n";

/** assess with the given answers file bytes: must be exit 1 with one clear error and no stack trace. */
async function rejected(content: string | Buffer, pattern: RegExp, args: string[] = []) {
  const cwd = await mkdtemp(join(tmpdir(), "czt-parse-"));
  await writeFile(join(cwd, "answers.yaml"), content);
  const r = await runCli(["assess", "--answers", "answers.yaml", ...args], { cwd });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^error /);
  expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
  expect(r.stderr).toMatch(pattern);
  return r.stderr;
}

describe("hostile answers files are refused with a clear error", () => {
  it("an alias bomb", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)];
    await rejected(`${levels.join("\n")}\n${HEAD}`, /aliases \(\*name\) expand too far/);
  });

  it("merge keys, chained", async () => {
    await rejected(`base: &b { x: 1 }\nmore: &m { <<: *b, y: 2 }\n${HEAD}  <<: *m\n`, /merge keys \(<<\) are not supported/);
  });

  it.each(["__proto__", "constructor", "prototype"])("a %s key", async (key) => {
    await rejected(`${HEAD}  ${key}: none\n`, new RegExp(`answers.yaml:5:3: the key "${key}" is not allowed`));
  });

  it("a duplicate key", async () => {
    await rejected(`${HEAD}  identity.mfa: none\n  identity.mfa: all-users\n`, /answers.yaml:6:3: duplicate key "identity.mfa"/);
  });

  it("invalid UTF-8, with the byte offset", async () => {
    const text = Buffer.from(`${HEAD}  identity.mfa: none\n`);
    const bad = Buffer.concat([text.subarray(0, 30), Buffer.from([0xc3, 0x28]), text.subarray(30)]);
    await rejected(bad, /not valid UTF-8 \(first invalid byte at offset 30\)/);
  });

  it("a file over the size limit", async () => {
    await rejected(`${HEAD}# ${"x".repeat(MAX_INPUT_BYTES)}\n`, /is \d+ bytes; at most 4194304 are read/);
  });

  it("80k unknown question ids: the first 20 listed, a short message", async () => {
    const ids = Array.from({ length: 80_000 }, (_, i) => `  bogus.q${i}: none`).join("\n");
    const stderr = await rejected(`${HEAD}${ids}\n`, /unknown question id "bogus.q0"[\s\S]*\.\.\. and 79980 more/);
    expect(stderr.length).toBeLessThan(4000);
  });

  it("a 1 MB key: quoted as an excerpt", async () => {
    const stderr = await rejected(`${HEAD}  ? ${"k".repeat(1_000_000)}\n  : none\n`, /unknown question id "k{60}\.\.\. \(1000000 characters\)"/);
    expect(stderr.length).toBeLessThan(4000);
  });
});

describe("--set", () => {
  const EMPTY = HEAD.replace("answers:\n", "answers: {}\n");
  it.each(["__proto__=x", "answers.__proto__=x", "organization.constructor=x", "prototype=x"])("%s is rejected", async (set) => {
    await rejected(EMPTY, /--set .*: not an answer key/, ["--set", set]);
  });

  it("a key given twice is rejected", async () => {
    await rejected(EMPTY, /--set identity.mfa: given twice/, ["--set", "identity.mfa=none", "--set", "identity.mfa=all-users"]);
  });
});

describe("answers files the parser would have read loosely", () => {
  it("an empty file says so", async () => {
    await rejected("# only a comment\n", /answers\.yaml is empty \(or holds only comments\): it is not a valid answers file/);
  });

  it("a mapping used as a key is refused at its place (no process warning)", async () => {
    const err = await rejected(`${HEAD}  ? [identity.mfa]\n  : all-users\n`, /answers\.yaml:\d+:\d+: a key must be plain text, not a mapping or a list/);
    expect(err).not.toMatch(/Warning|stringified/);
  });
});
