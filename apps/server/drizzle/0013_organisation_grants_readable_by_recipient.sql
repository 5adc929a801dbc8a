-- A grant is read by those who see the region that gave it and by those whose scope holds the
-- organisation that received it: a city's subsidy to a county organisation appears on that
-- organisation's file for the county and for the organisation itself. Only the giving region
-- writes it.
DROP POLICY IF EXISTS region_scope ON organisation_grant;
--> statement-breakpoint
CREATE POLICY grant_read ON organisation_grant FOR SELECT USING (
  shegong_in_scope(region_code)
  OR EXISTS (SELECT 1 FROM organisation o WHERE o.id = organisation_id AND shegong_in_scope(o.region_code)));
--> statement-breakpoint
CREATE POLICY grant_insert ON organisation_grant FOR INSERT WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
CREATE POLICY grant_update ON organisation_grant FOR UPDATE
  USING (shegong_in_scope(region_code)) WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
CREATE POLICY grant_delete ON organisation_grant FOR DELETE USING (shegong_in_scope(region_code));
