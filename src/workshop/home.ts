import envPaths from "env-paths";
import { isAbsolute, join, resolve } from "node:path";

export const HOME_ENV = "CREATE_ZERO_TRUST_HOME";

/**
 * Where workshop data lives: the user's data directory (e.g. ~/.local/share/create-zero-trust,
 * ~/Library/Application Support/create-zero-trust, %LOCALAPPDATA%\create-zero-trust\Data),
 * or CREATE_ZERO_TRUST_HOME (tests, a shared drive, a USB stick).
 */
export function workshopHome(env: NodeJS.ProcessEnv, cwd = process.cwd()): string {
  const override = env[HOME_ENV];
  if (override) return isAbsolute(override) ? override : resolve(cwd, override);
  return envPaths("create-zero-trust", { suffix: "" }).data;
}

export const customersDir = (home: string) => join(home, "customers");
