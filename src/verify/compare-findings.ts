import type { FindingStatus } from "../model/evidence.js";

export interface FindingDelta<F> {
  /** Failing before; passing or no longer reported now. */
  fixed: F[];
  /** Failing now; not reported (or not evaluated) before. */
  new: F[];
  /** Passing before; failing now. */
  regressed: F[];
  /** Failing in both. */
  stillFailing: number;
}

/** Two scans compared finding by finding: ids are stable (`<check>/<account>/<region>`), so this is exact. */
export function compareFindings<F extends { id: string; status: FindingStatus }>(before: readonly F[], after: readonly F[]): FindingDelta<F> {
  const old = new Map(before.map((f) => [f.id, f.status]));
  const now = new Map(after.map((f) => [f.id, f.status]));
  const failing = after.filter((f) => f.status === "fail");
  return {
    fixed: before.filter((f) => f.status === "fail" && now.get(f.id) !== "fail"),
    // A check that could not run before (unknown/error) and fails now is new too: nothing was known of it.
    new: failing.filter((f) => old.get(f.id) !== "pass" && old.get(f.id) !== "fail"),
    regressed: failing.filter((f) => old.get(f.id) === "pass"),
    stillFailing: failing.filter((f) => old.get(f.id) === "fail").length,
  };
}
