CREATE TABLE "referral" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"direction" varchar(16) NOT NULL,
	"return_of" uuid,
	"client_id" uuid NOT NULL,
	"client_name" text NOT NULL,
	"client_sex" varchar(6) NOT NULL,
	"client_age" integer,
	"client_age_band" varchar(12),
	"client_minor" boolean NOT NULL,
	"case_id" uuid,
	"sender_organisation_id" uuid NOT NULL,
	"sender_organisation_name" text NOT NULL,
	"sender_station_id" uuid,
	"sender_station_name" text,
	"sent_by" uuid NOT NULL,
	"sent_by_name" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"receiver_kind" varchar(12) NOT NULL,
	"receiver_organisation_id" uuid,
	"receiver_station_id" uuid,
	"receiver_station_name" text,
	"receiver_name" text NOT NULL,
	"receiver_region_code" varchar(12),
	"receiver_key" text NOT NULL,
	"service_field" varchar(32),
	"referral_reason" text NOT NULL,
	"shared_summary" text NOT NULL,
	"consent_basis" varchar(16) NOT NULL,
	"sharing_consent_id" uuid,
	"consent_given_by" varchar(10),
	"consent_given_on" date,
	"consent_evidence_note" text,
	"consent_override_reason" text,
	"consent_overridden_by" uuid,
	"consent_overridden_by_name" text,
	"status" varchar(10) DEFAULT 'pending' NOT NULL,
	"answer_due_at" timestamp with time zone,
	"report_due_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"answered_by_name" text,
	"accept_note" text,
	"refusal_reason" text,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"done_by_name" text,
	"result_note" text,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoked_by_name" text,
	"revoke_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_status_check" CHECK ("referral"."status" in ('pending', 'accepted', 'refused', 'done', 'revoked')),
	CONSTRAINT "referral_direction_check" CHECK ("referral"."direction" in ('to_specialist', 'back_to_station')),
	CONSTRAINT "referral_receiver_check" CHECK (("referral"."receiver_kind" = 'organisation') = ("referral"."receiver_organisation_id" is not null)),
	CONSTRAINT "referral_receiver_kind_check" CHECK ("referral"."receiver_kind" in ('organisation', 'department')),
	CONSTRAINT "referral_consent_check" CHECK ("referral"."consent_basis" in ('sharing_consent', 'recorded', 'overridden', 'return')),
	CONSTRAINT "referral_refusal_check" CHECK ("referral"."status" <> 'refused' or "referral"."refusal_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_return_of_referral_id_fk" FOREIGN KEY ("return_of") REFERENCES "public"."referral"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_sender_organisation_id_organisation_id_fk" FOREIGN KEY ("sender_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_sender_station_id_station_id_fk" FOREIGN KEY ("sender_station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_receiver_organisation_id_organisation_id_fk" FOREIGN KEY ("receiver_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_receiver_station_id_station_id_fk" FOREIGN KEY ("receiver_station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_region_sent_idx" ON "referral" USING btree ("region_code" text_pattern_ops,"sent_at");--> statement-breakpoint
CREATE INDEX "referral_sender_idx" ON "referral" USING btree ("sender_organisation_id","id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "referral_receiver_idx" ON "referral" USING btree ("receiver_organisation_id","id" DESC NULLS FIRST) WHERE "referral"."receiver_organisation_id" is not null;--> statement-breakpoint
CREATE INDEX "referral_client_idx" ON "referral" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "referral_case_idx" ON "referral" USING btree ("case_id") WHERE "referral"."case_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "referral_open_unique" ON "referral" USING btree ("client_id","receiver_key") WHERE "referral"."status" in ('pending', 'accepted');