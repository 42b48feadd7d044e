/**
 * How to run this tool again, as the user started it: someone who ran `npm create zero-trust` or
 * `npx` has no `create-zero-trust` on their PATH, so hints name `npx create-zero-trust@VERSION`.
 */
export function invocation(env: NodeJS.ProcessEnv, version: string): string {
  // npm sets npm_command for the scripts and binaries it runs: "exec" for npx, "init" for npm create.
  return env.npm_command === "exec" || env.npm_command === "init" ? `npx create-zero-trust@${version}` : "create-zero-trust";
}
