-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 23 (issue 16, point 8): each station's ticket board reads its own site's tickets.
--
-- The board, the search and the dashboard read one site's tickets (t.site_id = :site), most often its open ones;
-- without an index on the site every board of a chain read every site's tickets to keep its own.

CREATE INDEX tickets_site_status ON tickets(site_id, status, created_at);
