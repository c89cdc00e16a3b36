-- Plays a migration that only a later Mailbench knows.
CREATE TABLE later_feature (id INTEGER PRIMARY KEY);
