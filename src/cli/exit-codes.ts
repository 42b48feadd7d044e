/** contract: 0 ok, 1 error, 2 changes pending / findings, 3 merge conflicts left in files; 4 `verify` could not verify anything. */
export const EXIT = { ok: 0, error: 1, pending: 2, conflicts: 3, unverified: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
