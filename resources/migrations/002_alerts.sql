-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: alerts with their acknowledgements, the bundle's unknown top-level
-- fields, and an index for date-ordered session look-ups.

CREATE TABLE alert (
    rule TEXT NOT NULL,
    level TEXT NOT NULL
        CHECK (level IN ('emergency', 'urgent', 'stop-massage', 'see-doctor', 'clearance', 'info')),
    date TEXT NOT NULL,
    acknowledged TEXT,
    PRIMARY KEY (rule, date)
);

ALTER TABLE episode ADD COLUMN extra_top TEXT NOT NULL DEFAULT '{}';

ALTER TABLE episode ADD COLUMN extra_patient TEXT NOT NULL DEFAULT '{}';

CREATE INDEX session_by_date ON session (date, id);
