-- Schema version 3: lines, paragraphs and speaker turns of each document, computed once.
ALTER TABLE document ADD COLUMN line_starts INT ARRAY;
ALTER TABLE document ADD COLUMN paragraph_starts INT ARRAY;

CREATE TABLE document_turn (
  document_guid UUID NOT NULL REFERENCES document (guid) ON DELETE CASCADE,
  position      INT NOT NULL,
  speaker       VARCHAR(200) NOT NULL,
  start_cp      INT NOT NULL,
  end_cp        INT NOT NULL,
  time_stamp    VARCHAR(20),
  PRIMARY KEY (document_guid, position)
);
CREATE INDEX document_turn_speaker ON document_turn (speaker);
