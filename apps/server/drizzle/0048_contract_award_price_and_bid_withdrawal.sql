DROP INDEX "tender_bid_organisation_unique";--> statement-breakpoint
ALTER TABLE "tender_bid" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tender_bid" ADD COLUMN "withdrawn_by" uuid;--> statement-breakpoint
ALTER TABLE "tender_bid" ADD COLUMN "withdrawn_by_name" text;--> statement-breakpoint
ALTER TABLE "tender_bid" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "contract" ADD COLUMN "award_price_fen" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "tender_bid_organisation_unique" ON "tender_bid" USING btree ("tender_id","organisation_id") WHERE "tender_bid"."withdrawn_at" is null;--> statement-breakpoint
ALTER TABLE "tender_bid" ADD CONSTRAINT "tender_bid_withdrawn_check" CHECK (("tender_bid"."withdrawn_at" is null) = ("tender_bid"."withdrawal_reason" is null));--> statement-breakpoint
ALTER TABLE "contract" ADD CONSTRAINT "contract_award_price_check" CHECK ("contract"."award_price_fen" is null or "contract"."amount_fen" * 10 <= "contract"."award_price_fen" * 11);