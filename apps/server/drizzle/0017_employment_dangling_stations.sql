-- Jobs could name any station id until the service checked it (issue #12): a job naming a station
-- that does not exist keeps its employer's name and region and forgets the id, so that the
-- foreign key of the next migration holds. Row-level security is forced: see every region.
SELECT set_config('shegong.scope', 'scope:', true);
--> statement-breakpoint
UPDATE employment SET station_id = NULL
WHERE station_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM station s WHERE s.id = employment.station_id);
