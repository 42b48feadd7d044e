import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { hostname } from "node:os";
import { z } from "zod";
import { UserError } from "../errors.js";
import { insidePath } from "./guarded.js";

/** Beside `.zero-trust/`, not in it: a first generation must still see a folder without state. */
export const LOCK_FILE = ".zero-trust.lock";

const holderSchema = z.object({ pid: z.number().int(), host: z.string(), started: z.string(), command: z.string(), token: z.string() });
type Holder = z.output<typeof holderSchema>;

/**
 * Runs fn holding the repository's lock, so two runs never interleave their reads and writes.
 * A held lock is an error naming its holder; a lock left by a process of this machine that is
 * gone (killed) is taken over.
 */
export async function withRepositoryLock<T>(dir: string, command: string, fn: () => Promise<T>): Promise<T> {
  await mkdir(dir, { recursive: true });
  const file = await insidePath(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command, token: randomBytes(8).toString("hex") };
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, "wx");
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = await readHolder(file);
    if (attempt === 0 && holder && isStale(holder)) {
      await rm(file, { force: true });
      continue;
    }
    const who = holder ? `${holder.command} (process ${holder.pid} on ${holder.host}, started ${holder.started})` : "another run";
    throw new UserError(`${dir} is in use by ${who}: wait for it to finish and run again; if no such run is going on, delete ${file}`);
  }
  try {
    return await fn();
  } finally {
    if ((await readHolder(file))?.token === me.token) await rm(file, { force: true });
  }
}

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // gone, or half-written by a holder that is writing it right now
  }
}

function isStale(holder: Holder): boolean {
  if (holder.host !== hostname()) return false; // another machine's process cannot be checked
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}
