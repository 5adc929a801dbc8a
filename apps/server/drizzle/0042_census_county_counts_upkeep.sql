-- The counts of a county belong to the county; the marks that say they must be derived again, to
-- the region of the facts that changed (so that whoever may change those facts may mark them).
SELECT shegong_protect_region_table('census_county_count');
--> statement-breakpoint
SELECT shegong_protect_region_table('census_count_stale');
--> statement-breakpoint
-- A change to the census facts marks the region of each changed row, in the same transaction as
-- the change; the census of a city or a province derives the marked counties again before it
-- reads (census-counts.ts). Statement triggers with transition tables, as for census_stale. An
-- update marks only the rows whose counted columns changed: the daily refresh of every worker's
-- facts (the day moves on) leaves most of them as they were.
CREATE OR REPLACE FUNCTION shegong_census_count_mark() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO census_count_stale (region_code)
      SELECT DISTINCT code FROM old_facts o JOIN new_facts n USING (worker_id),
        LATERAL (VALUES (o.region_code), (n.region_code)) AS changed(code)
      WHERE (o.region_code, o.sex, o.education_level, o.social_work_major, o.age_band,
          o.service_band, o.rank, o.employer_kind, o.employed_years, o.certified_years)
        IS DISTINCT FROM (n.region_code, n.sex, n.education_level, n.social_work_major, n.age_band,
          n.service_band, n.rank, n.employer_kind, n.employed_years, n.certified_years);
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO census_count_stale (region_code) SELECT DISTINCT region_code FROM new_facts;
  ELSE
    INSERT INTO census_count_stale (region_code) SELECT DISTINCT region_code FROM old_facts;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER census_fact_count_insert AFTER INSERT ON worker_census_fact
  REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_count_mark();
--> statement-breakpoint
CREATE TRIGGER census_fact_count_update AFTER UPDATE ON worker_census_fact
  REFERENCING OLD TABLE AS old_facts NEW TABLE AS new_facts
  FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_count_mark();
--> statement-breakpoint
CREATE TRIGGER census_fact_count_delete AFTER DELETE ON worker_census_fact
  REFERENCING OLD TABLE AS old_facts FOR EACH STATEMENT EXECUTE FUNCTION shegong_census_count_mark();
--> statement-breakpoint
-- Counties whose workers have facts already are counted at the first census that needs them.
SELECT set_config('shegong.scope', 'scope:', true);
--> statement-breakpoint
INSERT INTO census_count_stale (region_code) SELECT DISTINCT region_code FROM worker_census_fact;
