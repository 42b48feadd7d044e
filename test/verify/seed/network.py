"""Network ACLs, subnet public addresses, VPC endpoint policies and RDS automated backups."""
import json

ORG_ONLY = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-exampleorgid"}}}]})


def seed(ctx):
    configure(ctx, ctx.creds_for(ctx.good), well=True)
    configure(ctx, ctx.creds_for(ctx.gap), well=False)


def configure(ctx, creds, well):
    ec2 = ctx.client("ec2", creds)
    if well:
        # A deny of all TCP from the internet ahead of the default allow-all closes admin and data ports at the subnet edge.
        for acl in ec2.describe_network_acls()["NetworkAcls"]:
            ec2.create_network_acl_entry(NetworkAclId=acl["NetworkAclId"], RuleNumber=1, Protocol="6", RuleAction="deny", Egress=False, CidrBlock="0.0.0.0/0", PortRange={"From": 0, "To": 65535})
        for subnet in ec2.describe_subnets()["Subnets"]:
            ec2.modify_subnet_attribute(SubnetId=subnet["SubnetId"], MapPublicIpOnLaunch={"Value": False})
        for endpoint in ec2.describe_vpc_endpoints()["VpcEndpoints"]:
            ec2.modify_vpc_endpoint(VpcEndpointId=endpoint["VpcEndpointId"], PolicyDocument=ORG_ONLY)
    else:
        # The gap member's instance reaches AWS APIs through the internet; the full-access endpoint
        # (AWS's default policy) sits in the management account's default VPC, which runs nothing.
        mgmt = ctx.client("ec2")
        vpc = mgmt.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"][0]["VpcId"]
        mgmt.create_vpc_endpoint(VpcId=vpc, ServiceName=f"com.amazonaws.{ctx.region}.dynamodb", VpcEndpointType="Gateway")
        ctx.client("rds", creds).create_db_instance(DBInstanceIdentifier="scratch", DBInstanceClass="db.t3.micro", Engine="postgres", MasterUsername="admin", MasterUserPassword="Passw0rd-x", AllocatedStorage=20, BackupRetentionPeriod=0)
