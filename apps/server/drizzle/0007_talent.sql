CREATE TABLE "certificate" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"level" varchar(32) NOT NULL,
	"certified_on" date NOT NULL,
	"management_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_worker_level_unique" UNIQUE("worker_id","level")
);
--> statement-breakpoint
CREATE TABLE "course" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"organiser" text NOT NULL,
	"title" text NOT NULL,
	"type" varchar(24) NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"capacity" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_entry" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"source" varchar(16) NOT NULL,
	"hours" numeric(6, 1) NOT NULL,
	"earned_on" date NOT NULL,
	"description" text NOT NULL,
	"enrolment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_entry_enrolment_id_unique" UNIQUE("enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "enrolment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"status" varchar(12) NOT NULL,
	"completed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolment_course_worker_unique" UNIQUE("course_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "exam_score" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"level" varchar(32) NOT NULL,
	"subject" varchar(40) NOT NULL,
	"year" integer NOT NULL,
	"score" numeric(5, 1) NOT NULL,
	"pass_mark" numeric(5, 1) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exam_score_sitting_unique" UNIQUE("worker_id","subject","year")
);
--> statement-breakpoint
CREATE TABLE "registration_review" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"stage" varchar(8) NOT NULL,
	"outcome" varchar(8) NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"reviewer_name" text NOT NULL,
	"comment" text,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"certificate_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(12) NOT NULL,
	"status" varchar(24) NOT NULL,
	"applied_on" date NOT NULL,
	"ce_hours" numeric(6, 1),
	"valid_from" date,
	"valid_until" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_rule" (
	"region_code" varchar(12) PRIMARY KEY NOT NULL,
	"counted_sources" text[] NOT NULL,
	"caps_per_cycle" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reward_grant" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"level" varchar(32) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" varchar(12) NOT NULL,
	"applied_on" date NOT NULL,
	"decided_by" uuid,
	"decided_on" date,
	"paid_on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reward_grant_worker_level_unique" UNIQUE("worker_id","level")
);
--> statement-breakpoint
CREATE TABLE "reward_rule" (
	"region_code" varchar(12) NOT NULL,
	"level" varchar(32) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reward_rule_region_code_level_pk" PRIMARY KEY("region_code","level")
);
--> statement-breakpoint
CREATE TABLE "talent_target" (
	"region_code" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"target_workers" integer NOT NULL,
	"target_certified" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_target_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
CREATE TABLE "employment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"employer_kind" varchar(24) NOT NULL,
	"organisation_id" uuid,
	"station_id" uuid,
	"employer_name" text NOT NULL,
	"employer_region_code" varchar(12) NOT NULL,
	"post_type" varchar(24) NOT NULL,
	"full_time" boolean DEFAULT true NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"leaving_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision" (
	"id" uuid PRIMARY KEY NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"supervisee_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"hours" numeric(7, 1) DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker" (
	"id" uuid PRIMARY KEY NOT NULL,
	"id_number" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"sex" varchar(6) NOT NULL,
	"birth_date" date NOT NULL,
	"phone" varchar(11),
	"education_level" varchar(16) NOT NULL,
	"major" text,
	"social_work_major" boolean DEFAULT false NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"expert_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_id_number_unique" UNIQUE("id_number"),
	CONSTRAINT "worker_sex_check" CHECK ("worker"."sex" in ('male', 'female'))
);
--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_entry" ADD CONSTRAINT "credit_entry_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_score" ADD CONSTRAINT "exam_score_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_review" ADD CONSTRAINT "registration_review_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_certificate_id_certificate_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificate"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reward_grant" ADD CONSTRAINT "reward_grant_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment" ADD CONSTRAINT "employment_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision" ADD CONSTRAINT "supervision_supervisor_id_worker_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision" ADD CONSTRAINT "supervision_supervisee_id_worker_id_fk" FOREIGN KEY ("supervisee_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_region_level_idx" ON "certificate" USING btree ("region_code" text_pattern_ops,"level");--> statement-breakpoint
CREATE INDEX "course_region_idx" ON "course" USING btree ("region_code" text_pattern_ops,"starts_on");--> statement-breakpoint
CREATE INDEX "credit_entry_worker_idx" ON "credit_entry" USING btree ("worker_id","earned_on");--> statement-breakpoint
CREATE INDEX "enrolment_worker_idx" ON "enrolment" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "exam_score_region_idx" ON "exam_score" USING btree ("region_code" text_pattern_ops,"year");--> statement-breakpoint
CREATE INDEX "registration_review_registration_idx" ON "registration_review" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "registration_worker_idx" ON "registration" USING btree ("worker_id","applied_on");--> statement-breakpoint
CREATE INDEX "registration_region_status_idx" ON "registration" USING btree ("region_code" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "registration_valid_until_idx" ON "registration" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "employment_worker_idx" ON "employment" USING btree ("worker_id","started_on");--> statement-breakpoint
CREATE INDEX "employment_region_idx" ON "employment" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "employment_organisation_idx" ON "employment" USING btree ("organisation_id","ended_on");--> statement-breakpoint
CREATE INDEX "employment_employer_region_idx" ON "employment" USING btree ("employer_region_code" text_pattern_ops,"started_on");--> statement-breakpoint
CREATE INDEX "supervision_supervisor_idx" ON "supervision" USING btree ("supervisor_id");--> statement-breakpoint
CREATE INDEX "supervision_supervisee_idx" ON "supervision" USING btree ("supervisee_id");--> statement-breakpoint
CREATE INDEX "supervision_region_idx" ON "supervision" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "worker_region_name_idx" ON "worker" USING btree ("region_code" text_pattern_ops,"name","id");--> statement-breakpoint
CREATE INDEX "worker_name_prefix_idx" ON "worker" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "worker_phone_idx" ON "worker" USING btree ("phone");