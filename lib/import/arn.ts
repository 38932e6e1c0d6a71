/** The parts of an Amazon Resource Name that the answers need: arn:partition:service:region:account:resource. */
export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

const ARN = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|):(.+)$/;

export function parseArn(text: string): Arn | undefined {
  const m = ARN.exec(text.trim());
  if (!m) return undefined;
  return { partition: m[1]!, service: m[2]!, region: m[3]!, account: m[4]!, resource: m[5]! };
}

/** The Region of an Amazon MSK bootstrap address (b-1.name.abc.c2.kafka.us-east-1.amazonaws.com:9098). */
export function mskEndpoint(host: string): { region: string; serverless: boolean } | undefined {
  const m = /\.kafka(-serverless)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?::\d+)?$/i.exec(host.trim());
  return m ? { region: m[2]!.toLowerCase(), serverless: m[1] !== undefined } : undefined;
}
