import { join } from "node:path";
import pc from "picocolors";
import { readSource, validateSource } from "../../data-file.js";
import { UserError } from "../../errors.js";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import type { Evidence } from "../../model/evidence.js";
import { REGION_PATTERN } from "../../model/profile.js";
import { answersFileSchema } from "../../questionnaire/answers-schema.js";
import { loadCheckCatalog } from "../../verify/catalog.js";
import { readEvidenceFile, runVerification, type ProgressEvent } from "../../verify/index.js";
import { mergeEvidence } from "../../verify/merge.js";
import { toOcsf } from "../../verify/output/ocsf.js";
import { toSarif } from "../../verify/output/sarif.js";
import { formatSummary } from "../../verify/output/summary.js";
import { parseList, parseShard } from "../../verify/scan/select.js";
import type { Context } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { resolveFrom } from "../parse-args.js";

/** `verify [merge FILE...]`: read-only live checks (or merging shard outputs); exit 2 when a check fails. */
export async function run(ctx: Context): Promise<ExitCode> {
  const [sub, ...files] = ctx.positionals;
  if (sub === "merge") return merge(ctx, files);
  if (sub !== undefined) throw new UserError(`verify: unexpected argument "${sub}"; expected no argument, or merge FILE...`);

  const { flags } = ctx;
  const regions = parseList(flags.regions, "regions", REGION_PATTERN, "eu-west-1,eu-central-1") ?? (await answersRegions(ctx));
  const accounts = parseList(flags.accounts, "accounts", /^\d{12}$/, "111122223333,444455556666");
  const shard = flags.shard !== undefined ? parseShard(flags.shard) : undefined;
  const concurrency = flags.concurrency ? Number(flags.concurrency) : undefined;

  const progress = reporter(ctx);
  let evidence: Evidence;
  try {
    evidence = await runVerification(
      { checksDir: ctx.paths.checks, toolVersion: ctx.version, env: ctx.env, profile: flags.profile, roleName: flags["role-name"], regions, accounts, concurrency, shard },
      progress.event,
    );
  } finally {
    await progress.done();
  }
  return finish(ctx, evidence);
}

async function merge(ctx: Context, files: string[]): Promise<ExitCode> {
  if (!files.length) throw new UserError("verify merge: name the evidence files to combine, e.g. verify merge shard-1.json shard-2.json --output evidence.json");
  const parts = [];
  for (const f of files) {
    const file = resolveFrom(ctx.cwd, f);
    parts.push({ file, evidence: await readEvidenceFile(file) });
  }
  return finish(ctx, mergeEvidence(parts));
}

/** Prints the summary (or JSON), writes --output in --format, and turns failing findings into exit 2. */
async function finish(ctx: Context, evidence: Evidence): Promise<ExitCode> {
  const { flags, io } = ctx;
  const format = flags.format ?? "json";
  if (flags.output) {
    const file = resolveFrom(ctx.cwd, flags.output);
    const body = format === "sarif" ? toSarif(evidence, await loadCheckCatalog(ctx.paths.checks)) : format === "ocsf" ? toOcsf(evidence) : evidence;
    await writeFileAtomic(file, `${JSON.stringify(body, null, 2)}\n`);
    io.stderr.write(`Wrote ${format === "json" ? "evidence" : format.toUpperCase()} to ${file}\n`);
  }
  const colors = ctx.env.NO_COLOR ? { red: id, green: id, yellow: id, bold: id, dim: id } : pc;
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(evidence, null, 2)}\n`);
    io.stderr.write(formatSummary(evidence, colors));
  } else io.stdout.write(formatSummary(evidence, colors));
  return evidence.findings.some((f) => f.status === "fail") ? EXIT.pending : EXIT.ok;
}

const id = (s: string) => s;

/** Regions from --answers FILE or the --example organization, when one is given. */
async function answersRegions(ctx: Context): Promise<string[] | undefined> {
  const file = ctx.flags.answers ? resolveFrom(ctx.cwd, ctx.flags.answers) : ctx.flags.example ? join(ctx.paths.examples, "acme.yaml") : undefined;
  if (!file) return undefined;
  const answers = validateSource(await readSource(file, "answers file"), answersFileSchema, "answers file");
  return answers.organization.regions;
}

/** A spinner for people, one plain line per account for CI logs; both on stderr-like channels so --json stays clean. */
function reporter(ctx: Context): { event: (e: ProgressEvent) => void; done: () => Promise<void> } {
  const write = (s: string) => ctx.io.stderr.write(`${s}\n`);
  if (!ctx.interactive) {
    return {
      event: (e) => {
        if (e.kind === "organization") write(`verify: ${e.accounts} account(s) x ${e.regions.length} region(s) (${e.regions.join(", ")})${e.organization ? ` in organization ${e.organization.id}` : ""}, as ${e.caller}`);
        else if (e.kind === "account") write(`verify: [${e.done}/${e.total}] ${e.account.id} ${e.account.name} ${e.account.status}${e.account.error ? `: ${e.account.error}` : ""}`);
        else write("verify: organization-wide checks");
      },
      done: async () => {},
    };
  }
  let spin: { start(m?: string): void; message(m?: string): void; stop(m?: string): void } | undefined;
  let pending: ProgressEvent[] = [];
  // @clack/prompts is loaded lazily like everything else verify needs.
  const ready = import("@clack/prompts").then(({ spinner }) => {
    spin = spinner({ output: ctx.io.stderr, input: ctx.io.stdin });
    spin.start("Reading the organization");
    for (const e of pending) show(e);
    pending = [];
  });
  let total = 0;
  const show = (e: ProgressEvent) => {
    if (e.kind === "organization") total = e.accounts;
    spin?.message(e.kind === "organization" ? `Scanning ${e.accounts} account(s) in ${e.regions.length} region(s)` : e.kind === "account" ? `Scanned ${e.done}/${e.total} accounts (last: ${e.account.id} ${e.account.status})` : `Organization-wide checks (${total} accounts done)`);
  };
  return {
    event: (e) => (spin ? show(e) : pending.push(e)),
    done: () => ready.then(() => spin?.stop("Verification finished")),
  };
}
