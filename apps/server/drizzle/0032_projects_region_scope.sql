-- Projects are region-owned by the purchasing department's division: its officers and those of
-- the levels above see and change them. The provider, once awarded, reads its project and its
-- timeline from its own division (provider_region_code) and changes neither; the service narrows
-- that reading to the provider's own organisation. Nothing deletes a project or a move.
SELECT shegong_protect_region_table('project');
--> statement-breakpoint
DROP POLICY region_scope ON "project";
--> statement-breakpoint
CREATE POLICY project_read ON "project" FOR SELECT
  USING (shegong_in_scope(region_code) OR (provider_region_code IS NOT NULL AND shegong_in_scope(provider_region_code)));
--> statement-breakpoint
CREATE POLICY project_insert ON "project" FOR INSERT WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
CREATE POLICY project_update ON "project" FOR UPDATE
  USING (shegong_in_scope(region_code)) WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
SELECT shegong_protect_region_table('project_move');
--> statement-breakpoint
DROP POLICY region_scope ON "project_move";
--> statement-breakpoint
CREATE POLICY project_move_read ON "project_move" FOR SELECT
  USING (shegong_in_scope(region_code) OR EXISTS (
    SELECT 1 FROM project p WHERE p.id = project_id
      AND p.provider_region_code IS NOT NULL AND shegong_in_scope(p.provider_region_code)));
--> statement-breakpoint
CREATE POLICY project_move_insert ON "project_move" FOR INSERT WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
SELECT shegong_protect_region_table('project_review');
