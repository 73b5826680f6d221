// Reads and writes of the Neo4j store (graph/store/neo4j_store.py). Every node is an :Entity with a unique
// id and its own label; merged properties are stored flat for queries and as JSON (props_json,
// evidence_json) for exact round trips; contrib_json keeps what each document contributed and docs
// lists those documents. Relationship types and labels come only from graph.model's enums.

// name: get_node
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.label AS label, n.props_json AS props_json, n.evidence_json AS evidence_json

// name: list_nodes
// $labels: the one label asked for, or every label, so the label index serves both (a test of
// "$label IS NULL OR n.label = $label" scanned every node, once per plan a trace quotes).
MATCH (n:Entity)
WHERE n.label IN $labels
  AND all(k IN keys($filters) WHERE toString(n[k]) = $filters[k]
      OR (n[k] IS :: BOOLEAN AND toString(n[k]) = toLower($filters[k]))
      OR (n[k] IS :: LIST<ANY> AND $filters[k] IN n[k]))
RETURN n.id AS id, n.label AS label, n.props_json AS props_json, n.evidence_json AS evidence_json
ORDER BY n.id
SKIP $offset
LIMIT $limit

// name: count_nodes
MATCH (n:Entity)
WHERE n.label IN $labels
  AND all(k IN keys($filters) WHERE toString(n[k]) = $filters[k]
      OR (n[k] IS :: BOOLEAN AND toString(n[k]) = toLower($filters[k]))
      OR (n[k] IS :: LIST<ANY> AND $filters[k] IN n[k]))
RETURN count(n) AS total

// name: neighbours_out
MATCH (n:Entity {id: $id})-[r]->(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN n.id AS source, m.id AS target, type(r) AS type, r.props_json AS props_json,
       r.evidence_json AS evidence_json, m.id AS id, m.label AS label, m.props_json AS node_props_json,
       m.evidence_json AS node_evidence_json

// name: neighbours_in
MATCH (n:Entity {id: $id})<-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN m.id AS source, n.id AS target, type(r) AS type, r.props_json AS props_json,
       r.evidence_json AS evidence_json, m.id AS id, m.label AS label, m.props_json AS node_props_json,
       m.evidence_json AS node_evidence_json

// name: neighbours_of_out
UNWIND $ids AS at
MATCH (n:Entity {id: at})-[r]->(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN at, n.id AS source, m.id AS target, type(r) AS type, r.props_json AS props_json,
       r.evidence_json AS evidence_json, m.id AS id, m.label AS label, m.props_json AS node_props_json,
       m.evidence_json AS node_evidence_json

// name: neighbours_of_in
UNWIND $ids AS at
MATCH (n:Entity {id: at})<-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN at, m.id AS source, n.id AS target, type(r) AS type, r.props_json AS props_json,
       r.evidence_json AS evidence_json, m.id AS id, m.label AS label, m.props_json AS node_props_json,
       m.evidence_json AS node_evidence_json

// name: passages
MATCH (:Entity {id: $id})-[:HAS_SECTION*1..]->(:Section)-[:HAS_TASK]->(t:Task)
RETURN DISTINCT t.id AS id, t.label AS label, t.props_json AS props_json, t.evidence_json AS evidence_json,
       t.order AS task_order
ORDER BY task_order

// name: export_nodes
MATCH (n:Entity)
RETURN n.id AS id, n.label AS label, n.props_json AS props_json, n.evidence_json AS evidence_json

// name: export_relationships
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.props_json AS props_json,
       r.evidence_json AS evidence_json

// name: known_documents
// Which of these documents were written before: only then must a write look for what they
// contributed by scanning, since no index serves a test on a list property (docs).
UNWIND $docs AS source
MATCH (d:IngestedDocument {source: source})
RETURN d.source AS source

// name: contributions_of_nodes
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, n.label AS label, n.contrib_json AS contrib_json

// name: contributions_of_known_nodes
MATCH (n:Entity)
WHERE any(d IN n.docs WHERE d IN $docs)
RETURN n.id AS id, n.label AS label, n.contrib_json AS contrib_json

// name: contributions_of_relationships
// A relationship's key names its start node, so the batch's keys are found from their start nodes
// (an index seek, then the start nodes' own relationships) rather than by a scan of all of them.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $sources AND r.key IN $keys
RETURN a.id AS source, b.id AS target, type(r) AS type, r.contrib_json AS contrib_json, elementId(r) AS eid

// name: contributions_of_known_relationships
MATCH (a:Entity)-[r]->(b:Entity)
WHERE any(d IN r.docs WHERE d IN $docs)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.contrib_json AS contrib_json, elementId(r) AS eid

// name: record_documents
UNWIND $docs AS source
MERGE (:IngestedDocument {source: source})

// name: delete_relationships
UNWIND $eids AS eid
MATCH ()-[r]->()
WHERE elementId(r) = eid
DELETE r

// name: delete_nodes
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n

// name: detach_nodes
// Returns the keys taken away: the write tells from them whether the graph changed.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-()
WITH DISTINCT r
WITH r, r.key AS key
DELETE r
RETURN key

// name: create_nodes
// New nodes are created, not merged: the write has just read every node of the batch by id, so a
// MERGE would only repeat that lookup under a lock (and plan an Eager between its SET clauses).
UNWIND $rows AS row
CREATE (n:Entity:$(row.label))
SET n = row.props

// name: update_nodes
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.label)

// name: create_relationships
// Created, not merged: MERGE on a relationship pattern expands every relationship between the two
// nodes (a region or agency has thousands), and the write knows which relationships exist.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props

// name: update_relationships
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.eid
SET r = row.props

// name: count_all
// From the count store: every relationship joins two :Entity nodes.
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN nodes, relationships

// name: clear
MATCH (n:Entity)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS

// name: clear_documents
MATCH (d:IngestedDocument)
CALL (d) { DELETE d } IN TRANSACTIONS OF 5000 ROWS

// name: any_documents
OPTIONAL MATCH (d:IngestedDocument)
WITH d LIMIT 1
OPTIONAL MATCH (n:Entity)
WITH d, n LIMIT 1
RETURN d IS NOT NULL AS recorded, n IS NOT NULL AS written

// name: backfill_documents
// Stores written before documents were recorded: record every document found on nodes or relationships.
CALL () {
  MATCH (n:Entity)
  UNWIND n.docs AS source
  RETURN source
  UNION
  MATCH ()-[r]->()
  UNWIND r.docs AS source
  RETURN source
}
WITH DISTINCT source
MERGE (:IngestedDocument {source: source})

// name: lineage_up
MATCH p = (:Entity {id: $id})-[:BASED_ON*1..10]->(m:Entity)
WITH m, min(length(p)) AS depth
WHERE depth <= $max_depth
RETURN m.id AS id, m.label AS label, m.props_json AS props_json, m.evidence_json AS evidence_json, depth
ORDER BY depth, id

// name: lineage_down
MATCH p = (:Entity {id: $id})<-[:BASED_ON*1..10]-(m:Entity)
WITH m, min(length(p)) AS depth
WHERE depth <= $max_depth
RETURN m.id AS id, m.label AS label, m.props_json AS props_json, m.evidence_json AS evidence_json, depth
ORDER BY depth, id

// name: trace_step_down
// One level of the breadth-first trace (Neo4jStore.trace): the IMPLEMENTS links into the frontier from
// nodes not reached yet. Matching IMPLEMENTS*1..5 paths enumerated every path before the shortest
// per node was kept (49 s for one goal on the 1,000-plan graph); a level at a time reads each link once.
UNWIND $ids AS at
MATCH (:Entity {id: at})<-[r:IMPLEMENTS]-(m:Entity)
WHERE NOT m.id IN $seen
RETURN at, m.id AS source, at AS target, type(r) AS type, r.props_json AS props_json,
       r.evidence_json AS evidence_json, m.id AS id, m.label AS label, m.props_json AS node_props_json,
       m.evidence_json AS node_evidence_json

// name: trace_step_up
UNWIND $ids AS at
MATCH (:Entity {id: at})-[r:IMPLEMENTS]->(m:Entity)
WHERE NOT m.id IN $seen
RETURN at, at AS source, m.id AS target, type(r) AS type, r.props_json AS props_json,
       r.evidence_json AS evidence_json, m.id AS id, m.label AS label, m.props_json AS node_props_json,
       m.evidence_json AS node_evidence_json

// name: shortest_path
// Between two nodes joined by several relationships a step takes, as the embedded store does, the one
// from the step's start before one towards it, then the first type by name (shortestPath alone takes
// whichever the store holds first).
MATCH (a:Entity {id: $source})
MATCH (b:Entity {id: $target})
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE length(p) <= $max_depth
WITH nodes(p) AS ns
UNWIND range(0, size(ns) - 2) AS i
CALL (ns, i) {
  WITH ns[i] AS u, ns[i + 1] AS v
  MATCH (u)-[r]-(v)
  RETURN r
  ORDER BY CASE WHEN startNode(r) = u THEN 0 ELSE 1 END, type(r)
  LIMIT 1
}
WITH ns, i, r
ORDER BY i
WITH ns, collect(r) AS steps
RETURN [n IN ns | {id: n.id, label: n.label, props_json: n.props_json, evidence_json: n.evidence_json}]
         AS nodes,
       [r IN steps | {source: startNode(r).id, target: endNode(r).id, type: type(r),
         props_json: r.props_json, evidence_json: r.evidence_json}] AS relationships

// name: search
// search_text holds the node's folded names, each ended by a newline (which a folded needle never
// holds), so CONTAINS over it is a test of every name, and the text index serves it.
MATCH (n:Entity)
WHERE n.search_text CONTAINS $text AND ($label IS NULL OR n.label = $label)
RETURN n.id AS id, n.label AS label, n.props_json AS props_json, n.evidence_json AS evidence_json
ORDER BY size(coalesce(n.name, n.title, '')), n.id
LIMIT $limit

// name: plan_mentions
MATCH (:Entity {id: $id})-[:HAS_SECTION*0..]->(s:Entity)-[r:MENTIONS]->(m:Entity)
RETURN DISTINCT s.id AS source, m.id AS target, type(r) AS type, r.props_json AS props_json,
       r.evidence_json AS evidence_json, m.id AS id, m.label AS label, m.props_json AS node_props_json,
       m.evidence_json AS node_evidence_json
ORDER BY id, source

// name: read_cypher_procedures
SHOW PROCEDURES YIELD name, mode
WHERE name IN $names
RETURN name, mode

// name: graph_version
MATCH (v:GraphVersion {key: 'graph'})
RETURN v.instance AS instance, v.generation AS generation, v.format AS format

// name: bump_graph_version
// In the transaction of every write that changed the graph, so a reader in any process sees the new
// version no later than the new graph.
MERGE (v:GraphVersion {key: 'graph'})
ON CREATE SET v.instance = randomUUID(), v.generation = 0, v.format = $format
SET v.generation = v.generation + 1

// name: new_graph_version
// A new instance: a store cleared (or first opened) never reuses an earlier version's tags.
MERGE (v:GraphVersion {key: 'graph'})
SET v.instance = randomUUID(), v.generation = 0, v.format = $format

// name: backfill_search_text
// Stores written before search_text: one string from the folded names written then.
MATCH (n:Entity)
WHERE n.search_text IS NULL AND (n.search_name IS NOT NULL OR n.search_title IS NOT NULL)
CALL (n) {
  WITH n, [k IN [n.search_name, n.search_title] + coalesce(n.search_aliases, []) WHERE k IS NOT NULL] AS names
  SET n.search_text = reduce(text = '', k IN names | text + k + '\n')
  REMOVE n.search_name, n.search_title, n.search_aliases
} IN TRANSACTIONS OF 5000 ROWS
