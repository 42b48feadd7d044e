import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Moto } from "../helpers/moto.js";

export interface SeededOrg {
  management: string;
  members: string[];
  good: string;
  gap: string;
  spare: string;
}

const SEEDER = fileURLToPath(new URL("./seed_org.py", import.meta.url));

/** Seeds an organization into moto through the real AWS APIs (boto3); see seed_org.py for the scenarios. */
export async function seedOrg(moto: Moto, scenario: "good-org" | "gap-org" | "billing" | "bench", members = 0): Promise<SeededOrg> {
  const { stdout } = await promisify(execFile)("python3", [SEEDER, moto.url, scenario, String(members)], { env: { ...process.env, PYTHONWARNINGS: "ignore" }, maxBuffer: 16 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop()!) as SeededOrg;
}

export const REGIONS = ["eu-west-1", "eu-central-1"];
export const CHECKS_DIR = fileURLToPath(new URL("../../checks", import.meta.url));
export const QUESTIONNAIRES_DIR = fileURLToPath(new URL("../../questionnaires", import.meta.url));
export const CATALOG_PATHS = { checks: CHECKS_DIR, questionnaires: QUESTIONNAIRES_DIR, templates: fileURLToPath(new URL("../../templates", import.meta.url)) };
/** Access keys created during seeding are "old" when the scan's clock runs 200 days ahead. */
export const LATER = () => new Date(Date.now() + 200 * 86_400_000);
