import { UserError } from "../../errors.js";

/** A scan that could not start or go on (the caller could not be identified, no region could be listed): create and assess fall back to unverified answers. */
export class ScanFailure extends UserError {}
