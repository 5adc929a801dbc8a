-- Trigram search on names (3+ characters); see docs/architecture.md.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
