import type { Tags } from "yaml";

/**
 * CloudFormation's short-form intrinsic functions as `yaml` custom tags. Without them the `yaml`
 * package only warns about `!Ref` and reads it as a plain string, so unknown tags would pass silently.
 */
const FUNCTIONS = ["Ref", "Sub", "GetAtt", "Join", "Select", "Split", "If", "Equals", "Not", "And", "Or", "FindInMap", "Base64", "Cidr", "GetAZs", "ImportValue", "Condition", "Transform", "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll", "ToJsonString", "Length"];

const fnName = (name: string) => (name === "Ref" || name === "Condition" ? name : `Fn::${name}`);

export const CFN_TAGS: Tags = FUNCTIONS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: unknown) => ({ [fnName(name)]: name === "GetAtt" && typeof value === "string" ? value.split(".") : value }) },
  { tag: `!${name}`, collection: "seq" as const, resolve: (value: { toJSON(): unknown }) => ({ [fnName(name)]: value.toJSON() }) },
  { tag: `!${name}`, collection: "map" as const, resolve: (value: { toJSON(): unknown }) => ({ [fnName(name)]: value.toJSON() }) },
]) as unknown as Tags;
