import type { ProgressEvent } from "../../verify/index.js";
import type { Context } from "../context.js";

/** Scan progress: a clack spinner in a terminal, plain lines on stderr otherwise (CI logs). */
export function reporter(ctx: Context): { event: (e: ProgressEvent) => void; done: () => Promise<void> } {
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
