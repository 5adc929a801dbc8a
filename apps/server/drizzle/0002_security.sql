-- The second wall of region scope: PostgreSQL row-level security.
-- Scoped transactions run as the non-owner role shegong_app with `shegong.scope` = 'scope:<code>';
-- system work (login, seeding) sets 'scope:' (the whole country) explicitly. A transaction that sets
-- no scope sees no region-owned row at all.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shegong_app') THEN
    CREATE ROLE shegong_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT shegong_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO shegong_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO shegong_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO shegong_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO shegong_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO shegong_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION shegong_in_scope(code text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    starts_with(current_setting('shegong.scope', true), 'scope:')
      AND starts_with(code, substr(current_setting('shegong.scope', true), 7)),
    false)
$$;
--> statement-breakpoint
-- Every table with a region_code column is protected by calling this once in its migration.
CREATE OR REPLACE FUNCTION shegong_protect_region_table(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS region_scope ON %s', tbl);
  EXECUTE format(
    'CREATE POLICY region_scope ON %s USING (shegong_in_scope(region_code)) WITH CHECK (shegong_in_scope(region_code))',
    tbl);
END
$$;
--> statement-breakpoint
SELECT shegong_protect_region_table('account');
--> statement-breakpoint
SELECT shegong_protect_region_table('audit_event');
--> statement-breakpoint
-- Sessions and failed sign-ins belong to the region of their account: an administrator may end the
-- sessions or clear the lockout of accounts in scope only. Failures of names that match no account
-- are visible to the whole-country scope alone (sign-in runs there).
ALTER TABLE "session" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "session" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY region_scope ON "session"
  USING (EXISTS (SELECT 1 FROM account a WHERE a.id = account_id AND shegong_in_scope(a.region_code)))
  WITH CHECK (EXISTS (SELECT 1 FROM account a WHERE a.id = account_id AND shegong_in_scope(a.region_code)));
--> statement-breakpoint
ALTER TABLE "login_failure" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "login_failure" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY region_scope ON "login_failure"
  USING (shegong_in_scope('') OR EXISTS (SELECT 1 FROM account a WHERE a.username = login_failure.username AND shegong_in_scope(a.region_code)))
  WITH CHECK (shegong_in_scope('') OR EXISTS (SELECT 1 FROM account a WHERE a.username = login_failure.username AND shegong_in_scope(a.region_code)));
--> statement-breakpoint
-- The audit trail cannot be changed or removed, by the app or by the owner (等保 2.0).
CREATE OR REPLACE FUNCTION shegong_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION shegong_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION shegong_refuse_audit_change();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM shegong_app;
