-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: clinical rules version 2. The new screening answers and the day each
-- "yes" was given, the new daily-check answers (leg pain, sexual function, a new fall),
-- alerts found when the rules were updated, and a marker that asks the program to
-- recompute the stored alerts under the new rules (removed in the same transaction as
-- the recomputation). Activity ratings stay a JSON list; null items (not rated yet) need
-- no change of the schema.

ALTER TABLE episode ADD COLUMN scr_age_50 INTEGER NOT NULL DEFAULT 0;

ALTER TABLE episode ADD COLUMN scr_inflammatory INTEGER NOT NULL DEFAULT 0;

ALTER TABLE episode ADD COLUMN scr_infection INTEGER NOT NULL DEFAULT 0;

ALTER TABLE episode ADD COLUMN scr_anticoag INTEGER NOT NULL DEFAULT 0;

ALTER TABLE episode ADD COLUMN scr_aorta INTEGER NOT NULL DEFAULT 0;

ALTER TABLE episode ADD COLUMN screening_answered TEXT NOT NULL DEFAULT '{}';

ALTER TABLE entry ADD COLUMN leg_pain TEXT NOT NULL DEFAULT 'none'
    CHECK (leg_pain IN ('none', 'one', 'both'));

ALTER TABLE entry ADD COLUMN sexual INTEGER NOT NULL DEFAULT 0;

ALTER TABLE entry ADD COLUMN fall INTEGER NOT NULL DEFAULT 0;

ALTER TABLE alert ADD COLUMN found_on_upgrade INTEGER NOT NULL DEFAULT 0;

CREATE TABLE pending (
    task TEXT PRIMARY KEY NOT NULL
);

INSERT INTO pending (task) VALUES ('recompute-alerts-rules-v2');
