"""CloudTrail data events: the good member records S3 object events on a trail of its own; the organization trail records management events only."""


def seed(ctx):
    c = ctx.creds_for(ctx.good)
    ctx.client("s3", c).create_bucket(Bucket=f"data-trail-{ctx.good}", CreateBucketConfiguration={"LocationConstraint": ctx.region})
    ct = ctx.client("cloudtrail", c)
    ct.create_trail(Name="data-events", S3BucketName=f"data-trail-{ctx.good}", IsMultiRegionTrail=True, EnableLogFileValidation=True)
    ct.put_event_selectors(TrailName="data-events", EventSelectors=[{"ReadWriteType": "All", "IncludeManagementEvents": False, "DataResources": [{"Type": "AWS::S3::Object", "Values": [f"arn:aws:s3:::data-{ctx.good}/"]}]}])
    ct.start_logging(Name="data-events")
