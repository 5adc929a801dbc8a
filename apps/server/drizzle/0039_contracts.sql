CREATE TABLE "contract_indicator" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"position" smallint NOT NULL,
	"measure" varchar(20) NOT NULL,
	"name" text NOT NULL,
	"level" real NOT NULL,
	"unit" varchar(10) NOT NULL,
	"period" varchar(8) NOT NULL,
	CONSTRAINT "contract_indicator_level_check" CHECK ("contract_indicator"."level" > 0)
);
--> statement-breakpoint
CREATE TABLE "contract_personnel_rule" (
	"region_code" varchar(12) PRIMARY KEY NOT NULL,
	"min_share_bp" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_personnel_rule_bp_check" CHECK ("contract_personnel_rule"."min_share_bp" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "contract_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"provider_region_code" varchar(12) NOT NULL,
	"period_key" varchar(10) NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" varchar(10) DEFAULT 'submitted' NOT NULL,
	"outputs" jsonb NOT NULL,
	"spending" jsonb NOT NULL,
	"total_spent_fen" bigint NOT NULL,
	"personnel_share_bp" integer,
	"personnel_share_rule_bp" integer NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid,
	"reviewed_by_name" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contract_report_status_check" CHECK ("contract_report"."status" in ('submitted', 'accepted', 'returned')),
	CONSTRAINT "contract_report_spent_check" CHECK ("contract_report"."total_spent_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "contract_tranche" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"position" smallint NOT NULL,
	"kind" varchar(10) NOT NULL,
	"due_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"gate" varchar(12) NOT NULL,
	"gate_period_key" varchar(10),
	"gate_round" varchar(10),
	"evaluation_grade" varchar(20),
	"status" varchar(10) DEFAULT 'scheduled' NOT NULL,
	"requested_by" uuid,
	"requested_by_name" text,
	"requested_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_by_name" text,
	"approved_at" timestamp with time zone,
	"paid_by" uuid,
	"paid_by_name" text,
	"paid_on" date,
	"voucher" text,
	"note" text DEFAULT '' NOT NULL,
	"cancelled_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contract_tranche_amount_check" CHECK ("contract_tranche"."amount_fen" >= 0),
	CONSTRAINT "contract_tranche_kind_check" CHECK ("contract_tranche"."kind" in ('advance', 'interim', 'final', 'change')),
	CONSTRAINT "contract_tranche_status_check" CHECK ("contract_tranche"."status" in ('scheduled', 'requested', 'approved', 'paid', 'cancelled')),
	CONSTRAINT "contract_tranche_gate_check" CHECK (("contract_tranche"."gate" = 'none' and "contract_tranche"."gate_period_key" is null and "contract_tranche"."gate_round" is null)
        or ("contract_tranche"."gate" = 'report' and "contract_tranche"."gate_period_key" is not null and "contract_tranche"."gate_round" is null)
        or ("contract_tranche"."gate" = 'evaluation' and "contract_tranche"."gate_round" in ('midterm', 'final') and "contract_tranche"."gate_period_key" is null)),
	CONSTRAINT "contract_tranche_four_eyes_check" CHECK ("contract_tranche"."approved_by" is null or "contract_tranche"."approved_by" <> "contract_tranche"."requested_by"),
	CONSTRAINT "contract_tranche_paid_check" CHECK ("contract_tranche"."status" <> 'paid' or ("contract_tranche"."paid_on" is not null and "contract_tranche"."approved_by" is not null))
);
--> statement-breakpoint
CREATE TABLE "contract_version" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"number" smallint NOT NULL,
	"reason" text,
	"amount_fen" bigint NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"terms" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_worker" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"worker_id" uuid NOT NULL,
	"name" text NOT NULL,
	"certificate_level" varchar(32),
	"post" text NOT NULL,
	"full_time" smallint NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"project_code" varchar(40) NOT NULL,
	"project_title" text NOT NULL,
	"project_year" smallint NOT NULL,
	"provider_organisation_id" uuid NOT NULL,
	"provider_name" text NOT NULL,
	"provider_region_code" varchar(12) NOT NULL,
	"area_region_codes" text[] NOT NULL,
	"area_station_ids" uuid[] NOT NULL,
	"code" varchar(40) NOT NULL,
	"status" varchar(12) DEFAULT 'draft' NOT NULL,
	"amount_fen" bigint NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"work_hours_per_year" smallint NOT NULL,
	"staffing_workers" smallint NOT NULL,
	"staffing_certified" smallint NOT NULL,
	"report_cadence" varchar(8) NOT NULL,
	"current_version" smallint DEFAULT 0 NOT NULL,
	"signed_on" date,
	"signed_by" uuid,
	"signed_by_name" text,
	"drafted_by" uuid NOT NULL,
	"drafted_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_status_check" CHECK ("contract"."status" in ('draft', 'signed', 'in_service', 'completed')),
	CONSTRAINT "contract_amount_check" CHECK ("contract"."amount_fen" >= 0),
	CONSTRAINT "contract_term_check" CHECK ("contract"."term_end" >= "contract"."term_start"),
	CONSTRAINT "contract_cadence_check" CHECK ("contract"."report_cadence" in ('month', 'quarter')),
	CONSTRAINT "contract_signed_check" CHECK (("contract"."status" = 'draft') = ("contract"."signed_on" is null) and ("contract"."status" = 'draft') = ("contract"."current_version" = 0))
);
--> statement-breakpoint
ALTER TABLE "contract_indicator" ADD CONSTRAINT "contract_indicator_contract_id_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_report" ADD CONSTRAINT "contract_report_contract_id_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_tranche" ADD CONSTRAINT "contract_tranche_contract_id_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_version" ADD CONSTRAINT "contract_version_contract_id_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_worker" ADD CONSTRAINT "contract_worker_contract_id_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract" ADD CONSTRAINT "contract_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract" ADD CONSTRAINT "contract_provider_organisation_id_organisation_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_indicator_contract_idx" ON "contract_indicator" USING btree ("contract_id","position");--> statement-breakpoint
CREATE INDEX "contract_indicator_region_idx" ON "contract_indicator" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "contract_personnel_rule_region_idx" ON "contract_personnel_rule" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "contract_report_period_unique" ON "contract_report" USING btree ("contract_id","period_key");--> statement-breakpoint
CREATE INDEX "contract_report_region_idx" ON "contract_report" USING btree ("region_code" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "contract_report_provider_region_idx" ON "contract_report" USING btree ("provider_region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "contract_tranche_contract_idx" ON "contract_tranche" USING btree ("contract_id","position");--> statement-breakpoint
CREATE INDEX "contract_tranche_region_idx" ON "contract_tranche" USING btree ("region_code" text_pattern_ops,"status");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_version_unique" ON "contract_version" USING btree ("contract_id","number");--> statement-breakpoint
CREATE INDEX "contract_version_region_idx" ON "contract_version" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "contract_worker_unique" ON "contract_worker" USING btree ("contract_id","worker_id");--> statement-breakpoint
CREATE INDEX "contract_worker_worker_idx" ON "contract_worker" USING btree ("worker_id","term_start");--> statement-breakpoint
CREATE INDEX "contract_worker_region_idx" ON "contract_worker" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "contract_project_unique" ON "contract" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "contract_region_idx" ON "contract" USING btree ("region_code" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "contract_provider_idx" ON "contract" USING btree ("provider_organisation_id","term_start");--> statement-breakpoint
CREATE INDEX "contract_provider_region_idx" ON "contract" USING btree ("provider_region_code" text_pattern_ops);