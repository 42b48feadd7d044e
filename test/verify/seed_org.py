"""Seeds an AWS Organization into a moto server through the real AWS APIs (boto3).

Usage: python3 seed_org.py ENDPOINT SCENARIO [MEMBERS]
  (good-org and gap-org: MEMBERS extra plain member accounts)
  SCENARIO good-org  organization-level controls in place (SCPs on the root, org trail, delegated admins, ...)
  SCENARIO gap-org   organization-level gaps (SCP on one OU only, no org trail, no delegated admins, ...)
  SCENARIO billing   consolidated-billing organization, management account only
  SCENARIO bench     MEMBERS plain member accounts, for the benchmark
Per account, the "good" member is configured well in eu-west-1 and the "gap" member badly; eu-central-1
is left as AWS creates it. Prints JSON {"management": id, "good": id, "gap": id, "spare": id, "members": [...]}.
"""
import io, json, sys, zipfile
import boto3
from botocore.config import Config

ENDPOINT, SCENARIO = sys.argv[1], sys.argv[2]
MEMBERS = int(sys.argv[3]) if len(sys.argv) > 3 else 0
R = "eu-west-1"
MGMT = "123456789012"
KEYS = dict(aws_access_key_id="testing", aws_secret_access_key="testing")


def client(service, creds=None, region=R):
    config = Config(retries={"max_attempts": 1})
    c = boto3.client(service, endpoint_url=ENDPOINT, region_name=region, config=config, **(creds or KEYS))
    if service == "s3control":
        # S3 Control prefixes the host with the account id, which a local endpoint cannot serve.
        c.meta.events.register("before-sign.s3-control.*", lambda request, **_: setattr(request, "url", request.url.replace(request.url.split("//")[1].split(".")[0] + ".", "", 1)))
    return c


def creds_for(account):
    if account == MGMT:
        return None
    c = client("sts").assume_role(RoleArn=f"arn:aws:iam::{account}:role/OrganizationAccountAccessRole", RoleSessionName="seed")["Credentials"]
    return dict(aws_access_key_id=c["AccessKeyId"], aws_secret_access_key=c["SecretAccessKey"], aws_session_token=c["SessionToken"])


org = client("organizations")
out = {"management": MGMT, "members": []}

if SCENARIO == "billing":
    org.create_organization(FeatureSet="CONSOLIDATED_BILLING")
    print(json.dumps(out))
    sys.exit(0)

org.create_organization(FeatureSet="ALL")
root = org.list_roots()["Roots"][0]["Id"]


def new_account(name, parent):
    acct = org.create_account(AccountName=name, Email=f"{name}@example.com")["CreateAccountStatus"]["AccountId"]
    if parent != root:
        org.move_account(AccountId=acct, SourceParentId=root, DestinationParentId=parent)
    out["members"].append(acct)
    return acct


if SCENARIO == "bench":
    ou = org.create_organizational_unit(ParentId=root, Name="Workloads")["OrganizationalUnit"]["Id"]
    for i in range(MEMBERS):
        new_account(f"member{i:04d}", ou)
    print(json.dumps(out))
    sys.exit(0)

security = org.create_organizational_unit(ParentId=root, Name="Security")["OrganizationalUnit"]["Id"]
workloads = org.create_organizational_unit(ParentId=root, Name="Workloads")["OrganizationalUnit"]["Id"]
prod = org.create_organizational_unit(ParentId=workloads, Name="Prod")["OrganizationalUnit"]["Id"]
good = out["good"] = new_account("security-tooling", security)
gap = out["gap"] = new_account("legacy-app", prod)
out["spare"] = new_account("sandbox", workloads)
# MEMBERS more plain member accounts (the request benchmark's 7-account organization has 3).
for i in range(MEMBERS):
    new_account(f"workload{i:02d}", prod)
good_org = SCENARIO == "good-org"

# ---- organization level (management account) ----
guardrails = {
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "DenyLeave", "Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"},
        {"Sid": "DenyRoot", "Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::*:root"}}},
        {"Sid": "ProtectSecurity", "Effect": "Deny", "Resource": "*", "Action": ["cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "guardduty:Delete*", "config:StopConfigurationRecorder", "config:DeleteConfigurationRecorder"]},
        {"Sid": "Regions", "Effect": "Deny", "NotAction": ["iam:*", "organizations:*", "sts:*"], "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]}}},
    ],
}
only_leave = {"Version": "2012-10-17", "Statement": [guardrails["Statement"][0]]}
policy = org.create_policy(Name="guardrails", Description="zt", Type="SERVICE_CONTROL_POLICY", Content=json.dumps(guardrails if good_org else only_leave))["Policy"]["PolicySummary"]["Id"]
org.attach_policy(PolicyId=policy, TargetId=root if good_org else workloads)

s3m = client("s3")
s3m.create_bucket(Bucket="org-trail-logs", CreateBucketConfiguration={"LocationConstraint": R})
ct = client("cloudtrail")
if good_org:
    org.register_delegated_administrator(AccountId=good, ServicePrincipal="guardduty.amazonaws.com")
    org.register_delegated_administrator(AccountId=good, ServicePrincipal="config-multiaccountsetup.amazonaws.com")
    client("guardduty").enable_organization_admin_account(AdminAccountId=good)
    ct.create_trail(Name="org-trail", S3BucketName="org-trail-logs", IsMultiRegionTrail=True, IsOrganizationTrail=True, EnableLogFileValidation=True)
    ct.start_logging(Name="org-trail")
    client("config", creds_for(good)).put_configuration_aggregator(
        ConfigurationAggregatorName="org", OrganizationAggregationSource={"RoleArn": f"arn:aws:iam::{good}:role/aggregator", "AllAwsRegions": True}
    )
else:
    ct.create_trail(Name="mgmt-trail", S3BucketName="org-trail-logs")
    client("config").put_configuration_aggregator(ConfigurationAggregatorName="some", AccountAggregationSources=[{"AccountIds": [gap], "AllAwsRegions": True}])

sso = client("sso-admin")
instance = sso.list_instances()["Instances"][0]["InstanceArn"]
admin_ps = sso.create_permission_set(Name="Admin", InstanceArn=instance)["PermissionSet"]["PermissionSetArn"]
sso.attach_managed_policy_to_permission_set(InstanceArn=instance, PermissionSetArn=admin_ps, ManagedPolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
if good_org:
    ro = sso.create_permission_set(Name="ReadOnly", InstanceArn=instance)["PermissionSet"]["PermissionSetArn"]
    sso.attach_managed_policy_to_permission_set(InstanceArn=instance, PermissionSetArn=ro, ManagedPolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")


# ---- the well-configured member ----
def configure_good(c):
    iam = client("iam", c)
    iam.update_account_password_policy(MinimumPasswordLength=16, RequireSymbols=True, RequireNumbers=True, RequireUppercaseCharacters=True, RequireLowercaseCharacters=True, PasswordReusePrevention=24)
    iam.create_open_id_connect_provider(Url="https://token.actions.githubusercontent.com", ClientIDList=["sts.amazonaws.com"], ThumbprintList=["a" * 40])
    iam.create_saml_provider(Name="AWSSSO_corp_DO_NOT_DELETE", SAMLMetadataDocument="<EntityDescriptor xmlns='urn:oasis:names:tc:SAML:2.0:metadata' entityID='x'>" + "x" * 1000 + "</EntityDescriptor>")
    iam.create_role(RoleName="app", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
    p = iam.create_policy(PolicyName="app-read", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*"}]}))["Policy"]["Arn"]
    iam.attach_role_policy(RoleName="app", PolicyArn=p)

    ec2 = client("ec2", c)
    ec2.enable_ebs_encryption_by_default()
    # No public address (people reach it through Session Manager); moto does not apply encryption by default to a root volume, so the mapping asks for it.
    ec2.run_instances(ImageId="ami-12345678", MinCount=1, MaxCount=1, MetadataOptions={"HttpTokens": "required"}, NetworkInterfaces=[{"DeviceIndex": 0, "AssociatePublicIpAddress": False}], BlockDeviceMappings=[{"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 8, "Encrypted": True}}])
    vpcs = [v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"]]
    client("s3", c).create_bucket(Bucket=f"flow-logs-{good}", CreateBucketConfiguration={"LocationConstraint": R})
    made = ec2.create_flow_logs(ResourceIds=vpcs, ResourceType="VPC", TrafficType="ALL", LogDestinationType="s3", LogDestination=f"arn:aws:s3:::flow-logs-{good}")
    assert not made.get("Unsuccessful"), made
    ec2.create_vpc_endpoint(VpcId=vpcs[0], ServiceName=f"com.amazonaws.{R}.s3", VpcEndpointType="Gateway")
    for g in ec2.describe_security_groups(Filters=[{"Name": "group-name", "Values": ["default"]}])["SecurityGroups"]:
        if g.get("IpPermissions"):
            ec2.revoke_security_group_ingress(GroupId=g["GroupId"], IpPermissions=g["IpPermissions"])
        if g.get("IpPermissionsEgress"):
            ec2.revoke_security_group_egress(GroupId=g["GroupId"], IpPermissions=g["IpPermissionsEgress"])
    r53 = client("route53resolver", c)
    qlc = r53.create_resolver_query_log_config(Name="dns-logs", DestinationArn="arn:aws:s3:::dns-logs", CreatorRequestId="seed")["ResolverQueryLogConfig"]["Id"]
    for v in vpcs:
        r53.associate_resolver_query_log_config(ResolverQueryLogConfigId=qlc, ResourceId=v)
    subnet = ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpcs[0]]}])["Subnets"][0]["SubnetId"]
    client("network-firewall", c).create_firewall(FirewallName="inspection", FirewallPolicyArn=f"arn:aws:network-firewall:{R}:{good}:firewall-policy/p", VpcId=vpcs[0], SubnetMappings=[{"SubnetId": subnet}])

    client("ssm", c).create_patch_baseline(Name="linux-critical", OperatingSystem="AMAZON_LINUX_2")
    client("inspector2", c).enable(resourceTypes=["EC2", "ECR"], accountIds=[good])
    pca = client("acm-pca", c)
    ca = pca.create_certificate_authority(CertificateAuthorityConfiguration={"KeyAlgorithm": "RSA_2048", "SigningAlgorithm": "SHA256WITHRSA", "Subject": {"CommonName": "internal"}}, CertificateAuthorityType="ROOT")["CertificateAuthorityArn"]
    pca.import_certificate_authority_certificate(CertificateAuthorityArn=ca, Certificate=self_signed())
    client("wafv2", c).create_web_acl(Name="edge", Scope="REGIONAL", DefaultAction={"Allow": {}}, VisibilityConfig={"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True, "MetricName": "edge"})
    client("shield", c, "us-east-1").create_subscription()
    client("ecr", c).put_registry_scanning_configuration(scanType="ENHANCED", rules=[{"scanFrequency": "SCAN_ON_PUSH", "repositoryFilters": [{"filter": "*", "filterType": "WILDCARD"}]}])
    client("eks", c).create_cluster(name="private", roleArn=f"arn:aws:iam::{good}:role/app", resourcesVpcConfig={"subnetIds": [subnet], "endpointPublicAccess": False, "endpointPrivateAccess": True})
    lam = client("lambda", c)
    lam.create_function(FunctionName="handler", Runtime="python3.12", Role=f"arn:aws:iam::{good}:role/app", Handler="a.h", Code={"ZipFile": zipped()})
    lam.add_permission(FunctionName="handler", StatementId="s3", Action="lambda:InvokeFunction", Principal="s3.amazonaws.com", SourceArn="arn:aws:s3:::uploads", SourceAccount=good)
    client("codebuild", c).create_project(name="build", source={"type": "S3", "location": "src/app.zip"}, artifacts={"type": "NO_ARTIFACTS"}, environment={"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0", "computeType": "BUILD_GENERAL1_SMALL", "environmentVariables": [{"name": "DB_PASSWORD", "value": "/app/db", "type": "PARAMETER_STORE"}]}, serviceRole=f"arn:aws:iam::{good}:role/app")

    client("s3control", c).put_public_access_block(AccountId=good, PublicAccessBlockConfiguration={"BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    kms = client("kms", c)
    key = kms.create_key(Description="data")["KeyMetadata"]["KeyId"]
    kms.enable_key_rotation(KeyId=key)
    s3 = client("s3", c)
    s3.create_bucket(Bucket=f"data-{good}", CreateBucketConfiguration={"LocationConstraint": R})
    for bucket in (f"data-{good}", f"flow-logs-{good}"):
        s3.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration={"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": key}}]})
    client("lakeformation", c).put_data_lake_settings(DataLakeSettings={"DataLakeAdmins": [{"DataLakePrincipalIdentifier": f"arn:aws:iam::{good}:role/app"}], "CreateDatabaseDefaultPermissions": [], "CreateTableDefaultPermissions": []})

    client("guardduty", c).create_detector(Enable=True, Features=[{"Name": "RUNTIME_MONITORING", "Status": "ENABLED"}, {"Name": "EBS_MALWARE_PROTECTION", "Status": "ENABLED"}])
    client("securityhub", c).enable_security_hub()
    cfg = client("config", c)
    cfg.put_configuration_recorder(ConfigurationRecorder={"name": "default", "roleARN": f"arn:aws:iam::{good}:role/app", "recordingGroup": {"allSupported": True, "includeGlobalResourceTypes": True}})
    s3.create_bucket(Bucket=f"config-{good}", CreateBucketConfiguration={"LocationConstraint": R})
    cfg.put_delivery_channel(DeliveryChannel={"name": "default", "s3BucketName": f"config-{good}"})
    cfg.start_configuration_recorder(ConfigurationRecorderName="default")
    cfg.put_config_rule(ConfigRule={"ConfigRuleName": "s3-public-read", "Source": {"Owner": "AWS", "SourceIdentifier": "S3_BUCKET_PUBLIC_READ_PROHIBITED"}})
    cfg.put_config_rule(ConfigRule={"ConfigRuleName": "s3-tls-only", "Source": {"Owner": "AWS", "SourceIdentifier": "S3_BUCKET_SSL_REQUESTS_ONLY"}})
    cfg.put_config_rule(ConfigRule={"ConfigRuleName": "stack-drift", "Source": {"Owner": "AWS", "SourceIdentifier": "CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK"}, "InputParameters": json.dumps({"cloudformationRoleArn": f"arn:aws:iam::{good}:role/app"})})
    ev = client("events", c)
    ev.put_rule(Name="guardduty-findings", EventPattern=json.dumps({"source": ["aws.guardduty"], "detail-type": ["GuardDuty Finding"]}), State="ENABLED")
    ev.put_targets(Rule="guardduty-findings", Targets=[{"Id": "respond", "Arn": f"arn:aws:lambda:{R}:{good}:function:handler"}])


# ---- the badly configured member ----
def configure_gap(c):
    iam = client("iam", c)
    iam.update_account_password_policy(MinimumPasswordLength=8)
    iam.create_user(UserName="alice")
    iam.create_login_profile(UserName="alice", Password="Passw0rd!")
    iam.create_access_key(UserName="alice")
    p = iam.create_policy(PolicyName="everything", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))["Policy"]["Arn"]
    iam.attach_user_policy(UserName="alice", PolicyArn=p)
    p = iam.create_policy(PolicyName="policy-editor", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:CreatePolicyVersion", "Resource": "*"}]}))["Policy"]["Arn"]
    iam.attach_user_policy(UserName="alice", PolicyArn=p)
    iam.create_role(RoleName="app", AssumeRolePolicyDocument="{}")

    ec2 = client("ec2", c)
    ec2.run_instances(ImageId="ami-12345678", MinCount=1, MaxCount=1, MetadataOptions={"HttpTokens": "optional"})
    vpc = ec2.create_vpc(CidrBlock="10.9.0.0/16")["Vpc"]["VpcId"]
    subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.9.1.0/24", AvailabilityZone=f"{R}a")["Subnet"]["SubnetId"]
    sg = ec2.create_security_group(GroupName="ssh-anywhere", Description="legacy", VpcId=vpc)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=sg, IpPermissions=[{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    db = ec2.create_security_group(GroupName="db-anywhere", Description="legacy", VpcId=vpc)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=db, IpPermissions=[{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])

    ds = client("ds", c)
    default_vpc = [v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"] if v.get("IsDefault")][0]
    two = [x["SubnetId"] for x in ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [default_vpc]}])["Subnets"]][:2]
    d = ds.create_directory(Name="corp.example.com", Password="Passw0rd!x", Size="Small", VpcSettings={"VpcId": default_vpc, "SubnetIds": two})["DirectoryId"]
    ws = client("workspaces", c)
    ws.register_workspace_directory(DirectoryId=d)
    ws.create_workspaces(Workspaces=[{"DirectoryId": d, "UserName": "alice", "BundleId": "wsb-1", "RootVolumeEncryptionEnabled": False, "UserVolumeEncryptionEnabled": False}])

    client("ecr", c).create_repository(repositoryName="app", imageScanningConfiguration={"scanOnPush": False})
    client("eks", c).create_cluster(name="public", roleArn=f"arn:aws:iam::{gap}:role/app", resourcesVpcConfig={"subnetIds": [subnet], "endpointPublicAccess": True})
    lam = client("lambda", c)
    lam.create_function(FunctionName="open", Runtime="python3.12", Role=f"arn:aws:iam::{gap}:role/app", Handler="a.h", Code={"ZipFile": zipped()})
    lam.add_permission(FunctionName="open", StatementId="anyone", Action="lambda:InvokeFunction", Principal="*")
    client("codebuild", c).create_project(name="legacy-build", source={"type": "S3", "location": "src/app.zip"}, artifacts={"type": "NO_ARTIFACTS"}, environment={"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0", "computeType": "BUILD_GENERAL1_SMALL", "environmentVariables": [{"name": "DB_PASSWORD", "value": "hunter2", "type": "PLAINTEXT"}]}, serviceRole=f"arn:aws:iam::{gap}:role/app")

    client("s3", c).create_bucket(Bucket=f"open-{gap}", CreateBucketConfiguration={"LocationConstraint": R})
    client("kms", c).create_key(Description="no rotation")
    client("macie2", c).disable_macie()
    s3 = client("s3", c)
    s3.create_bucket(Bucket=f"trail-{gap}", CreateBucketConfiguration={"LocationConstraint": R})
    client("cloudtrail", c).create_trail(Name="local-trail", S3BucketName=f"trail-{gap}")
    cfg = client("config", c)
    cfg.put_configuration_recorder(ConfigurationRecorder={"name": "default", "roleARN": f"arn:aws:iam::{gap}:role/app", "recordingGroup": {"allSupported": False, "resourceTypes": ["AWS::S3::Bucket"]}})


def self_signed():
    # moto keeps a CA PENDING_CERTIFICATE until a CA certificate is imported, as AWS does.
    import datetime
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "internal")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key()).serial_number(1)
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True).sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


def zipped():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.py", "def h(e, c):\n    return 1\n")
    return buf.getvalue()


configure_good(creds_for(good))
configure_gap(creds_for(gap))

# Each seed/<service>.py adds one service's resources: seed(ctx) with the clients and accounts below.
import importlib.util, os, types
ctx = types.SimpleNamespace(client=client, creds_for=creds_for, org=org, root=root, management=MGMT, good=good, gap=gap, region=R, good_org=good_org, zipped=zipped)
seed_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seed")
for name in sorted(os.listdir(seed_dir)):
    if name.endswith(".py"):
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(seed_dir, name))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.seed(ctx)
print(json.dumps(out))
