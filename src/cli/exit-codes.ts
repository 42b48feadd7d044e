/** contract: 0 ok, 1 error, 2 changes pending / findings, 3 merge conflicts left in files. */
export const EXIT = { ok: 0, error: 1, pending: 2, conflicts: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
