-- 撤回投标: the bidder's administrator marks its own bid withdrawn, from its own scope (the
-- service narrows it to its organisation and to the withdrawal columns); nothing else updates a bid.
CREATE POLICY tender_bid_withdraw ON "tender_bid" FOR UPDATE
  USING (shegong_in_scope(bidder_region_code))
  WITH CHECK (shegong_in_scope(bidder_region_code));
