// Versioned schema: migration N is MIGRATIONS[N - 1]. Never edit one that has shipped; append a new one.
export const MIGRATIONS: string[][] = [
  [
    `CREATE TABLE consent_records (
      seq bigint PRIMARY KEY,
      record_id text NOT NULL UNIQUE,
      consent_id text NOT NULL,
      received_at timestamptz NOT NULL,
      country text,
      source text NOT NULL,
      revision text NOT NULL,
      outcome text NOT NULL,
      record jsonb NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`,
    'CREATE INDEX consent_records_consent_id ON consent_records (consent_id)',
    'CREATE INDEX consent_records_received_at ON consent_records (received_at)',
    // The last purged row: the chain's new start after a retention purge.
    `CREATE TABLE consent_chain_anchor (
      id integer PRIMARY KEY CHECK (id = 1),
      seq bigint NOT NULL,
      hash text NOT NULL,
      purged_at timestamptz NOT NULL
    )`,
    `CREATE TABLE consent_suppressions (
      recipient text NOT NULL,
      category text NOT NULL,
      since timestamptz NOT NULL,
      PRIMARY KEY (recipient, category)
    )`,
    'CREATE INDEX consent_suppressions_since ON consent_suppressions (since)',
    // Webhook outbox: written in the same transaction as the change, so a crash loses no event.
    `CREATE TABLE consent_webhook_events (
      id bigserial PRIMARY KEY,
      type text NOT NULL,
      recipient text NOT NULL,
      category text NOT NULL,
      at timestamptz NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      delivered_at timestamptz,
      failed_at timestamptz
    )`,
    'CREATE INDEX consent_webhook_events_due ON consent_webhook_events (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL',
  ],
];
