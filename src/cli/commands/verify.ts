import { join } from "node:path";
import { readSource, validateSource } from "../../data-file.js";
import { colorsFor } from "../../colors.js";
import { UserError } from "../../errors.js";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import type { Evidence } from "../../model/evidence.js";
import { answersFileSchema } from "../../questionnaire/answers-schema.js";
import { loadCheckCatalog } from "../../verify/catalog.js";
import { readEvidenceFile } from "../../verify/index.js";
import { mergeEvidence } from "../../verify/merge.js";
import { toOcsf } from "../../verify/output/ocsf.js";
import { toSarif } from "../../verify/output/sarif.js";
import { compareFindings } from "../../verify/compare-findings.js";
import { formatBaseline, couldNotVerify, formatSummary } from "../../verify/output/summary.js";
import type { Context } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { resolveFrom } from "../parse-args.js";
import { scanFromFlags } from "../steps/verify-offer.js";

/** `verify [merge FILE...]`: read-only live checks (or merging shard outputs); exit 2 when a check fails. */
export async function run(ctx: Context): Promise<ExitCode> {
  const [sub, ...files] = ctx.positionals;
  if (sub === "merge") return merge(ctx, files);
  if (sub !== undefined) throw new UserError(`verify: unexpected argument "${sub}"; expected no argument, or merge FILE...`);

  const baseline = await readBaseline(ctx);
  const regions = ctx.flags.regions ? undefined : await answersRegions(ctx);
  return finish(ctx, await scanFromFlags(ctx, regions), baseline);
}

async function merge(ctx: Context, files: string[]): Promise<ExitCode> {
  if (!files.length) throw new UserError("verify merge: name the evidence files to combine, e.g. verify merge shard-1.json shard-2.json --output evidence.json");
  const baseline = await readBaseline(ctx);
  const parts = [];
  for (const f of files) {
    const file = resolveFrom(ctx.cwd, f);
    parts.push({ file, evidence: await readEvidenceFile(file) });
  }
  return finish(ctx, mergeEvidence(parts), baseline);
}

/** Prints the summary (or JSON), writes --output in --format, and turns failing findings (with --baseline: new or regressed ones) into exit 2. */
async function finish(ctx: Context, evidence: Evidence, baseline: Evidence | undefined): Promise<ExitCode> {
  const { flags, io } = ctx;
  const format = flags.format ?? "json";
  if (flags.output) {
    const file = resolveFrom(ctx.cwd, flags.output);
    const body = format === "sarif" ? toSarif(evidence, await loadCheckCatalog(ctx.paths)) : format === "ocsf" ? toOcsf(evidence) : evidence;
    await writeFileAtomic(file, `${JSON.stringify(body, null, 2)}\n`);
    io.stderr.write(`Wrote ${format === "json" ? "evidence" : format.toUpperCase()} to ${file}\n`);
  }
  // With --json the summary goes to stderr, so stdout stays one JSON document.
  const [text, colors] = flags.json ? [io.stderr, colorsFor(io.stderr, ctx.env)] : [io.stdout, ctx.colors];
  if (flags.json) io.stdout.write(`${JSON.stringify(evidence, null, 2)}\n`);
  text.write(formatSummary(evidence, colors));
  if (couldNotVerify(evidence)) return EXIT.unverified;
  if (!baseline) return evidence.findings.some((f) => f.status === "fail") ? EXIT.pending : EXIT.ok;
  const delta = compareFindings(baseline.findings, evidence.findings);
  text.write(formatBaseline(delta, flags.baseline!, colors));
  return delta.new.length || delta.regressed.length ? EXIT.pending : EXIT.ok;
}

/** Read before scanning or writing anything: a bad baseline should cost neither a scan nor an output file. */
async function readBaseline(ctx: Context): Promise<Evidence | undefined> {
  return ctx.flags.baseline ? readEvidenceFile(resolveFrom(ctx.cwd, ctx.flags.baseline)) : undefined;
}

/** Regions from --answers FILE or the --example organization, when one is given. */
async function answersRegions(ctx: Context): Promise<string[] | undefined> {
  const file = ctx.flags.answers ? resolveFrom(ctx.cwd, ctx.flags.answers) : ctx.flags.example ? join(ctx.paths.examples, "acme.yaml") : undefined;
  if (!file) return undefined;
  const answers = validateSource(await readSource(file, "answers file"), answersFileSchema, "answers file");
  return answers.organization.regions;
}
