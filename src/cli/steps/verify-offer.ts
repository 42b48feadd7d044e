import { UserError } from "../../errors.js";
import { printable } from "../../printable.js";
import { problemKind } from "../../verify/aws/classify.js";
import { ScanFailure } from "../../verify/scan/failure.js";
import { invocation } from "../invocation.js";
import type { Evidence } from "../../model/evidence.js";
import { REGION_PATTERN } from "../../model/profile.js";
import type { CompleteAnswers } from "../../questionnaire/answers.js";
import type { Context } from "../context.js";

/**
 * Runs `verify` from the wizard: asks first in a terminal, and only when credentials are there.
 * A scan that fails or could not verify never ends create or assess: the answers stay unverified
 * and one line says whether the network, the credentials or the permissions were the problem.
 */
export async function offerVerification(ctx: Context, answers: CompleteAnswers): Promise<Evidence | undefined> {
  const { hasCredentials } = await import("../../verify/index.js");
  const available = await hasCredentials(ctx.env, { profile: ctx.flags.profile });
  if (ctx.flags.verify) {
    if (!available) return fallBack(ctx, "no AWS credentials found through the standard chain (AWS_PROFILE, environment variables, SSO, instance role); pass --profile NAME");
  } else {
    const { createPrompter } = await import("../../questionnaire/ask/prompter.js");
    const prompt = createPrompter(ctx.io);
    if (!available) {
      prompt.info("No AWS credentials found, so the answers stay unverified. Run `create-zero-trust verify --output evidence.json` later and feed it back with --evidence.");
      return undefined;
    }
    if (!(await prompt.confirm("Check these answers against your AWS organization now? (read-only API calls)", true))) return undefined;
  }
  let evidence: Evidence;
  try {
    evidence = await scanFromFlags(ctx, answers.organization.regions);
  } catch (err) {
    // Bad flags (a malformed --regions) are the person's to fix before anything runs; a failed scan is not.
    if (err instanceof UserError && !(err instanceof ScanFailure)) throw err;
    return fallBack(ctx, printable((err as Error).message));
  }
  const { couldNotVerify } = await import("../../verify/output/summary.js");
  if (couldNotVerify(evidence)) {
    const why = evidence.incomplete?.[0] ?? evidence.findings.find((f) => f.status === "error" || f.status === "unknown")?.detail ?? "no check could read what it needs";
    warn(ctx, `could not verify everything (${problemKind(why)} error): ${printable(why)}; answers without evidence stay unverified.`);
  }
  return evidence;
}

function warn(ctx: Context, message: string): void {
  ctx.io.stderr.write(`${ctx.colors.yellow(`Live verification ${message}`)}\n`);
}

function fallBack(ctx: Context, reason: string): undefined {
  const again = `${invocation(ctx.env, ctx.version)} verify --output evidence.json`;
  warn(ctx, `failed (${problemKind(reason)} error): ${reason.replace(/\.$/, "")}. The answers stay unverified; once fixed, run \`${again}\` and pass the file with --evidence.`);
  return undefined;
}

/** The scan as the flags describe it; regions default to the answers' regions. */
export async function scanFromFlags(ctx: Context, fallbackRegions?: string[]): Promise<Evidence> {
  const { runVerification } = await import("../../verify/index.js");
  const { parseList, parseShard } = await import("../../verify/scan/select.js");
  const { reporter } = await import("./verify-progress.js");
  const { flags } = ctx;
  const progress = reporter(ctx);
  try {
    return await runVerification(
      {
        paths: ctx.paths,
        toolVersion: ctx.version,
        env: ctx.env,
        profile: flags.profile,
        roleName: flags["role-name"],
        regions: parseList(flags.regions, "regions", REGION_PATTERN, "eu-west-1,eu-central-1") ?? fallbackRegions,
        accounts: parseList(flags.accounts, "accounts", /^\d{12}$/, "111122223333,444455556666"),
        concurrency: flags.concurrency ? Number(flags.concurrency) : undefined,
        shard: flags.shard !== undefined ? parseShard(flags.shard) : undefined,
        deadlineSeconds: flags.deadline ? Number(flags.deadline) : undefined,
      },
      progress.event,
    );
  } finally {
    await progress.done();
  }
}
