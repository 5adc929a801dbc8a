CREATE TABLE "project_move" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"from_state" varchar(20),
	"to_state" varchar(20) NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "project_review" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"reviewed_on" date NOT NULL,
	"reviewers" jsonb NOT NULL,
	"opinion" text NOT NULL,
	"result" varchar(10) NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "project_review_result_check" CHECK ("project_review"."result" in ('passed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "project" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"code" varchar(40) NOT NULL,
	"title" text NOT NULL,
	"type" varchar(20) NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"service_fields" text[] NOT NULL,
	"population_groups" text[] NOT NULL,
	"area_region_codes" text[] NOT NULL,
	"area_station_ids" uuid[] NOT NULL,
	"budget_fen" bigint NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"state" varchar(20) DEFAULT 'draft' NOT NULL,
	"provider_organisation_id" uuid,
	"provider_name" text,
	"provider_region_code" varchar(12),
	"drafted_by" uuid NOT NULL,
	"drafted_by_name" text NOT NULL,
	"approved_by" uuid,
	"approved_by_name" text,
	"approved_at" timestamp with time zone,
	"termination_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_state_check" CHECK ("project"."state" in ('draft', 'review', 'pending_approval', 'approved', 'tendering', 'awarded', 'signed', 'in_service', 'completed', 'closed', 'terminated')),
	CONSTRAINT "project_type_check" CHECK ("project"."type" in ('post', 'project', 'family_centre', 'station_operation')),
	CONSTRAINT "project_budget_check" CHECK ("project"."budget_fen" >= 0),
	CONSTRAINT "project_term_check" CHECK ("project"."term_end" >= "project"."term_start"),
	CONSTRAINT "project_four_eyes_check" CHECK ("project"."approved_by" is null or "project"."approved_by" <> "project"."drafted_by"),
	CONSTRAINT "project_provider_check" CHECK (("project"."provider_organisation_id" is null) = ("project"."provider_region_code" is null)),
	CONSTRAINT "project_terminated_check" CHECK ("project"."state" <> 'terminated' or "project"."termination_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "project_move" ADD CONSTRAINT "project_move_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_review" ADD CONSTRAINT "project_review_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_provider_organisation_id_organisation_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_move_project_idx" ON "project_move" USING btree ("project_id","at");--> statement-breakpoint
CREATE INDEX "project_move_region_idx" ON "project_move" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "project_review_project_idx" ON "project_review" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_review_region_idx" ON "project_review" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "project_region_code_unique" ON "project" USING btree ("region_code","code");--> statement-breakpoint
CREATE INDEX "project_region_idx" ON "project" USING btree ("region_code" text_pattern_ops,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "project_year_idx" ON "project" USING btree ("year","region_code" text_pattern_ops,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "project_state_idx" ON "project" USING btree ("state","region_code" text_pattern_ops,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "project_provider_idx" ON "project" USING btree ("provider_organisation_id","id" DESC NULLS FIRST) WHERE "project"."provider_organisation_id" is not null;--> statement-breakpoint
CREATE INDEX "project_fields_idx" ON "project" USING gin ("service_fields");