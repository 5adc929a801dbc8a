CREATE TABLE "case_assessment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"form_code" varchar(20) NOT NULL,
	"assessed_on" date NOT NULL,
	"risk_level" varchar(8) NOT NULL,
	"domain_scores" jsonb NOT NULL,
	"assessment_summary" text,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_closure" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"closure_reasons" text[] NOT NULL,
	"closure_summary" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decision" varchar(10) DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "case_closure_decision_check" CHECK ("case_closure"."decision" in ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "case_contact" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"medium" varchar(12) NOT NULL,
	"attempted" boolean DEFAULT false NOT NULL,
	"contact_notes" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_contact_duration_check" CHECK ("case_contact"."duration_minutes" between 1 and 1440),
	CONSTRAINT "case_contact_medium_check" CHECK ("case_contact"."medium" in ('in_person', 'phone', 'video', 'home_visit', 'letter', 'other'))
);
--> statement-breakpoint
CREATE TABLE "case_evaluation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"evaluated_on" date NOT NULL,
	"goal_results" jsonb NOT NULL,
	"evaluation_summary" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(24) NOT NULL,
	"stage" varchar(16),
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"event_note" text,
	"referral_id" uuid
);
--> statement-breakpoint
CREATE TABLE "case_goal" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"goal_title" text NOT NULL,
	"domain" varchar(40),
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_work_setting" (
	"region_code" varchar(12) PRIMARY KEY NOT NULL,
	"reassessment_months" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case_task" (
	"id" uuid PRIMARY KEY NOT NULL,
	"goal_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"task_title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_worker" (
	"case_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"worker_name" text NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_worker_case_id_account_id_pk" PRIMARY KEY("case_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "case_work" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"client_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"supervisor_name" text NOT NULL,
	"stage" varchar(16) DEFAULT 'intake' NOT NULL,
	"status" varchar(20) DEFAULT 'open' NOT NULL,
	"risk_level" varchar(8) NOT NULL,
	"population_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"intake_on" date,
	"intake_source" varchar(16),
	"presenting_problem" text,
	"intake_decision" varchar(10),
	"decline_reason" text,
	"decline_disposition" varchar(10),
	"decline_referred_to" text,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_work_stage_check" CHECK ("case_work"."stage" in ('intake', 'assessment', 'planning', 'intervention', 'evaluation', 'closure')),
	CONSTRAINT "case_work_status_check" CHECK ("case_work"."status" in ('open', 'closure_requested', 'closed', 'not_taken')),
	CONSTRAINT "case_work_risk_check" CHECK ("case_work"."risk_level" in ('low', 'medium', 'high')),
	CONSTRAINT "case_work_intake_check" CHECK ("case_work"."intake_decision" is null or "case_work"."intake_decision" in ('accepted', 'declined'))
);
--> statement-breakpoint
ALTER TABLE "case_assessment" ADD CONSTRAINT "case_assessment_case_id_case_work_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_work"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_closure" ADD CONSTRAINT "case_closure_case_id_case_work_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_work"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_contact" ADD CONSTRAINT "case_contact_case_id_case_work_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_work"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_evaluation" ADD CONSTRAINT "case_evaluation_case_id_case_work_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_work"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_case_work_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_work"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_goal" ADD CONSTRAINT "case_goal_case_id_case_work_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_work"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_goal_id_case_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."case_goal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_case_id_case_work_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_work"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_worker" ADD CONSTRAINT "case_worker_case_id_case_work_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_work"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_worker" ADD CONSTRAINT "case_worker_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_work" ADD CONSTRAINT "case_work_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_work" ADD CONSTRAINT "case_work_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_work" ADD CONSTRAINT "case_work_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_work" ADD CONSTRAINT "case_work_supervisor_id_account_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_assessment_case_idx" ON "case_assessment" USING btree ("case_id","assessed_on");--> statement-breakpoint
CREATE INDEX "case_assessment_region_idx" ON "case_assessment" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "case_closure_case_idx" ON "case_closure" USING btree ("case_id","requested_at");--> statement-breakpoint
CREATE INDEX "case_closure_region_idx" ON "case_closure" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "case_contact_case_idx" ON "case_contact" USING btree ("case_id","occurred_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "case_contact_region_idx" ON "case_contact" USING btree ("region_code" text_pattern_ops,"occurred_at");--> statement-breakpoint
CREATE INDEX "case_evaluation_case_idx" ON "case_evaluation" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_evaluation_region_idx" ON "case_evaluation" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "case_event_case_idx" ON "case_event" USING btree ("case_id","occurred_at");--> statement-breakpoint
CREATE INDEX "case_event_region_idx" ON "case_event" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "case_goal_case_idx" ON "case_goal" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_goal_region_idx" ON "case_goal" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "case_task_case_idx" ON "case_task" USING btree ("case_id","due_on");--> statement-breakpoint
CREATE INDEX "case_task_region_idx" ON "case_task" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "case_worker_account_idx" ON "case_worker" USING btree ("account_id","case_id");--> statement-breakpoint
CREATE INDEX "case_worker_region_idx" ON "case_worker" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "case_work_region_idx" ON "case_work" USING btree ("region_code" text_pattern_ops,"opened_on" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "case_work_client_idx" ON "case_work" USING btree ("client_id","organisation_id");--> statement-breakpoint
CREATE INDEX "case_work_organisation_idx" ON "case_work" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "case_work_supervisor_idx" ON "case_work" USING btree ("supervisor_id","status");--> statement-breakpoint
CREATE INDEX "case_work_station_idx" ON "case_work" USING btree ("station_id");