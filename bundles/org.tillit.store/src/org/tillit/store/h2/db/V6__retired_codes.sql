-- Schema version 6: merging or deleting a code with many codings writes one row, not one per coding.
-- A code merged into another keeps its row, hidden, with merged_into naming the code its codings
-- now count as; a code deleted with its codings keeps its row (and its codings theirs), hidden,
-- with deleted set, so that undo can bring all of it back. Opening the project for work moves the
-- merged codings to the code they count as and removes what was deleted.
ALTER TABLE code ADD COLUMN merged_into UUID;
ALTER TABLE code ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
