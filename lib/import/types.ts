/**
 * What an import reads from a team's files: raw permalink parameters (the same strings a link
 * carries), each with the field it came from. The permalink decoder then checks them, so a value
 * this version of the answers does not know is dropped with a named notice rather than guessed.
 */

/** One file or pasted text. `label` names it in messages (a file name, or "Pasted text"). */
export interface ImportInput {
  label: string;
  text: string;
}

/** Where one answer came from. */
export interface Evidence {
  /** The permalink parameter, e.g. "source". */
  param: string;
  /** Its raw value, e.g. "msk-express". */
  value: string;
  /** The input it was read from (its label). */
  input: string;
  /** The field and what it said, e.g. "ClusterInfo.Provisioned.BrokerNodeGroupInfo.InstanceType = express.m7g.large". */
  field: string;
}

/** The kinds of input the import understands. */
export type InputKind = "msk-cluster" | "msk-replicator" | "mm2-properties";

export const INPUT_KIND_WORDS: Record<InputKind, string> = {
  "msk-cluster": "aws kafka describe-cluster-v2 output",
  "msk-replicator": "aws kafka describe-replicator output",
  "mm2-properties": "MirrorMaker 2 properties",
};
