// Constraints and indexes for the Neo4j store. Every node carries the label Entity and a unique id,
// plus its own label from graph.model.Label; lookups by title and name are indexed.

// name: entity_id_unique
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE

// name: plan_title_index
CREATE INDEX plan_title_index IF NOT EXISTS
FOR (n:Plan) ON (n.title)

// name: entity_name_index
CREATE INDEX entity_name_index IF NOT EXISTS
FOR (n:Entity) ON (n.name)


// The documents written so far (bookkeeping of the write path, not part of the graph: no :Entity).
// name: ingested_document_unique
CREATE CONSTRAINT ingested_document_unique IF NOT EXISTS
FOR (d:IngestedDocument) REQUIRE d.source IS UNIQUE
