-- Schema version 7: one index per lookup on the coding table. Version 1 indexed
-- (document_guid, start_cp), which the document's foreign key could not use, so H2 kept an index of
-- its own for that key besides, and one for the code's key beside coding_code: each coding written
-- updated seven B-trees, and importing 200,000 codings spent most of its time there. The table is
-- rebuilt (H2 names the indexes of foreign keys itself, so they cannot be dropped by name), its
-- rows in key order; the indexes come before the foreign keys, which then use them.
CREATE TABLE coding_v7 (
  guid          UUID PRIMARY KEY,
  document_guid UUID NOT NULL,
  code_guid     UUID NOT NULL,
  start_cp      INT NOT NULL CHECK (start_cp >= 0),
  end_cp        INT NOT NULL,
  coder_guid    UUID,
  created       TIMESTAMP WITH TIME ZONE NOT NULL,
  memo          CHARACTER LARGE OBJECT,
  edit_seq      INT DEFAULT 0 NOT NULL,
  CHECK (end_cp > start_cp)
);
INSERT INTO coding_v7 (guid, document_guid, code_guid, start_cp, end_cp, coder_guid, created, memo, edit_seq)
  SELECT guid, document_guid, code_guid, start_cp, end_cp, coder_guid, created, memo, edit_seq FROM coding ORDER BY guid;
DROP TABLE coding;
ALTER TABLE coding_v7 RENAME TO coding;
CREATE INDEX coding_document ON coding (document_guid);
CREATE INDEX coding_code ON coding (code_guid);
CREATE INDEX coding_coder ON coding (coder_guid);
ALTER TABLE coding ADD CONSTRAINT coding_document_fk FOREIGN KEY (document_guid) REFERENCES document (guid) ON DELETE CASCADE;
ALTER TABLE coding ADD CONSTRAINT coding_code_fk FOREIGN KEY (code_guid) REFERENCES code (guid);
ALTER TABLE coding ADD CONSTRAINT coding_coder_fk FOREIGN KEY (coder_guid) REFERENCES coder (guid);
