-- Version 4: a document's position is its index in the project's order (0, 1, 2, ...).
-- Earlier versions left gaps where documents were deleted; the store now renumbers on every
-- insert and removal, and relies on positions without gaps.
UPDATE document d SET position = (SELECT COUNT(*) FROM document e
  WHERE e.position < d.position OR (e.position = d.position AND e.guid < d.guid));
