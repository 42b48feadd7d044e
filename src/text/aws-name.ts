import { slug } from "../render/helpers/escape.js";

/**
 * The longest prefix an AWS resource name derived from the organization name may take. The
 * templates append fixed suffixes of up to 38 characters (an IAM role name such as
 * `<prefix>-code-signing-publisher-ap-southeast-2` must stay within 64), so the prefix keeps 24.
 */
export const AWS_NAME_PREFIX_MAX = 24;

/**
 * Name starts some AWS services reserve or refuse: S3 (`sthree-`, `amzn-s3-demo-`, `xn--`), EC2
 * security groups (`sg-`), load balancers (`internal-`), SSM documents and parameters (`aws`,
 * `amazon`, `amzn`, `ssm`).
 */
const RESERVED_START = /^(aws|amazon|amzn|ssm|sthree|sg-|internal-|xn-)/;

/**
 * The one place resource names are derived from the organization name (`org.slug` in templates):
 * lower-case letters, digits and single dashes, starting with a letter (Access Analyzer, and many
 * services' logical names, refuse a leading digit: "3M Company" becomes `zt-3m-company`), never a
 * reserved start, at most AWS_NAME_PREFIX_MAX characters, never ending in a dash.
 */
export function awsNamePrefix(organizationName: string): string {
  const base = slug(organizationName, "org", AWS_NAME_PREFIX_MAX);
  if (/^[a-z]/.test(base) && !RESERVED_START.test(base)) return base;
  return `zt-${base}`.slice(0, AWS_NAME_PREFIX_MAX).replace(/-+$/, "");
}
