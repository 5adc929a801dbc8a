-- Groups, activities, their lists, sessions and attendance are region-owned by their station's division.
SELECT shegong_protect_region_table('service_group');
--> statement-breakpoint
SELECT shegong_protect_region_table('service_group_stage');
--> statement-breakpoint
SELECT shegong_protect_region_table('community_activity');
--> statement-breakpoint
SELECT shegong_protect_region_table('service_participant');
--> statement-breakpoint
SELECT shegong_protect_region_table('service_session');
--> statement-breakpoint
SELECT shegong_protect_region_table('session_attendance');
