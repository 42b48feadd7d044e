import type { FindingStatus } from "../../../src/model/evidence.js";
import type { FakeData, FakeOptions } from "../fake-context.js";

/** One branch of one check: the data it is served through the fake context and what it must produce. */
export interface CheckRow {
  name: string;
  check: string;
  data: FakeData;
  opts?: FakeOptions;
  status: FindingStatus;
  /** Matched against the outcome's detail. */
  detail?: RegExp;
  /** The exact resources the outcome names. */
  resources?: string[];
}

/**
 * A service's rows. `alwaysApplicable` names the checks that always have something to evaluate (an
 * account or region setting that exists whether configured or not), with why: they alone may lack a
 * not-applicable row.
 */
export interface RowFile {
  rows: CheckRow[];
  alwaysApplicable?: Record<string, string>;
}
