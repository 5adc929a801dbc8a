-- The day of a case's latest assessment, kept on the case by the database for every writer (the
-- service, a merge, the bench generator): the offices' overdue re-assessments are then a filter on
-- the open cases instead of a join of every case to every assessment. Assessments are only ever
-- added, so an insert is all there is to follow.
UPDATE case_work c SET last_assessed_on = a.last
  FROM (SELECT case_id, max(assessed_on) AS last FROM case_assessment GROUP BY case_id) a
  WHERE c.id = a.case_id;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION shegong_case_last_assessed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE case_work c SET last_assessed_on = n.last
    FROM (SELECT case_id, max(assessed_on) AS last FROM new_assessments GROUP BY case_id) n
    WHERE c.id = n.case_id AND (c.last_assessed_on IS NULL OR c.last_assessed_on < n.last);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER case_assessment_last_assessed AFTER INSERT ON case_assessment
  REFERENCING NEW TABLE AS new_assessments FOR EACH STATEMENT
  EXECUTE FUNCTION shegong_case_last_assessed();
