-- Organisations are public registry data: officers also see those registered by the governments
-- above them (a city-registered organisation works in every county of the city), but change only
-- those inside their own scope.
CREATE OR REPLACE FUNCTION shegong_scope_touches(code text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT shegong_in_scope(code) OR coalesce(
    starts_with(current_setting('shegong.scope', true), 'scope:')
      AND starts_with(substr(current_setting('shegong.scope', true), 7), code),
    false)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION shegong_protect_region_table_readable_from_below(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS region_scope ON %s', tbl);
  EXECUTE format('DROP POLICY IF EXISTS region_read ON %s', tbl);
  EXECUTE format('DROP POLICY IF EXISTS region_insert ON %s', tbl);
  EXECUTE format('DROP POLICY IF EXISTS region_update ON %s', tbl);
  EXECUTE format('DROP POLICY IF EXISTS region_delete ON %s', tbl);
  EXECUTE format('CREATE POLICY region_read ON %s FOR SELECT USING (shegong_scope_touches(region_code))', tbl);
  EXECUTE format('CREATE POLICY region_insert ON %s FOR INSERT WITH CHECK (shegong_in_scope(region_code))', tbl);
  EXECUTE format('CREATE POLICY region_update ON %s FOR UPDATE USING (shegong_in_scope(region_code)) WITH CHECK (shegong_in_scope(region_code))', tbl);
  EXECUTE format('CREATE POLICY region_delete ON %s FOR DELETE USING (shegong_in_scope(region_code))', tbl);
END
$$;
--> statement-breakpoint
SELECT shegong_protect_region_table_readable_from_below('organisation');
--> statement-breakpoint
SELECT shegong_protect_region_table_readable_from_below('organisation_rating');
--> statement-breakpoint
SELECT shegong_protect_region_table_readable_from_below('organisation_inspection');
--> statement-breakpoint
SELECT shegong_protect_region_table_readable_from_below('organisation_credit_record');
--> statement-breakpoint
SELECT shegong_protect_region_table_readable_from_below('staffing_norm');
--> statement-breakpoint
SELECT shegong_protect_region_table('organisation_grant');
--> statement-breakpoint
SELECT shegong_protect_region_table('incubation_base');
--> statement-breakpoint
SELECT shegong_protect_region_table('incubation_residency');
--> statement-breakpoint
SELECT shegong_protect_region_table('station');
--> statement-breakpoint
SELECT shegong_protect_region_table('station_staff');
