import { describe, expect, it } from "vitest";
import { terraformWiring } from "../helpers/validators/terraform-wiring.js";

const MODULE = {
  "modules/keys/versions.tf": 'terraform {\n  required_providers {\n    aws = {\n      source                = "hashicorp/aws"\n      configuration_aliases = [aws.logs]\n    }\n  }\n}\n',
  "modules/keys/main.tf": 'variable "name" {\n  type = string\n}\n\nvariable "tags" {\n  type    = map(string)\n  default = {}\n}\n\nresource "aws_kms_key" "this" {\n  description = var.name\n}\n\nresource "aws_s3_bucket" "logs" {\n  provider = aws.logs\n  bucket   = var.name\n}\n\noutput "arn" {\n  value = aws_kms_key.this.arn\n}\n',
};

const ROOT_OK = 'provider "aws" {\n  region = "eu-west-1"\n}\n\nprovider "aws" {\n  alias  = "eu_west_1"\n  region = "eu-west-1"\n}\n\nlocals {\n  prefix = "zt"\n}\n\nmodule "keys" {\n  source    = "../../modules/keys"\n  providers = { aws = aws.eu_west_1, aws.logs = aws.eu_west_1 }\n  name      = local.prefix\n}\n\noutput "key" {\n  value = module.keys.arn\n}\n';

async function problems(root: string) {
  const files = new Map(Object.entries({ ...MODULE, "live/management/main.tf": root }));
  return (await terraformWiring(files)).problems.map((p) => p.message);
}

describe("terraform wiring check (what terraform validate would say, offline)", () => {
  it("accepts a root whose references, providers and module inputs all line up", async () => {
    expect(await problems(ROOT_OK)).toEqual([]);
  });

  it.each([
    ["an alias that is not configured", ROOT_OK.replace("aws = aws.eu_west_1,", "aws = aws.eu_central_1,"), "provider aws.eu_central_1 is not configured"],
    ["a configuration alias the module needs but is not passed", ROOT_OK.replace(", aws.logs = aws.eu_west_1", ""), "needs provider aws.logs, not passed"],
    ["an undeclared variable", ROOT_OK.replace("local.prefix", "var.prefix"), "var.prefix is not declared"],
    ["an undeclared local", ROOT_OK.replace("local.prefix", "local.name_prefix"), "local.name_prefix is not declared"],
    ["a required module input left out", ROOT_OK.replace("  name      = local.prefix\n", ""), 'required variable "name"'],
    ["an input the module does not have", ROOT_OK.replace("name      = local.prefix", "name      = local.prefix\n  labels    = {}"), 'has no variable "labels"'],
    ["a module output that does not exist", ROOT_OK.replace("module.keys.arn", "module.keys.key_arn"), 'has no output "key_arn"'],
    ["an unknown resource", ROOT_OK.replace("module.keys.arn", "aws_kms_key.main.arn"), "aws_kms_key.main is not declared"],
    ["a module source with no files", ROOT_OK.replace("modules/keys", "modules/key"), "has no .tf files"],
  ])("reports %s", async (_what, root, message) => {
    const found = await problems(root);
    expect(found.some((m) => m.includes(message)), found.join("\n")).toBe(true);
  });
});
