"""Data stores and their copies: RDS, DynamoDB, EBS volumes and snapshots, KMS key and S3 bucket policies."""
import json


def seed(ctx):
    configure(ctx, ctx.creds_for(ctx.good), ctx.good, well=True)
    configure(ctx, ctx.creds_for(ctx.gap), ctx.gap, well=False)


def configure(ctx, creds, account, well):
    c = lambda service: ctx.client(service, creds)
    rds = c("rds")
    rds.create_db_instance(DBInstanceIdentifier="orders", DBInstanceClass="db.t3.micro", Engine="postgres", MasterUsername="admin", MasterUserPassword="Passw0rd-x", AllocatedStorage=20, StorageEncrypted=well, PubliclyAccessible=not well)
    rds.create_db_snapshot(DBSnapshotIdentifier="orders-export", DBInstanceIdentifier="orders")
    if not well:
        rds.modify_db_snapshot_attribute(DBSnapshotIdentifier="orders-export", AttributeName="restore", ValuesToAdd=["all"])

    ddb = c("dynamodb")
    ddb.create_table(TableName="orders", KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}], AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}], BillingMode="PAY_PER_REQUEST")
    if well:
        ddb.update_continuous_backups(TableName="orders", PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True})

    ec2 = c("ec2")
    volume = ec2.create_volume(AvailabilityZone=f"{ctx.region}a", Size=8, Encrypted=well)["VolumeId"]
    snapshot = ec2.create_snapshot(VolumeId=volume)["SnapshotId"]
    if not well:
        ec2.modify_snapshot_attribute(SnapshotId=snapshot, Attribute="createVolumePermission", OperationType="add", GroupNames=["all"])

    if well:
        # RDS encryption created a key of its own: every customer key of the good account rotates.
        kms = c("kms")
        for k in kms.list_keys()["Keys"]:
            if kms.describe_key(KeyId=k["KeyId"])["KeyMetadata"]["KeyManager"] == "CUSTOMER":
                kms.enable_key_rotation(KeyId=k["KeyId"])
        c("backup").create_backup_plan(BackupPlan={"BackupPlanName": "daily", "Rules": [{"RuleName": "daily", "TargetBackupVaultName": "Default", "ScheduleExpression": "cron(0 5 * * ? *)"}]})
    else:
        anyone = {"Version": "2012-10-17", "Statement": [{"Sid": "anyone", "Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*"}]}
        c("kms").create_key(Description="shared", Policy=json.dumps(anyone))
        website = {"Version": "2012-10-17", "Statement": [{"Sid": "site", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::open-{account}/*"}]}
        c("s3").put_bucket_policy(Bucket=f"open-{account}", Policy=json.dumps(website))
