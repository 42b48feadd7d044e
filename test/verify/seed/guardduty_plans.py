"""GuardDuty protection plans: the good member's detector runs S3 and EKS protection as well."""


def seed(ctx):
    gd = ctx.client("guardduty", ctx.creds_for(ctx.good))
    detector = gd.list_detectors()["DetectorIds"][0]
    plans = ["RUNTIME_MONITORING", "EBS_MALWARE_PROTECTION", "S3_DATA_EVENTS", "EKS_AUDIT_LOGS"]
    gd.update_detector(DetectorId=detector, Features=[{"Name": p, "Status": "ENABLED"} for p in plans])
