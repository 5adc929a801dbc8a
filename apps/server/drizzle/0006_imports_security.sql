SELECT shegong_protect_region_table('import_job');
--> statement-breakpoint
SELECT shegong_protect_region_table('import_row');
