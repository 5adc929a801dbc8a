CREATE TABLE "evaluation_assignment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"account_id" uuid NOT NULL,
	"evaluator_name" text NOT NULL,
	"agency_organisation_id" uuid,
	"agency_name" text NOT NULL,
	"status" varchar(24) DEFAULT 'awaiting_declaration' NOT NULL,
	"signals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"declared_at" timestamp with time zone,
	"declaration_note" text DEFAULT '' NOT NULL,
	"resolution" text DEFAULT '' NOT NULL,
	"resolved_by_name" text,
	"assigned_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_assignment_status_check" CHECK ("evaluation_assignment"."status" in ('awaiting_declaration', 'cleared', 'conflict', 'waived', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "evaluation_draw" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"share_percent" smallint NOT NULL,
	"seed" varchar(64) NOT NULL,
	"population" integer NOT NULL,
	"strata" jsonb NOT NULL,
	"chosen_contract_ids" uuid[] NOT NULL,
	"drawn_by" uuid NOT NULL,
	"drawn_by_name" text NOT NULL,
	"drawn_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_objection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"provider_region_code" varchar(12) NOT NULL,
	"item_key" varchar(40) NOT NULL,
	"item_name" text NOT NULL,
	"reason" text NOT NULL,
	"raised_by" uuid NOT NULL,
	"raised_by_name" text NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"decision_reason" text DEFAULT '' NOT NULL,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "evaluation_objection_status_check" CHECK ("evaluation_objection"."status" in ('open', 'upheld', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "evaluation_rescore" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"sheet_id" uuid NOT NULL,
	"item_key" varchar(40) NOT NULL,
	"from_score" real,
	"to_score" real,
	"reason" text NOT NULL,
	"objection_id" uuid,
	"by_account" uuid NOT NULL,
	"by_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_round" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"provider_region_code" varchar(12) NOT NULL,
	"contract_id" uuid NOT NULL,
	"contract_code" varchar(40) NOT NULL,
	"project_id" uuid NOT NULL,
	"project_code" varchar(40) NOT NULL,
	"project_title" text NOT NULL,
	"project_type" varchar(32) NOT NULL,
	"provider_organisation_id" uuid NOT NULL,
	"provider_name" text NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"kind" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"due_on" date NOT NULL,
	"indicator_version_id" uuid NOT NULL,
	"indicator_label" text NOT NULL,
	"items" jsonb NOT NULL,
	"party_weights" jsonb NOT NULL,
	"objection_days" smallint NOT NULL,
	"result" jsonb,
	"total" real,
	"grade" varchar(12),
	"draw_id" uuid,
	"locked_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"objection_until" date,
	"provider_confirmed_at" timestamp with time zone,
	"provider_confirmed_by_name" text,
	"finalised_at" timestamp with time zone,
	"finalised_by_name" text,
	"consequences" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_round_kind_check" CHECK ("evaluation_round"."kind" in ('midterm', 'spot_check', 'final')),
	CONSTRAINT "evaluation_round_status_check" CHECK ("evaluation_round"."status" in ('open', 'locked', 'published', 'final')),
	CONSTRAINT "evaluation_round_grade_check" CHECK ("evaluation_round"."grade" is null or "evaluation_round"."grade" in ('excellent', 'good', 'pass', 'fail')),
	CONSTRAINT "evaluation_round_final_check" CHECK ("evaluation_round"."status" <> 'final' or ("evaluation_round"."grade" is not null and "evaluation_round"."finalised_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "evaluation_sheet" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"party" varchar(24) NOT NULL,
	"assignment_id" uuid,
	"scorer_name" text NOT NULL,
	"marks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" varchar(12) DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_sheet_status_check" CHECK ("evaluation_sheet"."status" in ('draft', 'submitted')),
	CONSTRAINT "evaluation_sheet_party_check" CHECK (("evaluation_sheet"."party" = 'third_party') = ("evaluation_sheet"."assignment_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "evaluation_assignment" ADD CONSTRAINT "evaluation_assignment_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assignment" ADD CONSTRAINT "evaluation_assignment_agency_organisation_id_organisation_id_fk" FOREIGN KEY ("agency_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_objection" ADD CONSTRAINT "evaluation_objection_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rescore" ADD CONSTRAINT "evaluation_rescore_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rescore" ADD CONSTRAINT "evaluation_rescore_sheet_id_evaluation_sheet_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."evaluation_sheet"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_contract_id_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_provider_organisation_id_organisation_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_indicator_version_id_indicator_version_id_fk" FOREIGN KEY ("indicator_version_id") REFERENCES "public"."indicator_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sheet" ADD CONSTRAINT "evaluation_sheet_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sheet" ADD CONSTRAINT "evaluation_sheet_assignment_id_evaluation_assignment_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."evaluation_assignment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_assignment_unique" ON "evaluation_assignment" USING btree ("round_id","account_id");--> statement-breakpoint
CREATE INDEX "evaluation_assignment_account_idx" ON "evaluation_assignment" USING btree ("account_id","status");--> statement-breakpoint
CREATE INDEX "evaluation_assignment_region_idx" ON "evaluation_assignment" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_draw_region_year_unique" ON "evaluation_draw" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "evaluation_draw_region_idx" ON "evaluation_draw" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "evaluation_objection_round_idx" ON "evaluation_objection" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "evaluation_objection_region_idx" ON "evaluation_objection" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_objection_item_unique" ON "evaluation_objection" USING btree ("round_id","item_key");--> statement-breakpoint
CREATE INDEX "evaluation_rescore_round_idx" ON "evaluation_rescore" USING btree ("round_id","at");--> statement-breakpoint
CREATE INDEX "evaluation_rescore_region_idx" ON "evaluation_rescore" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "evaluation_round_region_idx" ON "evaluation_round" USING btree ("region_code" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "evaluation_round_provider_idx" ON "evaluation_round" USING btree ("provider_organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "evaluation_round_contract_idx" ON "evaluation_round" USING btree ("contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_round_once_unique" ON "evaluation_round" USING btree ("contract_id","kind") WHERE "evaluation_round"."kind" in ('midterm', 'final');--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_round_spot_check_unique" ON "evaluation_round" USING btree ("contract_id","year") WHERE "evaluation_round"."kind" = 'spot_check';--> statement-breakpoint
CREATE INDEX "evaluation_sheet_round_idx" ON "evaluation_sheet" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "evaluation_sheet_region_idx" ON "evaluation_sheet" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_sheet_assignment_unique" ON "evaluation_sheet" USING btree ("assignment_id") WHERE "evaluation_sheet"."assignment_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_sheet_office_unique" ON "evaluation_sheet" USING btree ("round_id","party") WHERE "evaluation_sheet"."assignment_id" is null;