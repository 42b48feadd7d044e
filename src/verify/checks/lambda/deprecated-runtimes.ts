import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Runtimes past their Lambda deprecation date (end of 2025): they get no more security patches. */
const DEPRECATED = new Set([
  ...["nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x"],
  ...["python2.7", "python3.6", "python3.7", "python3.8", "python3.9"],
  ...["ruby2.5", "ruby2.7", "java8", "go1.x", "provided"],
  ...["dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "dotnet7"],
]);

export default defineCheck({
  id: "lambda.deprecated-runtimes",
  scope: "region",
  async run(c) {
    // Container-image functions have no managed runtime: their base image is for image scanning to judge.
    const managed = c.need((await c.data("lambda", c.region)).functions).filter((f) => f.runtime);
    if (!managed.length) return notApplicable(`No Lambda functions on a managed runtime in ${c.accountId} ${c.region}`);
    const old = managed.filter((f) => DEPRECATED.has(f.runtime!));
    if (!old.length) return pass(`All ${count(managed.length, "Lambda function")} in ${c.region} run on a supported runtime`, managed.map((f) => f.arn));
    return fail(`${count(old.length, "Lambda function")} in ${c.accountId} ${c.region} ${old.length === 1 ? "runs" : "run"} on a deprecated runtime: ${few(old.map((f) => `${f.name} (${f.runtime})`))}`, old.map((f) => f.arn));
  },
});
