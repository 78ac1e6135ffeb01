-- Trigram matching for typo-tolerant region search (trusted extension: no superuser needed on PG 13+).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
