-- Evaluation rounds belong to the project's division: its officers and those above organise them,
-- and evaluators whose scope covers it score them (the service opens a round to its assigned
-- evaluators only). The provider reads its rounds from its own division, confirms a published
-- result and raises objections; it never reads a sheet (the round carries the computed result).
SELECT shegong_protect_region_table('evaluation_round');
--> statement-breakpoint
DROP POLICY region_scope ON "evaluation_round";
--> statement-breakpoint
CREATE POLICY evaluation_round_read ON "evaluation_round" FOR SELECT
  USING (shegong_in_scope(region_code) OR shegong_in_scope(provider_region_code));
--> statement-breakpoint
CREATE POLICY evaluation_round_insert ON "evaluation_round" FOR INSERT
  WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
CREATE POLICY evaluation_round_update ON "evaluation_round" FOR UPDATE
  USING (shegong_in_scope(region_code) OR shegong_in_scope(provider_region_code))
  WITH CHECK (shegong_in_scope(region_code) OR shegong_in_scope(provider_region_code));
--> statement-breakpoint
SELECT shegong_protect_region_table('evaluation_assignment');
--> statement-breakpoint
SELECT shegong_protect_region_table('evaluation_sheet');
--> statement-breakpoint
SELECT shegong_protect_region_table('evaluation_rescore');
--> statement-breakpoint
SELECT shegong_protect_region_table('evaluation_draw');
--> statement-breakpoint
SELECT shegong_protect_region_table('evaluation_objection');
--> statement-breakpoint
DROP POLICY region_scope ON "evaluation_objection";
--> statement-breakpoint
CREATE POLICY evaluation_objection_read ON "evaluation_objection" FOR SELECT
  USING (shegong_in_scope(region_code) OR shegong_in_scope(provider_region_code));
--> statement-breakpoint
CREATE POLICY evaluation_objection_insert ON "evaluation_objection" FOR INSERT
  WITH CHECK (shegong_in_scope(provider_region_code));
--> statement-breakpoint
CREATE POLICY evaluation_objection_update ON "evaluation_objection" FOR UPDATE
  USING (shegong_in_scope(region_code)) WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
-- A rescore and a draw are records of what was done: nothing changes or deletes them.
CREATE OR REPLACE FUNCTION shegong_evaluation_insert_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER evaluation_rescore_insert_only BEFORE UPDATE OR DELETE ON evaluation_rescore
  FOR EACH ROW EXECUTE FUNCTION shegong_evaluation_insert_only();
--> statement-breakpoint
CREATE TRIGGER evaluation_draw_insert_only BEFORE UPDATE OR DELETE ON evaluation_draw
  FOR EACH ROW EXECUTE FUNCTION shegong_evaluation_insert_only();
