import { UserError } from "../../errors.js";
import type { Evidence } from "../../model/evidence.js";
import { REGION_PATTERN } from "../../model/profile.js";
import type { CompleteAnswers } from "../../questionnaire/answers.js";
import type { Context } from "../context.js";

/** Runs `verify` from the wizard: asks first in a terminal, and only when credentials are there. */
export async function offerVerification(ctx: Context, answers: CompleteAnswers): Promise<Evidence | undefined> {
  const { hasCredentials } = await import("../../verify/index.js");
  const available = await hasCredentials(ctx.env, { profile: ctx.flags.profile });
  if (ctx.flags.verify) {
    if (!available)
      throw new UserError("--verify: no AWS credentials found through the standard chain (AWS_PROFILE, environment variables, SSO, instance role); pass --profile NAME, or --no-verify");
  } else {
    const { createPrompter } = await import("../../questionnaire/ask/prompter.js");
    const prompt = createPrompter(ctx.io);
    if (!available) {
      prompt.info("No AWS credentials found, so the answers stay unverified. Run `create-zero-trust verify --output evidence.json` later and feed it back with --evidence.");
      return undefined;
    }
    if (!(await prompt.confirm("Check these answers against your AWS organization now? (read-only API calls)", true))) return undefined;
  }
  return scanFromFlags(ctx, answers.organization.regions);
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
      },
      progress.event,
    );
  } finally {
    await progress.done();
  }
}
