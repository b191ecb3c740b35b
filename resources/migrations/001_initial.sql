-- SPDX-License-Identifier: GPL-3.0-or-later
-- BackLog diary, schema version 1: the episode, daily entries and massage sessions.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE episode (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    patient_name TEXT NOT NULL DEFAULT '',
    onset_date TEXT NOT NULL,
    program_start TEXT NOT NULL,
    baseline_pain REAL CHECK (baseline_pain IS NULL OR baseline_pain BETWEEN 0 AND 10),
    baseline_function REAL CHECK (baseline_function IS NULL OR baseline_function BETWEEN 0 AND 10),
    activities TEXT NOT NULL DEFAULT '[]',
    scr_trauma INTEGER NOT NULL DEFAULT 0,
    scr_cancer INTEGER NOT NULL DEFAULT 0,
    scr_weight_fever INTEGER NOT NULL DEFAULT 0,
    scr_immuno INTEGER NOT NULL DEFAULT 0,
    scr_disc_leg INTEGER NOT NULL DEFAULT 0,
    scr_surgery_6w INTEGER NOT NULL DEFAULT 0,
    scr_osteoporosis INTEGER NOT NULL DEFAULT 0,
    surgery_date TEXT,
    plan_template TEXT NOT NULL DEFAULT 'default',
    extra TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE entry (
    date TEXT PRIMARY KEY NOT NULL,
    pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    function REAL CHECK (function IS NULL OR function BETWEEN 0 AND 10),
    activity_scores TEXT NOT NULL DEFAULT '[]',
    saddle INTEGER NOT NULL DEFAULT 0,
    bladder INTEGER NOT NULL DEFAULT 0,
    bowel INTEGER NOT NULL DEFAULT 0,
    both_legs INTEGER NOT NULL DEFAULT 0,
    leg_numbness INTEGER NOT NULL DEFAULT 0,
    leg_weakness TEXT NOT NULL DEFAULT 'none' CHECK (leg_weakness IN ('none', 'present', 'worse')),
    fever INTEGER NOT NULL DEFAULT 0,
    weight_loss INTEGER NOT NULL DEFAULT 0,
    night_pain INTEGER NOT NULL DEFAULT 0,
    after_session_asked INTEGER NOT NULL DEFAULT 0,
    stiffness TEXT NOT NULL DEFAULT 'none' CHECK (stiffness IN ('none', 'mild', 'severe')),
    reaction INTEGER NOT NULL DEFAULT 0,
    cat_cow INTEGER NOT NULL DEFAULT 0,
    pelvic_tilts INTEGER NOT NULL DEFAULT 0,
    walking_min INTEGER NOT NULL DEFAULT 0,
    bird_dog INTEGER NOT NULL DEFAULT 0,
    dead_bug INTEGER NOT NULL DEFAULT 0,
    movement_min INTEGER NOT NULL DEFAULT 0,
    smr INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE session (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    date TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('swedish', 'deep-tissue', 'trigger-point', 'myofascial', 'other')),
    therapist TEXT NOT NULL DEFAULT '',
    shooting_pain INTEGER NOT NULL DEFAULT 0,
    numbness INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}'
);
