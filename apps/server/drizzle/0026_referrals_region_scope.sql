-- Referrals are region-owned by where the client lives: the sender's and the receiver's workers
-- whose scope holds the client's home see it (and the officers of the regions above). Nothing
-- deletes a referral.
SELECT shegong_protect_region_table('referral');
