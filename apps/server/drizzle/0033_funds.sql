CREATE TABLE "fund_allocation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"source_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_allocation_amount_check" CHECK ("fund_allocation"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fund_share_rule" (
	"region_code" varchar(12) PRIMARY KEY NOT NULL,
	"max_share_bp" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_share_rule_bp_check" CHECK ("fund_share_rule"."max_share_bp" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "fund_source" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"kind" varchar(32) NOT NULL,
	"name" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"base_fen" bigint,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_source_amount_check" CHECK ("fund_source"."amount_fen" >= 0),
	CONSTRAINT "fund_source_base_check" CHECK ("fund_source"."base_fen" is null or "fund_source"."base_fen" >= 0),
	CONSTRAINT "fund_source_kind_check" CHECK ("fund_source"."kind" in ('public_budget', 'lottery_welfare_fund', 'social_assistance_fund', 'central_three_regions', 'community_foundation', 'other')),
	CONSTRAINT "fund_source_assistance_base_check" CHECK ("fund_source"."kind" <> 'social_assistance_fund' or ("fund_source"."base_fen" is not null and "fund_source"."amount_fen" <= "fund_source"."base_fen"))
);
--> statement-breakpoint
ALTER TABLE "fund_allocation" ADD CONSTRAINT "fund_allocation_source_id_fund_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."fund_source"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_allocation" ADD CONSTRAINT "fund_allocation_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fund_allocation_source_project_unique" ON "fund_allocation" USING btree ("source_id","project_id");--> statement-breakpoint
CREATE INDEX "fund_allocation_project_idx" ON "fund_allocation" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "fund_allocation_region_idx" ON "fund_allocation" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "fund_share_rule_region_idx" ON "fund_share_rule" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "fund_source_region_year_idx" ON "fund_source" USING btree ("region_code" text_pattern_ops,"year");--> statement-breakpoint
CREATE INDEX "fund_source_year_idx" ON "fund_source" USING btree ("year","region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "fund_source_name_unique" ON "fund_source" USING btree ("region_code","year","name");