import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Personal access tokens and basic-auth passwords are long-lived secrets tied to a person; OAuth apps and CodeConnections are not. */
const LONG_LIVED = new Set(["PERSONAL_ACCESS_TOKEN", "BASIC_AUTH"]);

export default defineCheck({
  id: "codebuild.source-credentials",
  scope: "region",
  async run(c) {
    const credentials = c.need((await c.data("codebuild", c.region)).sourceCredentials);
    if (!credentials.length) return notApplicable(`No CodeBuild source credentials in ${c.accountId} ${c.region}`);
    const personal = credentials.filter((s) => LONG_LIVED.has(s.authType ?? ""));
    if (!personal.length) return pass(`The ${count(credentials.length, "CodeBuild source credential")} in ${c.region} use OAuth, CodeConnections or Secrets Manager`, credentials.map((s) => s.arn ?? ""));
    return fail(`${count(personal.length, "CodeBuild source credential")} in ${c.accountId} ${c.region} ${personal.length === 1 ? "is a" : "are"} long-lived token${personal.length === 1 ? "" : "s"} or password${personal.length === 1 ? "" : "s"}: ${few(personal.map((s) => `${s.serverType ?? "?"} ${s.authType ?? ""}`.trim()))}`, personal.map((s) => s.arn ?? ""));
  },
});
