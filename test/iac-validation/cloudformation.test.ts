import { describe, expect, it } from "vitest";
import { parseCloudFormationYaml, validateCloudFormation, validateWithCdk } from "./cloudformation";

// MSK→MSK cross-region replicator with IDENTICAL names and enhanced offset sync
// (the MSK Replicator resource and its API), its execution role, log group, SNS topic and a lag alarm.
const GOOD = `AWSTemplateFormatVersion: "2010-09-09"
Description: MSK Replicator primary-to-dr with execution role, logs and a latency alarm

Parameters:
  ReplicatorName:
    Type: String
    Default: primary-to-dr
    AllowedPattern: "^[0-9A-Za-z][0-9A-Za-z-]*$"
  SourceClusterArn:
    Type: String
  TargetClusterArn:
    Type: String
  SourceSubnetIds:
    Type: List<AWS::EC2::Subnet::Id>
  TargetSubnetIds:
    Type: List<AWS::EC2::Subnet::Id>
  TargetSecurityGroupId:
    Type: AWS::EC2::SecurityGroup::Id
  AlarmEmail:
    Type: String
    Default: ""

Conditions:
  HasAlarmEmail: !Not [!Equals [!Ref AlarmEmail, ""]]

Mappings:
  Defaults:
    Replication:
      Compression: NONE

Resources:
  ReplicatorRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Sub "\${ReplicatorName}-\${AWS::Region}"
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: kafka.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: msk-replicator
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Sid: ClusterPermissions
                Effect: Allow
                Action:
                  - kafka-cluster:Connect
                  - kafka-cluster:DescribeCluster
                  - kafka-cluster:AlterCluster
                Resource:
                  - !Ref SourceClusterArn
                  - !Ref TargetClusterArn
              - Sid: TopicPermissions
                Effect: Allow
                Action: [kafka-cluster:DescribeTopic, kafka-cluster:CreateTopic, kafka-cluster:WriteData, kafka-cluster:ReadData]
                Resource: !Sub "arn:\${AWS::Partition}:kafka:*:\${AWS::AccountId}:topic/*/*"
              - Sid: Logs
                Effect: Allow
                Action: [logs:CreateLogDelivery, logs:PutResourcePolicy]
                Resource: !GetAtt ReplicatorLogs.Arn
      Tags:
        - Key: app
          Value: kafka-replication-advisor

  ReplicatorLogs:
    Type: AWS::Logs::LogGroup
    DeletionPolicy: Delete
    Properties:
      LogGroupName: !Sub "/aws/msk-replicator/\${ReplicatorName}"
      RetentionInDays: 30

  Replicator:
    Type: AWS::MSK::Replicator
    DependsOn: ReplicatorLogs
    Properties:
      ReplicatorName: !Ref ReplicatorName
      Description: !Sub
        - "Replicates \${Src} to \${!Literal}"
        - Src: !Ref SourceClusterArn
      ServiceExecutionRoleArn: !GetAtt ReplicatorRole.Arn
      KafkaClusters:
        - AmazonMskCluster:
            MskClusterArn: !Ref SourceClusterArn
          VpcConfig:
            SubnetIds: !Ref SourceSubnetIds
        - AmazonMskCluster:
            MskClusterArn: !Ref TargetClusterArn
          VpcConfig:
            SubnetIds: !Ref TargetSubnetIds
            SecurityGroupIds:
              - !Ref TargetSecurityGroupId
      ReplicationInfoList:
        - SourceKafkaClusterArn: !Ref SourceClusterArn
          TargetKafkaClusterArn: !Ref TargetClusterArn
          TargetCompressionType: !FindInMap [Defaults, Replication, Compression]
          TopicReplication:
            TopicsToReplicate: [".*"]
            TopicsToExclude: ["__.*"]
            CopyTopicConfigurations: true
            CopyAccessControlListsForTopics: true
            DetectAndCopyNewTopics: true
            StartingPosition:
              Type: LATEST
            TopicNameConfiguration:
              Type: IDENTICAL
          ConsumerGroupReplication:
            ConsumerGroupsToReplicate: [".*"]
            DetectAndCopyNewConsumerGroups: true
            SynchroniseConsumerGroupOffsets: true
            ConsumerGroupOffsetSyncMode: ENHANCED
      LogDelivery:
        ReplicatorLogDelivery:
          CloudWatchLogs:
            Enabled: true
            LogGroup: !Ref ReplicatorLogs
      Tags:
        - Key: app
          Value: kafka-replication-advisor

  AlarmTopic:
    Type: AWS::SNS::Topic
    Properties:
      Subscription: !If
        - HasAlarmEmail
        - - Endpoint: !Ref AlarmEmail
            Protocol: email
        - !Ref AWS::NoValue

  ReplicationLatencyAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: !Join ["-", [!Ref ReplicatorName, replication-latency]]
      Namespace: AWS/Kafka
      MetricName: ReplicationLatency
      Dimensions:
        - Name: ReplicatorName
          Value: !Ref ReplicatorName
      Statistic: Maximum
      Period: 60
      EvaluationPeriods: 5
      Threshold: 60000
      ComparisonOperator: GreaterThanThreshold
      TreatMissingData: breaching
      AlarmActions:
        - !Ref AlarmTopic

Outputs:
  ReplicatorArn:
    Description: ARN of the replicator
    Value: !GetAtt Replicator.ReplicatorArn
    Export:
      Name: !Sub "\${AWS::StackName}-ReplicatorArn"
  AlarmTopicArn:
    Condition: HasAlarmEmail
    Value: !Ref AlarmTopic
`;

function mutate(from: string | RegExp, to: string): string {
  const next = GOOD.replace(from, to);
  if (next === GOOD) throw new Error(`mutation did not apply: ${String(from)}`);
  return next;
}

describe("parseCloudFormationYaml", () => {
  it("turns short-form intrinsics into their long form", () => {
    const { template, errors } = parseCloudFormationYaml(
      'A: !Ref X\nB: !GetAtt Role.Arn\nC: !GetAtt [Db, Endpoint.Address]\nD: !If [C, !Sub "${X}", !Ref "AWS::NoValue"]\nE: !Base64 {"Fn::Sub": "x"}\nF: !GetAZs ""\nG: !Condition Cond\n',
    );
    expect(errors).toEqual([]);
    expect(template).toEqual({
      A: { Ref: "X" },
      B: { "Fn::GetAtt": ["Role", "Arn"] },
      C: { "Fn::GetAtt": ["Db", "Endpoint.Address"] },
      D: { "Fn::If": ["C", { "Fn::Sub": "${X}" }, { Ref: "AWS::NoValue" }] },
      E: { "Fn::Base64": { "Fn::Sub": "x" } },
      F: { "Fn::GetAZs": "" },
      G: { Condition: "Cond" },
    });
  });

  it("reports duplicate keys and unknown tags", () => {
    expect(parseCloudFormationYaml("A: 1\nA: 2\n").errors[0]).toMatch(/Map keys must be unique/);
    expect(parseCloudFormationYaml("A: !Reff X\n").errors[0]).toMatch(/Unresolved tag: !Reff/);
  });
});

describe("validateCloudFormation", () => {
  it("accepts the known-good replicator template", async () => {
    expect(await validateCloudFormation(GOOD)).toEqual([]);
  });

  it("flags an unknown property with a suggestion", async () => {
    const p = await validateCloudFormation(
      mutate("SynchroniseConsumerGroupOffsets: true", "SynchronizeConsumerGroupOffsets: true"),
    );
    expect(p).toEqual([
      'Resources.Replicator.Properties.ReplicationInfoList[0].ConsumerGroupReplication.SynchronizeConsumerGroupOffsets: unknown property "SynchronizeConsumerGroupOffsets" for ConsumerGroupReplication (did you mean "SynchroniseConsumerGroupOffsets"?)',
    ]);
  });

  it("flags a string where a list is expected", async () => {
    const p = await validateCloudFormation(mutate('TopicsToReplicate: [".*"]', 'TopicsToReplicate: ".*"'));
    expect(p).toEqual([
      expect.stringMatching(/TopicReplication\.TopicsToReplicate: expected list of string, found string/),
    ]);
  });

  it("flags an object where a string is expected and a list where an object is expected", async () => {
    const p1 = await validateCloudFormation(
      mutate("MetricName: ReplicationLatency", "MetricName: { Name: ReplicationLatency }"),
    );
    expect(p1).toEqual([
      expect.stringContaining("ReplicationLatencyAlarm.Properties.MetricName: expected string, found an object"),
    ]);
    const p2 = await validateCloudFormation(mutate(/StartingPosition:\n\s+Type: LATEST/, "StartingPosition: [LATEST]"));
    expect(p2).toEqual([expect.stringMatching(/StartingPosition: expected ReplicationStartingPosition, found a list/)]);
  });

  it("flags Fn::Join where a list is expected", async () => {
    const p = await validateCloudFormation(mutate("SubnetIds: !Ref SourceSubnetIds", 'SubnetIds: !Join [",", [a, b]]'));
    expect(p).toEqual([expect.stringContaining("found Fn::Join (which produces a string)")]);
  });

  it("flags a dangling !Ref and Fn::Sub variable", async () => {
    const p1 = await validateCloudFormation(
      mutate("MskClusterArn: !Ref TargetClusterArn", "MskClusterArn: !Ref TargetCluster"),
    );
    expect(p1).toEqual([
      expect.stringContaining(
        'Ref "TargetCluster" is not a parameter, resource or pseudo-parameter (did you mean "TargetClusterArn"?)',
      ),
    ]);
    const p2 = await validateCloudFormation(
      mutate(
        'LogGroupName: !Sub "/aws/msk-replicator/${ReplicatorName}"',
        'LogGroupName: !Sub "/aws/msk-replicator/${ReplicatorNam}"',
      ),
    );
    expect(p2).toEqual([expect.stringContaining('Fn::Sub variable "ReplicatorNam" is not a parameter')]);
    const p3 = await validateCloudFormation(mutate("!Ref AWS::NoValue", "!Ref AWS::NoValues"));
    expect(p3).toEqual([expect.stringContaining('Ref "AWS::NoValues"')]);
  });

  it("flags a bad GetAtt attribute and a GetAtt on an unknown resource", async () => {
    const p1 = await validateCloudFormation(mutate("!GetAtt Replicator.ReplicatorArn", "!GetAtt Replicator.Arn"));
    expect(p1).toEqual([
      expect.stringContaining(
        'Fn::GetAtt: AWS::MSK::Replicator has no attribute "Arn" (has: ReplicatorArn, CurrentVersion)',
      ),
    ]);
    const p2 = await validateCloudFormation(mutate("!GetAtt ReplicatorRole.Arn", "!GetAtt ReplicatorRoles.Arn"));
    expect(p2).toEqual([
      expect.stringContaining('Fn::GetAtt: unknown resource "ReplicatorRoles" (did you mean "ReplicatorRole"?)'),
    ]);
    const p3 = await validateCloudFormation(
      mutate('"Replicates ${Src} to ${!Literal}"', '"Replicates ${Src} to ${ReplicatorLogs.Nope}"'),
    );
    expect(p3).toEqual([expect.stringContaining('AWS::Logs::LogGroup has no attribute "Nope"')]);
  });

  it("flags a missing required property", async () => {
    const p = await validateCloudFormation(mutate(/      ServiceExecutionRoleArn: !GetAtt ReplicatorRole\.Arn\n/, ""));
    expect(p).toEqual([
      'Resources.Replicator.Properties: missing required property "ServiceExecutionRoleArn" for AWS::MSK::Replicator',
    ]);
  });

  it("flags an unknown resource type", async () => {
    const p = await validateCloudFormation(mutate("Type: AWS::MSK::Replicator", "Type: AWS::MSK::Replicater"));
    expect(p).toEqual([
      expect.stringContaining(
        'Resources.Replicator.Type: unknown resource type "AWS::MSK::Replicater" (did you mean "AWS::MSK::Replicator"?)',
      ),
    ]);
  });

  it("checks conditions, mappings, DependsOn and outputs", async () => {
    const p1 = await validateCloudFormation(mutate("- HasAlarmEmail\n", "- HasAlarmMail\n"));
    expect(p1).toEqual([expect.stringContaining('unknown condition "HasAlarmMail"')]);
    const p2 = await validateCloudFormation(
      mutate("!FindInMap [Defaults, Replication, Compression]", "!FindInMap [Defaults, Replication, Codec]"),
    );
    expect(p2).toEqual([expect.stringContaining('mapping "Defaults.Replication" has no key "Codec"')]);
    const p3 = await validateCloudFormation(mutate("DependsOn: ReplicatorLogs", "DependsOn: [ReplicatorLog]"));
    expect(p3).toEqual([expect.stringContaining('Resources.Replicator.DependsOn: unknown resource "ReplicatorLog"')]);
    const p4 = await validateCloudFormation(mutate("    Value: !Ref AlarmTopic\n", "    Description: no value\n"));
    expect(p4).toEqual(["Outputs.AlarmTopicArn: output needs a Value"]);
  });

  it("checks the template skeleton", async () => {
    const p = await validateCloudFormation(
      GOOD.replace('AWSTemplateFormatVersion: "2010-09-09"\n', "").replace(/^Description: .*\n/m, ""),
    );
    expect(p).toEqual(["AWSTemplateFormatVersion: missing", "Description: missing"]);
    expect(await validateCloudFormation("AWSTemplateFormatVersion: '2010-09-09'\nDescription: x\n")).toEqual([
      "Resources: missing or empty",
    ]);
    expect(await validateCloudFormation("Resources: [\n")).toEqual([expect.stringMatching(/^YAML: /)]);
  });

  it("checks both branches of Fn::If against the property type", async () => {
    const p = await validateCloudFormation(mutate("- !Ref AWS::NoValue", "- not-a-list"));
    expect(p).toEqual([
      expect.stringContaining(
        "AlarmTopic.Properties.Subscription.Fn::If[2]: expected list of Subscription, found string",
      ),
    ]);
  });
});

describe("validateWithCdk (aws-cdk-lib CloudFormationValidatePlugin)", () => {
  it("accepts the known-good template", async () => {
    expect(await validateWithCdk(GOOD)).toEqual([]);
  });

  it("flags a bad enum value", async () => {
    const p = await validateWithCdk(
      mutate("ConsumerGroupOffsetSyncMode: ENHANCED", "ConsumerGroupOffsetSyncMode: FAST"),
    );
    expect(p).toEqual([
      expect.stringMatching(
        /^W3030 warning: Replicator: .*ConsumerGroupOffsetSyncMode: 'FAST' is not one of \['LEGACY', 'ENHANCED'\]/,
      ),
    ]);
  });

  it("flags a wrong item count and a bad pattern, which the spec check cannot see", async () => {
    const oneCluster = mutate(
      /        - AmazonMskCluster:\n            MskClusterArn: !Ref TargetClusterArn\n          VpcConfig:\n            SubnetIds: !Ref TargetSubnetIds\n            SecurityGroupIds:\n              - !Ref TargetSecurityGroupId\n/,
      "",
    );
    expect(await validateCloudFormation(oneCluster)).toEqual([]);
    // (It also warns, W2001, that the target-cluster parameters are now unused.)
    expect(await validateWithCdk(oneCluster)).toContainEqual(
      expect.stringMatching(/^F3032 error: Replicator: KafkaClusters: expected minimum item count: 2, found: 1/),
    );
    const badName = mutate("ReplicatorName: !Ref ReplicatorName", "ReplicatorName: primary_to_dr!");
    expect((await validateWithCdk(badName)).some((p) => p.includes("ReplicatorName"))).toBe(true);
  });
});
