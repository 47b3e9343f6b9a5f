-- Tillit project store, schema version 1. Positions in text are Unicode code points from 0.
CREATE TABLE project (
  id          INT PRIMARY KEY CHECK (id = 1),
  name        VARCHAR(1000) NOT NULL,
  language    VARCHAR(16) NOT NULL,
  created     TIMESTAMP WITH TIME ZONE NOT NULL,
  memo        CHARACTER LARGE OBJECT
);

CREATE TABLE code (
  guid          UUID PRIMARY KEY,
  parent_guid   UUID REFERENCES code (guid),
  position      INT NOT NULL,
  label_sv      VARCHAR(1000),
  label_en      VARCHAR(1000),
  definition_sv CHARACTER LARGE OBJECT,
  definition_en CHARACTER LARGE OBJECT,
  color         CHAR(7) NOT NULL,
  codable       BOOLEAN NOT NULL,
  source        VARCHAR(1000),
  memo          CHARACTER LARGE OBJECT
);
CREATE INDEX code_parent ON code (parent_guid, position);

CREATE TABLE code_set (
  guid          UUID PRIMARY KEY,
  position      INT NOT NULL,
  label_sv      VARCHAR(1000),
  label_en      VARCHAR(1000),
  definition_sv CHARACTER LARGE OBJECT,
  definition_en CHARACTER LARGE OBJECT
);

CREATE TABLE code_set_member (
  set_guid  UUID NOT NULL REFERENCES code_set (guid) ON DELETE CASCADE,
  code_guid UUID NOT NULL REFERENCES code (guid) ON DELETE CASCADE,
  position  INT NOT NULL,
  PRIMARY KEY (set_guid, code_guid)
);

CREATE TABLE document (
  guid               UUID PRIMARY KEY,
  position           INT NOT NULL,
  name               VARCHAR(1000) NOT NULL,
  original_file_name VARCHAR(4000) NOT NULL,
  format             VARCHAR(200) NOT NULL,
  sha256             CHAR(64) NOT NULL,
  length             INT NOT NULL,
  imported           TIMESTAMP WITH TIME ZONE NOT NULL,
  memo               CHARACTER LARGE OBJECT,
  plain_text         CHARACTER LARGE OBJECT NOT NULL
);
CREATE UNIQUE INDEX document_sha256 ON document (sha256);

CREATE TABLE document_metadata (
  document_guid UUID NOT NULL REFERENCES document (guid) ON DELETE CASCADE,
  name          VARCHAR(1000) NOT NULL,
  content       CHARACTER LARGE OBJECT,
  PRIMARY KEY (document_guid, name)
);

CREATE TABLE coder (
  guid UUID PRIMARY KEY,
  name VARCHAR(1000) NOT NULL
);

CREATE TABLE coding (
  guid          UUID PRIMARY KEY,
  document_guid UUID NOT NULL REFERENCES document (guid) ON DELETE CASCADE,
  code_guid     UUID NOT NULL REFERENCES code (guid),
  start_cp      INT NOT NULL CHECK (start_cp >= 0),
  end_cp        INT NOT NULL,
  coder_guid    UUID REFERENCES coder (guid),
  created       TIMESTAMP WITH TIME ZONE NOT NULL,
  memo          CHARACTER LARGE OBJECT,
  CHECK (end_cp > start_cp)
);
CREATE INDEX coding_document ON coding (document_guid, start_cp);
CREATE INDEX coding_code ON coding (code_guid);
