import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Vault Lock stops anyone, the account's administrators included, from deleting recovery points early. */
export default defineCheck({
  id: "backup.vault-lock",
  scope: "region",
  async run(c) {
    const vaults = c.need((await c.data("backupVaults", c.region)).vaults).filter((v) => (v.NumberOfRecoveryPoints ?? 0) > 0);
    if (!vaults.length) return notApplicable(`No AWS Backup vault holds recovery points in ${c.accountId} ${c.region}`);
    const open = vaults.filter((v) => !v.Locked);
    if (!open.length) return pass(`All ${count(vaults.length, "backup vault")} with recovery points in ${c.region} are locked`, vaults.map((v) => v.BackupVaultArn ?? ""));
    return fail(`${count(open.length, "backup vault")} in ${c.accountId} ${c.region} ${open.length === 1 ? "holds" : "hold"} recovery points without Vault Lock: ${few(open.map((v) => v.BackupVaultName ?? ""))}`, open.map((v) => v.BackupVaultArn ?? ""));
  },
});
