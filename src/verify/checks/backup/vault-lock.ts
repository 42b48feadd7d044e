import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Vault Lock keeps recovery points from being deleted, even by the account's administrators (ransomware's first move). */
export default defineCheck({
  id: "backup.vault-lock",
  scope: "region",
  async run(c) {
    // The Default vault exists in every account that opened AWS Backup; only vaults holding recovery points matter.
    const vaults = c.need((await c.data("backup", c.region)).vaults).filter((v) => (v.NumberOfRecoveryPoints ?? 0) > 0 || v.Locked);
    if (!vaults.length) return notApplicable(`No backup vaults with recovery points in ${c.accountId} ${c.region}`);
    const unlocked = vaults.filter((v) => v.Locked !== true);
    if (!unlocked.length) return pass(`All ${count(vaults.length, "backup vault")} in ${c.accountId} ${c.region} are locked (Vault Lock)`, vaults.map((v) => v.BackupVaultArn ?? ""));
    return fail(`${count(unlocked.length, "backup vault")} with recovery points in ${c.accountId} ${c.region} ${unlocked.length === 1 ? "has" : "have"} no Vault Lock: ${few(unlocked.map((v) => v.BackupVaultName ?? ""))}`, unlocked.map((v) => v.BackupVaultArn ?? ""));
  },
});
