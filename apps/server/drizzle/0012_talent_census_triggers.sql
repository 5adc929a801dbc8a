-- Census facts belong to the worker's region; so do the marks that say a worker's facts are stale.
SELECT shegong_protect_region_table('worker_census_fact');
--> statement-breakpoint
SELECT shegong_protect_region_table('census_stale');
--> statement-breakpoint
-- A change to a worker, a job or a certificate marks the worker's census facts stale, in the same
-- transaction as the change. Statement triggers with transition tables: a bulk import of 1,000 rows
-- costs one INSERT … SELECT, not 1,000. A worker who moves region loses the old row at once: the
-- census of the new region could neither see nor replace a row of the old one.
CREATE OR REPLACE FUNCTION shegong_census_mark_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'worker' THEN
    IF TG_OP = 'UPDATE' THEN
      DELETE FROM worker_census_fact f USING changed_rows c
        WHERE f.worker_id = c.id AND f.region_code <> c.region_code;
    END IF;
    INSERT INTO census_stale (worker_id, region_code) SELECT id, region_code FROM changed_rows;
  ELSE
    INSERT INTO census_stale (worker_id, region_code)
      SELECT DISTINCT worker_id, region_code FROM changed_rows;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER worker_census_insert AFTER INSERT ON worker
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_mark_stale();
--> statement-breakpoint
CREATE TRIGGER worker_census_update AFTER UPDATE ON worker
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_mark_stale();
--> statement-breakpoint
CREATE TRIGGER employment_census_insert AFTER INSERT ON employment
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_mark_stale();
--> statement-breakpoint
CREATE TRIGGER employment_census_update AFTER UPDATE ON employment
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_mark_stale();
--> statement-breakpoint
CREATE TRIGGER employment_census_delete AFTER DELETE ON employment
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_mark_stale();
--> statement-breakpoint
CREATE TRIGGER certificate_census_insert AFTER INSERT ON certificate
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_mark_stale();
--> statement-breakpoint
CREATE TRIGGER certificate_census_update AFTER UPDATE ON certificate
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_mark_stale();
--> statement-breakpoint
CREATE TRIGGER certificate_census_delete AFTER DELETE ON certificate
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_mark_stale();
--> statement-breakpoint
-- Workers registered before this migration have no facts yet.
SELECT set_config('shegong.scope', 'scope:', true);
--> statement-breakpoint
INSERT INTO census_stale (worker_id, region_code) SELECT id, region_code FROM worker;
