import type { Repository } from "@aws-sdk/client-ecr";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const repo = (name: string, imageTagMutability?: string): Repository => ({ repositoryName: name, repositoryArn: `arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/${name}`, imageTagMutability: imageTagMutability as Repository["imageTagMutability"] });
const repos = (list: Repository[]): FakeData => ({ ecr: { repositories: ok(list) } });

export default {
  rows: [
    { name: "no repositories", check: "ecr.tag-immutability", data: repos([]), status: "not-applicable" },
    { name: "immutable tags", check: "ecr.tag-immutability", data: repos([repo("app", "IMMUTABLE"), repo("base", "IMMUTABLE_WITH_EXCLUSION")]), status: "pass", resources: [repo("app").repositoryArn!, repo("base").repositoryArn!] },
    { name: "mutable by default", check: "ecr.tag-immutability", data: repos([repo("app", "IMMUTABLE"), repo("legacy")]), status: "fail", detail: /legacy/, resources: [repo("legacy").repositoryArn!] },
    { name: "unreadable", check: "ecr.tag-immutability", data: { ecr: { repositories: denied("ecr:DescribeRepositories") } }, status: "unknown" },
  ],
} satisfies RowFile;
