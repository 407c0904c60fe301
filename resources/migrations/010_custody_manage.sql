-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 10: custody and pickup authorisations are the director's.
--
-- Adding, changing or removing a child's authorised pickups or "do not release" restrictions needs its own
-- permission, custody.manage, held by the director by default (PermissionMatrix::defaults() says the same).
-- Until now anyone who could edit a family could delete a court order; the built-in director of an existing
-- file is given the new permission here, and no other role: a centre that wants someone else to keep the
-- pickup rules grants it on the Roles page.
INSERT OR IGNORE INTO role_permissions (role_key, permission) VALUES ('director', 'custody.manage');
