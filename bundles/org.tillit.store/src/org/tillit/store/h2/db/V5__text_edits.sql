-- Schema version 5: editing a document's text. A document's speaker turns move into its row, as
-- its line and paragraph starts are, so that an edit rewrites one row, not one per turn.
ALTER TABLE document ADD COLUMN turn_speakers VARCHAR(200) ARRAY;
ALTER TABLE document ADD COLUMN turn_starts INT ARRAY;
ALTER TABLE document ADD COLUMN turn_ends INT ARRAY;
ALTER TABLE document ADD COLUMN turn_stamps VARCHAR(20) ARRAY;
UPDATE document d SET
  turn_speakers = (SELECT ARRAY_AGG(t.speaker ORDER BY t.position) FROM document_turn t WHERE t.document_guid = d.guid),
  turn_starts = (SELECT ARRAY_AGG(t.start_cp ORDER BY t.position) FROM document_turn t WHERE t.document_guid = d.guid),
  turn_ends = (SELECT ARRAY_AGG(t.end_cp ORDER BY t.position) FROM document_turn t WHERE t.document_guid = d.guid),
  turn_stamps = (SELECT ARRAY_AGG(t.time_stamp ORDER BY t.position) FROM document_turn t WHERE t.document_guid = d.guid);
DROP TABLE document_turn;

-- The codings after an edit move by one row here instead of one row each: a coding row holds its
-- range as of the document's edit number edit_seq it was written at, and every later entry
-- (in order: the codings that then started at from_cp or later moved by delta) applies to it.
-- Opening the project for work brings the rows up to date and empties the table.
ALTER TABLE document ADD COLUMN edit_seq INT DEFAULT 0 NOT NULL;
ALTER TABLE coding ADD COLUMN edit_seq INT DEFAULT 0 NOT NULL;
CREATE TABLE document_edit (
  document_guid UUID NOT NULL REFERENCES document (guid) ON DELETE CASCADE,
  seq           INT NOT NULL,
  from_cp       INT NOT NULL,
  delta         INT NOT NULL,
  PRIMARY KEY (document_guid, seq)
);
