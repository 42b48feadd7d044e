"""Workload entry points and runtimes: ECS task definitions, load balancers, CloudFront, ECR policies,
EKS control-plane logs, Lambda function URLs and Inspector's Lambda scanning."""
import json


def seed(ctx):
    good, gap = ctx.creds_for(ctx.good), ctx.creds_for(ctx.gap)
    configure(ctx, good, ctx.good, well=True)
    configure(ctx, gap, ctx.gap, well=False)


def configure(ctx, creds, account, well):
    c = lambda service, region=ctx.region: ctx.client(service, creds, region)
    role = f"arn:aws:iam::{account}:role/app"
    container = {"name": "app", "image": "public.ecr.aws/nginx/nginx:latest", "memory": 128}
    if well:
        container["secrets"] = [{"name": "DB_PASSWORD", "valueFrom": f"arn:aws:ssm:{ctx.region}:{account}:parameter/db"}]
        c("ecs").register_task_definition(family="api", taskRoleArn=role, containerDefinitions=[container])
    else:
        container.update(privileged=True, environment=[{"name": "DB_PASSWORD", "value": "hunter2"}])
        c("ecs").register_task_definition(family="legacy", networkMode="host", containerDefinitions=[container])

    ec2 = c("ec2")
    vpc = [v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"] if v.get("IsDefault")][0]
    subnets = [s["SubnetId"] for s in ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["Subnets"]][:2]
    cert = c("acm").request_certificate(DomainName=f"app{account}.example.com")["CertificateArn"]
    elb = c("elbv2")
    web = elb.create_load_balancer(Name="web", Subnets=subnets, Scheme="internet-facing", Type="application")["LoadBalancers"][0]["LoadBalancerArn"]
    intra = elb.create_load_balancer(Name="intra", Subnets=subnets, Scheme="internal", Type="application")["LoadBalancers"][0]["LoadBalancerArn"]
    group = elb.create_target_group(Name="app", Protocol="HTTP", Port=80, VpcId=vpc)["TargetGroups"][0]["TargetGroupArn"]
    forward = {"Type": "forward", "TargetGroupArn": group, "Order": 2}
    policy = "ELBSecurityPolicy-TLS13-1-2-2021-06" if well else "ELBSecurityPolicy-2016-08"
    elb.create_listener(LoadBalancerArn=web, Protocol="HTTPS", Port=443, SslPolicy=policy, Certificates=[{"CertificateArn": cert}], DefaultActions=[dict(forward, Order=1)])
    if well:
        elb.create_listener(LoadBalancerArn=web, Protocol="HTTP", Port=80, DefaultActions=[{"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}])
        oidc = {"Type": "authenticate-oidc", "Order": 1, "AuthenticateOidcConfig": {"Issuer": "https://idp.example.com", "AuthorizationEndpoint": "https://idp.example.com/authorize", "TokenEndpoint": "https://idp.example.com/token", "UserInfoEndpoint": "https://idp.example.com/userinfo", "ClientId": "app", "ClientSecret": "not-a-secret"}}
        elb.create_listener(LoadBalancerArn=intra, Protocol="HTTPS", Port=443, SslPolicy=policy, Certificates=[{"CertificateArn": cert}], DefaultActions=[oidc, forward])
        acl = [a for a in c("wafv2").list_web_acls(Scope="REGIONAL")["WebACLs"] if a["Name"] == "edge"][0]["ARN"]
        c("wafv2").associate_web_acl(WebACLArn=acl, ResourceArn=web)
    else:
        elb.create_listener(LoadBalancerArn=web, Protocol="HTTP", Port=80, DefaultActions=[dict(forward, Order=1)])
        elb.create_listener(LoadBalancerArn=intra, Protocol="HTTP", Port=80, DefaultActions=[dict(forward, Order=1)])

    edge_cert = c("acm", "us-east-1").request_certificate(DomainName=f"www{account}.example.com")["CertificateArn"]
    distribution = {
        "CallerReference": f"site-{account}",
        "Comment": "site",
        "Enabled": True,
        "Origins": {"Quantity": 1, "Items": [{"Id": "origin", "DomainName": "origin.example.com", "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}}]},
        "DefaultCacheBehavior": {"TargetOriginId": "origin", "ViewerProtocolPolicy": "redirect-to-https" if well else "allow-all", "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"},
    }
    if well:
        edge = c("wafv2", "us-east-1").create_web_acl(Name="cdn", Scope="CLOUDFRONT", DefaultAction={"Allow": {}}, VisibilityConfig={"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True, "MetricName": "cdn"})["Summary"]["ARN"]
        distribution.update(ViewerCertificate={"ACMCertificateArn": edge_cert, "SSLSupportMethod": "sni-only", "MinimumProtocolVersion": "TLSv1.2_2021"}, WebACLId=edge)
    else:
        distribution.update(ViewerCertificate={"CloudFrontDefaultCertificate": True})
    c("cloudfront", "us-east-1").create_distribution(DistributionConfig=distribution)

    # A deploy role for GitHub Actions: limited to the organization's repositories, or open to any repository.
    subject = {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}} if well else {}
    trust = {"Effect": "Allow", "Principal": {"Federated": f"arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity",
             "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}, **subject}}
    c("iam").create_role(RoleName="github-deploy", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [trust]}))

    ecr = c("ecr")
    if well:
        ecr.create_repository(repositoryName="base", imageTagMutability="IMMUTABLE")
        statement = {"Sid": "org", "Effect": "Allow", "Principal": "*", "Action": ["ecr:BatchGetImage"], "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-example"}}}
        ecr.set_repository_policy(repositoryName="base", policyText=json.dumps({"Version": "2012-10-17", "Statement": [statement]}))
        # moto has no AssociateEncryptionConfig: recreate the private cluster with Secrets encryption and audit logs.
        eks = c("eks")
        subnets = eks.describe_cluster(name="private")["cluster"]["resourcesVpcConfig"]["subnetIds"]
        eks.delete_cluster(name="private")
        key = c("kms").list_keys()["Keys"][0]["KeyArn"]  # the member's rotated data key: a new one would fail kms.key-rotation
        eks.create_cluster(
            name="private", roleArn=role, resourcesVpcConfig={"subnetIds": subnets, "endpointPublicAccess": False, "endpointPrivateAccess": True},
            encryptionConfig=[{"resources": ["secrets"], "provider": {"keyArn": key}}],
            logging={"clusterLogging": [{"types": ["api", "audit", "authenticator"], "enabled": True}]},
        )
        c("inspector2").enable(resourceTypes=["LAMBDA", "LAMBDA_CODE"], accountIds=[account])
    else:
        statement = {"Sid": "anyone", "Effect": "Allow", "Principal": "*", "Action": ["ecr:BatchGetImage"]}
        ecr.set_repository_policy(repositoryName="app", policyText=json.dumps({"Version": "2012-10-17", "Statement": [statement]}))
        c("lambda").add_permission(FunctionName="open", StatementId="url", Action="lambda:InvokeFunctionUrl", Principal="*", FunctionUrlAuthType="NONE")
        c("lambda").create_function(FunctionName="legacy", Runtime="python3.8", Role=role, Handler="a.h", Code={"ZipFile": ctx.zipped()})
        build = {"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0", "computeType": "BUILD_GENERAL1_SMALL", "privilegedMode": True}
        c("codebuild").create_project(name="docker-build", source={"type": "S3", "location": "src/app.zip"}, artifacts={"type": "NO_ARTIFACTS"}, environment=build, serviceRole=role)
