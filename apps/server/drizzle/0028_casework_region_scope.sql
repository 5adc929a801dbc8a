-- Case work is region-owned by the case's station's region: the offices of that region count it,
-- while the service lets only the case's team and the organisation's administrator read what it
-- says. The re-assessment interval is read from below, like the staffing norms.
SELECT shegong_protect_region_table('case_work');
--> statement-breakpoint
SELECT shegong_protect_region_table('case_worker');
--> statement-breakpoint
SELECT shegong_protect_region_table('case_assessment');
--> statement-breakpoint
SELECT shegong_protect_region_table('case_goal');
--> statement-breakpoint
SELECT shegong_protect_region_table('case_task');
--> statement-breakpoint
SELECT shegong_protect_region_table('case_contact');
--> statement-breakpoint
SELECT shegong_protect_region_table('case_evaluation');
--> statement-breakpoint
SELECT shegong_protect_region_table('case_closure');
--> statement-breakpoint
SELECT shegong_protect_region_table('case_event');
--> statement-breakpoint
SELECT shegong_protect_region_table_readable_from_below('case_work_setting');
