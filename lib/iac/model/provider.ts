// The Terraform AWS provider the generated module needs, below the next major. The offline
// validator's schema overlay (test support) reads this version; the module never reads the overlay.

/**
 * Earliest hashicorp/aws release verified to contain every argument the module writes: MSK
 * Replicator's apache_kafka_cluster, client_authentication, encryption_in_transit and
 * source/target_kafka_cluster_id were seen in 6.64.0 bindings and are absent from 6.62.0 (6.63.0
 * could not be checked); consumer_group_offset_sync_mode (6.51–6.55) and
 * log_delivery.replicator_log_delivery (6.47.0) are older.
 */
export const MINIMUM_AWS_PROVIDER_VERSION = "6.64.0";

/** The provider constraint written in versions.tf. */
export const AWS_PROVIDER_CONSTRAINT = `>= ${MINIMUM_AWS_PROVIDER_VERSION}, < 7.0.0`;
