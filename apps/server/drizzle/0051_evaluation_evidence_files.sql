CREATE TABLE "evaluation_evidence_file" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"sheet_id" uuid NOT NULL,
	"item_key" varchar(40) NOT NULL,
	"name" text NOT NULL,
	"type" varchar(100) NOT NULL,
	"size" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_evidence_file" ADD CONSTRAINT "evaluation_evidence_file_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_evidence_file" ADD CONSTRAINT "evaluation_evidence_file_sheet_id_evaluation_sheet_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."evaluation_sheet"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_evidence_file_sheet_idx" ON "evaluation_evidence_file" USING btree ("sheet_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "evaluation_evidence_file_round_idx" ON "evaluation_evidence_file" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "evaluation_evidence_file_region_idx" ON "evaluation_evidence_file" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
-- Evidence files belong to the round's division, as its sheets do: the evaluator (whose scope
-- covers it) attaches and removes them, the organiser reads them; the service narrows both.
SELECT shegong_protect_region_table('evaluation_evidence_file');
