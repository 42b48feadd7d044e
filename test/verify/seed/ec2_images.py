"""AMIs built from each member's instance: the good member keeps its image private, the gap member made it public."""


def seed(ctx):
    for account, public in ((ctx.good, False), (ctx.gap, True)):
        ec2 = ctx.client("ec2", ctx.creds_for(account))
        instance = ec2.describe_instances()["Reservations"][0]["Instances"][0]["InstanceId"]
        image = ec2.create_image(InstanceId=instance, Name="golden")["ImageId"]
        if public:
            ec2.modify_image_attribute(ImageId=image, LaunchPermission={"Add": [{"Group": "all"}]})
