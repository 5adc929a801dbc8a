CREATE TABLE "tender_bid" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tender_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"organisation_id" uuid NOT NULL,
	"organisation_name" text NOT NULL,
	"bidder_region_code" varchar(12) NOT NULL,
	"price_fen" bigint NOT NULL,
	"team" jsonb NOT NULL,
	"plan" text NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tender_bid_price_check" CHECK ("tender_bid"."price_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "tender_panel_member" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tender_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tender_score" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tender_id" uuid NOT NULL,
	"bid_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"criterion" varchar(30) NOT NULL,
	"points" smallint NOT NULL,
	CONSTRAINT "tender_score_points_check" CHECK ("tender_score"."points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "tender" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"project_code" varchar(40) NOT NULL,
	"project_title" text NOT NULL,
	"budget_fen" bigint NOT NULL,
	"service_fields" text[] NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"status" varchar(10) DEFAULT 'open' NOT NULL,
	"notice" text DEFAULT '' NOT NULL,
	"opens_on" date NOT NULL,
	"deadline" date NOT NULL,
	"rules" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"published_by" uuid NOT NULL,
	"published_by_name" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"awarded_bid_id" uuid,
	"award_reason" text,
	"awarded_by" uuid,
	"awarded_by_name" text,
	"awarded_at" timestamp with time zone,
	"failed_reason" text,
	"result_published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tender_status_check" CHECK ("tender"."status" in ('open', 'awarded', 'failed')),
	CONSTRAINT "tender_dates_check" CHECK ("tender"."deadline" >= "tender"."opens_on"),
	CONSTRAINT "tender_awarded_check" CHECK (("tender"."status" = 'awarded') = ("tender"."awarded_bid_id" is not null)),
	CONSTRAINT "tender_failed_check" CHECK ("tender"."status" <> 'failed' or "tender"."failed_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "tender_bid" ADD CONSTRAINT "tender_bid_tender_id_tender_id_fk" FOREIGN KEY ("tender_id") REFERENCES "public"."tender"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_bid" ADD CONSTRAINT "tender_bid_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_panel_member" ADD CONSTRAINT "tender_panel_member_tender_id_tender_id_fk" FOREIGN KEY ("tender_id") REFERENCES "public"."tender"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_score" ADD CONSTRAINT "tender_score_tender_id_tender_id_fk" FOREIGN KEY ("tender_id") REFERENCES "public"."tender"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_score" ADD CONSTRAINT "tender_score_bid_id_tender_bid_id_fk" FOREIGN KEY ("bid_id") REFERENCES "public"."tender_bid"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_score" ADD CONSTRAINT "tender_score_member_id_tender_panel_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."tender_panel_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender" ADD CONSTRAINT "tender_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tender_bid_organisation_unique" ON "tender_bid" USING btree ("tender_id","organisation_id");--> statement-breakpoint
CREATE INDEX "tender_bid_region_idx" ON "tender_bid" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "tender_bid_bidder_idx" ON "tender_bid" USING btree ("organisation_id","submitted_at");--> statement-breakpoint
CREATE INDEX "tender_panel_member_tender_idx" ON "tender_panel_member" USING btree ("tender_id","position");--> statement-breakpoint
CREATE INDEX "tender_panel_member_region_idx" ON "tender_panel_member" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "tender_score_unique" ON "tender_score" USING btree ("bid_id","member_id","criterion");--> statement-breakpoint
CREATE INDEX "tender_score_tender_idx" ON "tender_score" USING btree ("tender_id");--> statement-breakpoint
CREATE INDEX "tender_score_region_idx" ON "tender_score" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "tender_project_idx" ON "tender" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "tender_region_idx" ON "tender" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "tender_open_idx" ON "tender" USING btree ("deadline") WHERE "tender"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "tender_open_per_project" ON "tender" USING btree ("project_id") WHERE "tender"."status" = 'open';