-- Clients and their consents are region-owned by where the client lives.
SELECT shegong_protect_region_table('client');
--> statement-breakpoint
SELECT shegong_protect_region_table('client_consent');
