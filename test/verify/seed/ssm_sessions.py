"""Session Manager preferences: the good member logs sessions to S3 (the gap member never saved preferences)."""
import json


def seed(ctx):
    ssm = ctx.client("ssm", ctx.creds_for(ctx.good))
    prefs = {"schemaVersion": "1.0", "description": "Session Manager preferences", "sessionType": "Standard_Stream",
             "inputs": {"s3BucketName": f"config-{ctx.good}", "s3EncryptionEnabled": True, "cloudWatchLogGroupName": "", "kmsKeyId": ""}}
    ssm.create_document(Name="SSM-SessionManagerRunShell", DocumentType="Session", DocumentFormat="JSON", Content=json.dumps(prefs))
