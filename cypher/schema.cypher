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

// The graph's version, bumped by every write that changes the graph (bookkeeping, no :Entity): the
// API keys its answer cache and ETags on it, as it does on the embedded store's generation.
// name: graph_version_unique
CREATE CONSTRAINT graph_version_unique IF NOT EXISTS
FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE

// Reads by kind (list_nodes with a label, PlanIndex.for_sources): every node is an :Entity, and its
// own label is also the property label, which an index can serve.
// name: entity_label_index
CREATE INDEX entity_label_index IF NOT EXISTS
FOR (n:Entity) ON (n.label)

// Search: the folded names of a node joined by newlines (graph/store/search_key.py), so one
// CONTAINS on one string property, which a text index serves, compares every name at once.
// name: entity_search_text_index
CREATE TEXT INDEX entity_search_text_index IF NOT EXISTS
FOR (n:Entity) ON (n.search_text)
