// `npm run bench`: every benchmark in one run, so ratios compare figures taken on the same machine state.
import { benchCli } from "./cli.js";
import { benchUpdate } from "./update.js";

const suites: [string, () => Promise<Record<string, number | string>>][] = [
  ["cli start-up", benchCli],
  ["update", benchUpdate],
];
const only = process.argv[2];
for (const [name, fn] of suites) {
  if (only && !name.includes(only)) continue;
  const figures = await fn();
  console.log(`\n## ${name}`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(44)} ${v}`);
}
