-- Schema version 2: cases (the units researchers compare), attribute definitions and values.
CREATE TABLE attribute_definition (
  guid           UUID PRIMARY KEY,
  position       INT NOT NULL,
  name_sv        VARCHAR(1000),
  name_en        VARCHAR(1000),
  attribute_type VARCHAR(16) NOT NULL,
  allowed_values VARCHAR(1000) ARRAY
);

CREATE TABLE project_case (
  guid          UUID PRIMARY KEY,
  position      INT NOT NULL,
  name          VARCHAR(1000) NOT NULL,
  memo          CHARACTER LARGE OBJECT,
  seed_document UUID
);

CREATE TABLE case_document (
  case_guid     UUID NOT NULL REFERENCES project_case (guid) ON DELETE CASCADE,
  document_guid UUID NOT NULL REFERENCES document (guid) ON DELETE CASCADE,
  PRIMARY KEY (case_guid, document_guid)
);
CREATE INDEX case_document_document ON case_document (document_guid);

-- The owner is a case or a document (their guids never collide).
CREATE TABLE attribute_value (
  owner_guid      UUID NOT NULL,
  definition_guid UUID NOT NULL REFERENCES attribute_definition (guid) ON DELETE CASCADE,
  content         VARCHAR(4000) NOT NULL,
  PRIMARY KEY (owner_guid, definition_guid)
);

-- Projects from version 1: every document becomes its own case, as a new import does.
INSERT INTO project_case (guid, position, name, seed_document)
  SELECT RANDOM_UUID(), position, name, guid FROM document;
INSERT INTO case_document (case_guid, document_guid)
  SELECT guid, seed_document FROM project_case WHERE seed_document IS NOT NULL;
ALTER TABLE project_case DROP COLUMN seed_document;
