-- Tenders are region-owned by the project's division: its officers and those of the levels above
-- publish, score and award them; a sibling county sees none. Announcements are public and read by
-- the service for bidders of any region (public fields only). A bid belongs to the tender's
-- division and is also read from its bidder's scope (bidder_region_code); the service narrows
-- that to the bidder's own organisation. A bidder reads its own scores once the result is
-- published, from the same scope; nothing deletes a tender or a bid.
SELECT shegong_protect_region_table('tender');
--> statement-breakpoint
SELECT shegong_protect_region_table('tender_bid');
--> statement-breakpoint
DROP POLICY region_scope ON "tender_bid";
--> statement-breakpoint
CREATE POLICY tender_bid_read ON "tender_bid" FOR SELECT
  USING (shegong_in_scope(region_code) OR shegong_in_scope(bidder_region_code));
--> statement-breakpoint
CREATE POLICY tender_bid_insert ON "tender_bid" FOR INSERT
  WITH CHECK (shegong_in_scope(bidder_region_code));
--> statement-breakpoint
SELECT shegong_protect_region_table('tender_panel_member');
--> statement-breakpoint
SELECT shegong_protect_region_table('tender_score');
--> statement-breakpoint
DROP POLICY region_scope ON "tender_score";
--> statement-breakpoint
CREATE POLICY tender_score_read ON "tender_score" FOR SELECT
  USING (shegong_in_scope(region_code) OR EXISTS (
    SELECT 1 FROM tender_bid b WHERE b.id = bid_id AND shegong_in_scope(b.bidder_region_code)));
--> statement-breakpoint
CREATE POLICY tender_score_insert ON "tender_score" FOR INSERT WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
CREATE POLICY tender_score_delete ON "tender_score" FOR DELETE USING (shegong_in_scope(region_code));
