import { execa } from "execa";

const cache = new Map<string, Promise<string | undefined>>();

/** The tool's version line, or undefined when it is not installed here. */
export function toolVersion(cmd: string, args = ["--version"]): Promise<string | undefined> {
  let hit = cache.get(cmd);
  if (!hit) {
    hit = execa(cmd, args, { reject: false, timeout: 30_000 }).then((r) => (r.exitCode === 0 ? (r.stdout || r.stderr).split("\n")[0] : undefined), () => undefined);
    cache.set(cmd, hit);
  }
  return hit;
}
