import { UserError } from "../../errors.js";
import type { Context } from "../context.js";
import type { ExitCode } from "../exit-codes.js";

// Owned by the issue that implements `update`; replaced there.
export async function run(_ctx: Context): Promise<ExitCode> {
  throw new UserError("`update` is not available in this build yet");
}
