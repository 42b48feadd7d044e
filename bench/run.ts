// `npm run bench`: every benchmark in one run, so ratios compare figures taken on the same machine state.
// `npm run bench -- verify` runs only the suites whose name contains "verify".
import { benchCli } from "./cli.js";
import { benchRender } from "./render.js";
import { benchUpdate } from "./update.js";
import { benchVerify } from "./verify.js";
import { benchVerifyRequests } from "./verify-requests.js";

const suites: [string, () => Promise<object>][] = [
  ["cli start-up", benchCli],
  ["render", () => benchRender()],
  ["update", benchUpdate],
  ["verify (moto)", benchVerify],
  ["verify requests (logging proxy)", benchVerifyRequests],
];
const only = process.argv[2];
for (const [name, fn] of suites) {
  if (only && !name.includes(only)) continue;
  const figures = await fn();
  console.log(`\n## ${name}`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(44)} ${v}`);
}
