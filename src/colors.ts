import { createColors } from "picocolors";
import type { Writable } from "node:stream";

export type Colors = ReturnType<typeof createColors>;

/**
 * Colour only when a person reads the stream. picocolors' own default also turns colour on
 * whenever CI is set, which puts escape codes into logs, pipes and `--json` consumers' stderr.
 */
export function colorsFor(stream: Writable, env: NodeJS.ProcessEnv): Colors {
  if (env.NO_COLOR) return createColors(false);
  if (env.FORCE_COLOR && env.FORCE_COLOR !== "0") return createColors(true);
  return createColors((stream as { isTTY?: boolean }).isTTY === true && env.TERM !== "dumb");
}

export const NO_COLORS: Colors = createColors(false);
