import { defineCheck, fail, notApplicable, pass } from "../define.js";
import { nothingToProtect } from "../subjects.js";

/** New catalog objects should be governed by Lake Formation grants, not open to every IAM principal. */
export default defineCheck({
  id: "lakeformation.settings",
  scope: "region",
  async run(c) {
    // A data lake keeps its data in the region's S3 buckets: without any, Lake Formation governs nothing here and is not read.
    const none = await nothingToProtect(c, ["S3 buckets"], "no data lake for Lake Formation to govern");
    if (none) return notApplicable(none);
    const settings = c.need((await c.data("lakeformation", c.region)).settings);
    const admins = settings?.DataLakeAdmins ?? [];
    const iamAllowed = [...(settings?.CreateDatabaseDefaultPermissions ?? []), ...(settings?.CreateTableDefaultPermissions ?? [])].some((p) => p.Principal?.DataLakePrincipalIdentifier === "IAM_ALLOWED_PRINCIPALS");
    const gaps = [...(admins.length ? [] : ["no data lake administrator"]), ...(iamAllowed ? ["new databases and tables default to IAM_ALLOWED_PRINCIPALS"] : [])];
    if (!gaps.length) return pass(`Lake Formation in ${c.region} has ${admins.length} administrator(s) and governs new databases and tables with its own grants`, [`arn:aws:lakeformation:${c.region}:${c.accountId}:data-lake-settings`]);
    return fail(`Lake Formation in ${c.accountId} ${c.region}: ${gaps.join("; ")}`);
  },
});
