CREATE TABLE "community_activity" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"organisation_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"activity_type" varchar(16) NOT NULL,
	"title" text NOT NULL,
	"service_field" varchar(40) NOT NULL,
	"population_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"participation" varchar(8) NOT NULL,
	"description" text,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_activity_participation_check" CHECK ("community_activity"."participation" in ('named', 'counted'))
);
--> statement-breakpoint
CREATE TABLE "service_group_stage" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"stage" varchar(16) NOT NULL,
	"moved_at" timestamp with time zone NOT NULL,
	"moved_by" uuid NOT NULL,
	"moved_by_name" text NOT NULL,
	CONSTRAINT "service_group_stage_stage_check" CHECK ("service_group_stage"."stage" in ('preparation', 'formation', 'transition', 'maturity', 'termination'))
);
--> statement-breakpoint
CREATE TABLE "service_group" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"organisation_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"name" text NOT NULL,
	"goal" text NOT NULL,
	"population_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"service_field" varchar(40) NOT NULL,
	"leader_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"planned_sessions" integer NOT NULL,
	"stage" varchar(16) DEFAULT 'preparation' NOT NULL,
	"ending_summary" text,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_group_stage_check" CHECK ("service_group"."stage" in ('preparation', 'formation', 'transition', 'maturity', 'termination'))
);
--> statement-breakpoint
CREATE TABLE "service_participant" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"group_id" uuid,
	"activity_id" uuid,
	"client_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"left_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_participant_owner_check" CHECK (("service_participant"."group_id" is null) <> ("service_participant"."activity_id" is null))
);
--> statement-breakpoint
CREATE TABLE "service_session" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"organisation_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"group_id" uuid,
	"activity_id" uuid,
	"held_on" date NOT NULL,
	"duration_minutes" integer NOT NULL,
	"topic" text,
	"place" text,
	"content_summary" text,
	"counted_participants" integer,
	"count_note" text,
	"volunteer_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"volunteer_count" integer DEFAULT 0 NOT NULL,
	"person_times" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_session_owner_check" CHECK (("service_session"."group_id" is null) <> ("service_session"."activity_id" is null)),
	CONSTRAINT "service_session_duration_check" CHECK ("service_session"."duration_minutes" between 1 and 1440),
	CONSTRAINT "service_session_person_times_check" CHECK ("service_session"."person_times" >= 0)
);
--> statement-breakpoint
CREATE TABLE "session_attendance" (
	"session_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"status" varchar(8) NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_attendance_session_id_client_id_pk" PRIMARY KEY("session_id","client_id"),
	CONSTRAINT "session_attendance_status_check" CHECK ("session_attendance"."status" in ('present', 'absent', 'excused'))
);
--> statement-breakpoint
ALTER TABLE "community_activity" ADD CONSTRAINT "community_activity_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_activity" ADD CONSTRAINT "community_activity_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_group_stage" ADD CONSTRAINT "service_group_stage_group_id_service_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."service_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_group" ADD CONSTRAINT "service_group_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_group" ADD CONSTRAINT "service_group_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_participant" ADD CONSTRAINT "service_participant_group_id_service_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."service_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_participant" ADD CONSTRAINT "service_participant_activity_id_community_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."community_activity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_participant" ADD CONSTRAINT "service_participant_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_session" ADD CONSTRAINT "service_session_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_session" ADD CONSTRAINT "service_session_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_session" ADD CONSTRAINT "service_session_group_id_service_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."service_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_session" ADD CONSTRAINT "service_session_activity_id_community_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."community_activity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_session_id_service_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."service_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_activity_region_idx" ON "community_activity" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "community_activity_organisation_idx" ON "community_activity" USING btree ("organisation_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "community_activity_title_idx" ON "community_activity" USING btree ("organisation_id","station_id","title");--> statement-breakpoint
CREATE INDEX "community_activity_station_idx" ON "community_activity" USING btree ("station_id");--> statement-breakpoint
CREATE INDEX "service_group_stage_region_idx" ON "service_group_stage" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_group_stage_group_idx" ON "service_group_stage" USING btree ("group_id","moved_at");--> statement-breakpoint
CREATE INDEX "service_group_region_idx" ON "service_group" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_group_organisation_idx" ON "service_group" USING btree ("organisation_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "service_group_station_idx" ON "service_group" USING btree ("station_id");--> statement-breakpoint
CREATE INDEX "service_participant_region_idx" ON "service_participant" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_participant_group_idx" ON "service_participant" USING btree ("group_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_participant_group_open_unique" ON "service_participant" USING btree ("group_id","client_id") WHERE "service_participant"."group_id" is not null and "service_participant"."left_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "service_participant_activity_unique" ON "service_participant" USING btree ("activity_id","client_id") WHERE "service_participant"."activity_id" is not null;--> statement-breakpoint
CREATE INDEX "service_session_region_month_idx" ON "service_session" USING btree ("region_code" text_pattern_ops,"held_on");--> statement-breakpoint
CREATE INDEX "service_session_station_idx" ON "service_session" USING btree ("station_id","held_on");--> statement-breakpoint
CREATE INDEX "service_session_group_idx" ON "service_session" USING btree ("group_id","held_on");--> statement-breakpoint
CREATE INDEX "service_session_activity_idx" ON "service_session" USING btree ("activity_id","held_on");--> statement-breakpoint
CREATE INDEX "session_attendance_region_idx" ON "session_attendance" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "session_attendance_client_idx" ON "session_attendance" USING btree ("client_id");