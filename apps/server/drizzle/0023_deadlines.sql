CREATE TABLE "calendar_day" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" varchar(8) NOT NULL,
	"name" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_day_kind_check" CHECK ("calendar_day"."kind" in ('holiday', 'workday'))
);
--> statement-breakpoint
CREATE TABLE "deadline_policy_setting" (
	"policy_code" varchar(64) PRIMARY KEY NOT NULL,
	"amount" integer NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deadline" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"counterpart_region_code" varchar(12),
	"subject_type" varchar(40) NOT NULL,
	"subject_id" uuid NOT NULL,
	"policy_code" varchar(64) NOT NULL,
	"amount" integer NOT NULL,
	"unit" varchar(16) NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"paused_at" timestamp with time zone,
	"paused_ms" bigint DEFAULT 0 NOT NULL,
	"state" varchar(12) DEFAULT 'running' NOT NULL,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deadline_state_check" CHECK ("deadline"."state" in ('running', 'paused', 'met', 'missed', 'cancelled')),
	CONSTRAINT "deadline_unit_check" CHECK ("deadline"."unit" in ('working_days', 'working_hours', 'calendar_days', 'calendar_hours')),
	CONSTRAINT "deadline_paused_check" CHECK (("deadline"."state" = 'paused') = ("deadline"."paused_at" is not null))
);
--> statement-breakpoint
CREATE INDEX "deadline_region_idx" ON "deadline" USING btree ("region_code" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "deadline_counterpart_region_idx" ON "deadline" USING btree ("counterpart_region_code" text_pattern_ops,"id") WHERE "deadline"."counterpart_region_code" is not null;--> statement-breakpoint
CREATE INDEX "deadline_subject_idx" ON "deadline" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "deadline_open_due_idx" ON "deadline" USING btree ("region_code" text_pattern_ops,"due_at") WHERE "deadline"."state" in ('running', 'paused');--> statement-breakpoint
CREATE INDEX "deadline_counterpart_open_due_idx" ON "deadline" USING btree ("counterpart_region_code" text_pattern_ops,"due_at") WHERE "deadline"."state" in ('running', 'paused') and "deadline"."counterpart_region_code" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "deadline_open_unique" ON "deadline" USING btree ("subject_type","subject_id","policy_code") WHERE "deadline"."state" in ('running', 'paused');