import type { GroupKind, NodeKind } from "@/lib/architecture";

/** Small inline icons of our own, drawn with currentColor on a 24×24 grid. Decorative: the text says it all. */
const NODE_PATHS: Record<NodeKind, React.ReactNode> = {
  // Three connected brokers: a Kafka cluster.
  "kafka-cluster": (
    <>
      <circle cx="12" cy="5" r="2.6" />
      <circle cx="5" cy="18" r="2.6" />
      <circle cx="19" cy="18" r="2.6" />
      <path d="M12 7.6v4.4M12 12l-5.2 4M12 12l5.2 4" />
    </>
  ),
  // A server: a broker.
  broker: (
    <>
      <rect x="4" y="3.5" width="16" height="7" rx="1.5" />
      <rect x="4" y="13.5" width="16" height="7" rx="1.5" />
      <path d="M8 7h.01M8 17h.01M12 7h5M12 17h5" />
    </>
  ),
  // Two arrows chasing each other: managed replication.
  "msk-replicator": (
    <>
      <path d="M4 9a8 8 0 0 1 14-3.5L20 8" />
      <path d="M20 3.5V8h-4.5" />
      <path d="M20 15a8 8 0 0 1-14 3.5L4 16" />
      <path d="M4 20.5V16h4.5" />
    </>
  ),
  // A container in a box: ECS on Fargate.
  "mm2-service": (
    <>
      <path d="M12 2.5l8.5 4.75v9.5L12 21.5l-8.5-4.75v-9.5z" />
      <path d="M3.5 7.25L12 12l8.5-4.75M12 12v9.5" />
    </>
  ),
  // A plug: a connector.
  "mm2-connector": (
    <>
      <path d="M9 3v5M15 3v5" />
      <path d="M6 8h12v3a6 6 0 0 1-12 0z" />
      <path d="M12 17v4" />
    </>
  ),
  // A plug with an arrow out: a managed connector.
  "msk-connect-connector": (
    <>
      <path d="M7 3v4M13 3v4" />
      <path d="M4 7h12v2.5a6 6 0 0 1-12 0z" />
      <path d="M10 15.5V21" />
      <path d="M16 18h5M19 16l2 2-2 2" />
    </>
  ),
  // A bucket.
  "s3-bucket": (
    <>
      <ellipse cx="12" cy="5.5" rx="8" ry="2.5" />
      <path d="M4 5.5l2 13c.3 1.7 2.9 3 6 3s5.7-1.3 6-3l2-13" />
    </>
  ),
  // An app sending: producers.
  producers: (
    <>
      <rect x="3" y="4" width="11" height="16" rx="2" />
      <path d="M7 8h3M7 12h3" />
      <path d="M14 16h7M18 13l3 3-3 3" />
    </>
  ),
  // An app receiving: consumers.
  consumers: (
    <>
      <rect x="10" y="4" width="11" height="16" rx="2" />
      <path d="M14 8h3M14 12h3" />
      <path d="M2 16h7M6 13l3 3-3 3" />
    </>
  ),
};

const GROUP_PATHS: Record<GroupKind, React.ReactNode> = {
  // A globe: an AWS Region.
  "aws-region": (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9c-2.5-2.7-3.7-5.7-3.7-9S9.5 5.7 12 3z" />
    </>
  ),
  // A badge: an AWS account.
  account: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="11" r="2.2" />
      <path d="M5.8 16c.6-1.6 1.8-2.4 3.2-2.4s2.6.8 3.2 2.4M14.5 10h4M14.5 13.5h3" />
    </>
  ),
  // A building: a data centre.
  "on-premises": (
    <>
      <path d="M4 21V5l8-2v18M12 8l8 2v11M3 21h18" />
      <path d="M7 8h2M7 12h2M7 16h2M15 13h2M15 17h2" />
    </>
  ),
  "other-cloud": <path d="M7 18h10.5a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.5 9.2 4.4 4.4 0 0 0 7 18z" />,
  // A building block: an Availability Zone (a data centre of the Region).
  "availability-zone": (
    <>
      <rect x="4" y="4" width="16" height="16" rx="2" />
      <path d="M4 10h16M10 10v10" />
    </>
  ),
};

function Svg({ children, size }: { children: React.ReactNode; size: number }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width={size} height={size} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}

export function NodeIcon({ kind, size = 24 }: { kind: NodeKind; size?: number }) {
  return <Svg size={size}>{NODE_PATHS[kind]}</Svg>;
}

export function GroupIcon({ kind, size = 16 }: { kind: GroupKind; size?: number }) {
  return <Svg size={size}>{GROUP_PATHS[kind]}</Svg>;
}
