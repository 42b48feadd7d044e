// Collectors for the workload pillar's services: WAF, Shield, ECR, EKS, Lambda, CodeBuild.
import { DescribeRepositoriesCommand, ECRClient, GetRegistryScanningConfigurationCommand, GetRepositoryPolicyCommand } from "@aws-sdk/client-ecr";
import { DescribeClusterCommand, EKSClient, ListClustersCommand, type Cluster } from "@aws-sdk/client-eks";
import { GetPolicyCommand, LambdaClient, ListFunctionsCommand } from "@aws-sdk/client-lambda";
import { DescribeSubscriptionCommand, ShieldClient, type Subscription } from "@aws-sdk/client-shield";
import { ListWebACLsCommand, WAFV2Client, type WebACLSummary } from "@aws-sdk/client-wafv2";
import type { ClientFactory } from "../aws/clients.js";
import { CODEBUILD, jsonCall } from "../aws/json-call.js";
import { parsePolicy, type Statement } from "../policy.js";
import { mapLimit } from "../scan/semaphore.js";
import { all, call, got, gotAfter, isNamed } from "./fetch.js";

export async function collectWafv2(clients: ClientFactory) {
  const waf = clients.get("wafv2", WAFV2Client);
  const list = (Scope: "REGIONAL" | "CLOUDFRONT") =>
    all(async (NextMarker) => {
      const r = await call("wafv2:ListWebACLs", () => waf.send(new ListWebACLsCommand({ Scope, NextMarker, Limit: 100 })));
      return { items: r.WebACLs, next: r.NextMarker };
    });
  // CloudFront web ACLs exist only in us-east-1.
  const webAcls = await got(["wafv2:ListWebACLs"], async (): Promise<WebACLSummary[]> => [...(await list("REGIONAL")), ...(clients.region === "us-east-1" ? await list("CLOUDFRONT") : [])]);
  return { webAcls };
}

/** Shield Advanced is a global subscription; its API lives in us-east-1. */
export async function collectShield(clients: ClientFactory) {
  const shield = clients.inRegion("us-east-1").get("shield", ShieldClient);
  const subscription = await got(["shield:DescribeSubscription"], async (): Promise<Subscription | null> => {
    try {
      return (await call("shield:DescribeSubscription", () => shield.send(new DescribeSubscriptionCommand({})))).Subscription ?? null;
    } catch (err) {
      if (isNamed(err, "ResourceNotFoundException")) return null;
      throw err;
    }
  });
  return { subscription };
}

export async function collectEcr(clients: ClientFactory) {
  const ecr = clients.get("ecr", ECRClient);
  const [registryScanning, repositories] = await Promise.all([
    got(["ecr:GetRegistryScanningConfiguration"], async () => (await call("ecr:GetRegistryScanningConfiguration", () => ecr.send(new GetRegistryScanningConfigurationCommand({})))).scanningConfiguration ?? null),
    got(["ecr:DescribeRepositories"], () =>
      all(async (nextToken) => {
        const r = await call("ecr:DescribeRepositories", () => ecr.send(new DescribeRepositoriesCommand({ nextToken, maxResults: 1000 })));
        return { items: r.repositories, next: r.nextToken };
      }),
    ),
  ]);
  // Read only where repositories exist: one call per repository, none for an empty registry.
  const repositoryPolicies = await gotAfter(repositories, ["ecr:GetRepositoryPolicy"], () =>
    mapLimit(repositories.ok ? repositories.value : [], 4, async (repo) => ({
      name: repo.repositoryName ?? "",
      arn: repo.repositoryArn ?? "",
      policy: await call("ecr:GetRepositoryPolicy", () => ecr.send(new GetRepositoryPolicyCommand({ repositoryName: repo.repositoryName }))).then(
        (r) => parsePolicy(r.policyText),
        (err) => (isNamed(err, "RepositoryPolicyNotFoundException") ? [] : Promise.reject(err)),
      ),
    })),
  );
  return { registryScanning, repositories, repositoryPolicies };
}

export async function collectEks(clients: ClientFactory) {
  const eks = clients.get("eks", EKSClient);
  const clusters = await got(["eks:ListClusters", "eks:DescribeCluster"], async (): Promise<Cluster[]> => {
    const names = await all(async (nextToken) => {
      const r = await call("eks:ListClusters", () => eks.send(new ListClustersCommand({ nextToken, maxResults: 100 })));
      return { items: r.clusters, next: r.nextToken };
    });
    const described = await mapLimit(names, 4, async (name) => (await call("eks:DescribeCluster", () => eks.send(new DescribeClusterCommand({ name })))).cluster);
    return described.filter((c): c is Cluster => !!c);
  });
  return { clusters };
}

export interface LambdaFunction {
  name: string;
  arn: string;
  /** The managed runtime (absent for container-image functions, which bring their own). */
  runtime?: string;
  /** Statements of the function's resource policy; empty when it has none. */
  policy: Statement[];
}

export async function collectLambda(clients: ClientFactory) {
  const lambda = clients.get("lambda", LambdaClient);
  const functions = await got(["lambda:ListFunctions", "lambda:GetPolicy"], async (): Promise<LambdaFunction[]> => {
    const list = await all(async (Marker) => {
      const r = await call("lambda:ListFunctions", () => lambda.send(new ListFunctionsCommand({ Marker })));
      return { items: r.Functions, next: r.NextMarker };
    });
    return mapLimit(list, 4, async (f) => {
      const policy = await call("lambda:GetPolicy", () => lambda.send(new GetPolicyCommand({ FunctionName: f.FunctionName }))).then(
        (r) => parsePolicy(r.Policy),
        (err) => (isNamed(err, "ResourceNotFoundException") ? [] : Promise.reject(err)),
      );
      return { name: f.FunctionName ?? "", arn: f.FunctionArn ?? "", runtime: f.Runtime, policy };
    });
  });
  return { functions };
}

export interface CodeBuildProject {
  name?: string;
  arn?: string;
  environment?: { privilegedMode?: boolean; environmentVariables?: { name?: string; type?: string }[] };
  /** An inline buildspec; absent when the buildspec lives in the source repository. */
  source?: { type?: string; buildspec?: string };
}

export async function collectCodeBuild(clients: ClientFactory) {
  const projects = await got(["codebuild:ListProjects", "codebuild:BatchGetProjects"], async (): Promise<CodeBuildProject[]> => {
    const names = await all(async (nextToken) => {
      const r = await call("codebuild:ListProjects", () => jsonCall<{ projects?: string[]; nextToken?: string }>(clients, CODEBUILD, "ListProjects", nextToken ? { nextToken } : {}));
      return { items: r.projects, next: r.nextToken };
    });
    const out: CodeBuildProject[] = [];
    for (let i = 0; i < names.length; i += 100) {
      const r = await call("codebuild:BatchGetProjects", () => jsonCall<{ projects?: CodeBuildProject[] }>(clients, CODEBUILD, "BatchGetProjects", { names: names.slice(i, i + 100) }));
      out.push(...(r.projects ?? []));
    }
    return out;
  });
  // Credentials CodeBuild keeps for source providers matter only where projects use them.
  const sourceCredentials = await gotAfter(projects, ["codebuild:ListSourceCredentials"], async () => {
    const r = await call("codebuild:ListSourceCredentials", () => jsonCall<{ sourceCredentialsInfos?: SourceCredential[] }>(clients, CODEBUILD, "ListSourceCredentials", {}));
    return r.sourceCredentialsInfos ?? [];
  });
  return { projects, sourceCredentials };
}

export interface SourceCredential {
  arn?: string;
  serverType?: string;
  /** OAUTH, CODECONNECTIONS and SECRETS_MANAGER are managed; PERSONAL_ACCESS_TOKEN and BASIC_AUTH are long-lived secrets. */
  authType?: string;
}
