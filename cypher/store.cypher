// Reads and writes of the Neo4j store (graph/store/neo4j_store.py). Every node is an :Entity with a unique
// id and its own label; merged properties are stored flat for queries and as JSON (props_json,
// evidence_json) for exact round trips; contrib_json keeps what each document contributed and docs
// lists those documents. Relationship types and labels come only from graph.model's enums.

// name: get_node
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.label AS label, n.props_json AS props_json, n.evidence_json AS evidence_json

// name: list_nodes
MATCH (n:Entity)
WHERE ($label IS NULL OR n.label = $label)
  AND all(k IN keys($filters) WHERE toString(n[k]) = $filters[k]
      OR (n[k] IS :: BOOLEAN AND toString(n[k]) = toLower($filters[k]))
      OR (n[k] IS :: LIST<ANY> AND $filters[k] IN n[k]))
RETURN n.id AS id, n.label AS label, n.props_json AS props_json, n.evidence_json AS evidence_json
ORDER BY n.id
SKIP $offset
LIMIT $limit

// name: count_nodes
MATCH (n:Entity)
WHERE ($label IS NULL OR n.label = $label)
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

// name: contributions_of_nodes
MATCH (n:Entity)
WHERE n.id IN $ids OR any(d IN n.docs WHERE d IN $docs)
RETURN n.id AS id, n.label AS label, n.contrib_json AS contrib_json

// name: contributions_of_relationships
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.key IN $keys OR any(d IN r.docs WHERE d IN $docs)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.contrib_json AS contrib_json

// name: delete_relationships
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {key: row.key}]->(:Entity {id: row.target})
DELETE r

// name: delete_nodes
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n

// name: detach_nodes
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-()
DELETE r

// name: upsert_nodes
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n.id = row.id
FOREACH (_ IN CASE WHEN row.label = 'Plan' THEN [1] ELSE [] END | SET n:Plan)
FOREACH (_ IN CASE WHEN row.label = 'Region' THEN [1] ELSE [] END | SET n:Region)
FOREACH (_ IN CASE WHEN row.label = 'Agency' THEN [1] ELSE [] END | SET n:Agency)
FOREACH (_ IN CASE WHEN row.label = 'System' THEN [1] ELSE [] END | SET n:System)
FOREACH (_ IN CASE WHEN row.label = 'Pilot' THEN [1] ELSE [] END | SET n:Pilot)
FOREACH (_ IN CASE WHEN row.label = 'Indicator' THEN [1] ELSE [] END | SET n:Indicator)
FOREACH (_ IN CASE WHEN row.label = 'Law' THEN [1] ELSE [] END | SET n:Law)
FOREACH (_ IN CASE WHEN row.label = 'Section' THEN [1] ELSE [] END | SET n:Section)
FOREACH (_ IN CASE WHEN row.label = 'Task' THEN [1] ELSE [] END | SET n:Task)

// name: upsert_relationships
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
FOREACH (_ IN CASE WHEN row.type = 'BASED_ON' THEN [1] ELSE [] END |
  MERGE (a)-[r:BASED_ON {key: row.key}]->(b) SET r = row.props, r.key = row.key)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:PART_OF {key: row.key}]->(b) SET r = row.props, r.key = row.key)
FOREACH (_ IN CASE WHEN row.type = 'COVERS' THEN [1] ELSE [] END |
  MERGE (a)-[r:COVERS {key: row.key}]->(b) SET r = row.props, r.key = row.key)
FOREACH (_ IN CASE WHEN row.type = 'ISSUED' THEN [1] ELSE [] END |
  MERGE (a)-[r:ISSUED {key: row.key}]->(b) SET r = row.props, r.key = row.key)
FOREACH (_ IN CASE WHEN row.type = 'SETS' THEN [1] ELSE [] END |
  MERGE (a)-[r:SETS {key: row.key}]->(b) SET r = row.props, r.key = row.key)
FOREACH (_ IN CASE WHEN row.type = 'HAS_SECTION' THEN [1] ELSE [] END |
  MERGE (a)-[r:HAS_SECTION {key: row.key}]->(b) SET r = row.props, r.key = row.key)
FOREACH (_ IN CASE WHEN row.type = 'HAS_TASK' THEN [1] ELSE [] END |
  MERGE (a)-[r:HAS_TASK {key: row.key}]->(b) SET r = row.props, r.key = row.key)
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:LOCATED_IN {key: row.key}]->(b) SET r = row.props, r.key = row.key)
FOREACH (_ IN CASE WHEN row.type = 'IMPLEMENTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:IMPLEMENTS {key: row.key}]->(b) SET r = row.props, r.key = row.key)
FOREACH (_ IN CASE WHEN row.type = 'ALIGNS_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:ALIGNS_WITH {key: row.key}]->(b) SET r = row.props, r.key = row.key)
FOREACH (_ IN CASE WHEN row.type = 'MENTIONS' THEN [1] ELSE [] END |
  MERGE (a)-[r:MENTIONS {key: row.key}]->(b) SET r = row.props, r.key = row.key)

// name: count_all
MATCH (n:Entity)
OPTIONAL MATCH (n)-[r]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships

// name: clear
MATCH (n:Entity)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS

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

// name: trace_down
MATCH p = (:Entity {id: $id})<-[:IMPLEMENTS*1..5]-(m:Entity)
WHERE length(p) <= $max_depth
WITH m, p ORDER BY length(p)
WITH m, head(collect(p)) AS p
WITH m, p, last(relationships(p)) AS r
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.props_json AS props_json,
       r.evidence_json AS evidence_json, m.id AS id, m.label AS label, m.props_json AS node_props_json,
       m.evidence_json AS node_evidence_json, length(p) AS depth
ORDER BY depth, id

// name: trace_up
MATCH p = (:Entity {id: $id})-[:IMPLEMENTS*1..5]->(m:Entity)
WHERE length(p) <= $max_depth
WITH m, p ORDER BY length(p)
WITH m, head(collect(p)) AS p
WITH m, p, last(relationships(p)) AS r
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.props_json AS props_json,
       r.evidence_json AS evidence_json, m.id AS id, m.label AS label, m.props_json AS node_props_json,
       m.evidence_json AS node_evidence_json, length(p) AS depth
ORDER BY depth, id

// name: shortest_path
MATCH (a:Entity {id: $source})
MATCH (b:Entity {id: $target})
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE length(p) <= $max_depth
RETURN [n IN nodes(p) | {id: n.id, label: n.label, props_json: n.props_json, evidence_json: n.evidence_json}]
         AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r),
         props_json: r.props_json, evidence_json: r.evidence_json}] AS relationships

// name: search
MATCH (n:Entity)
WHERE ($label IS NULL OR n.label = $label)
  AND any(name IN [n.search_name, n.search_title] + coalesce(n.search_aliases, []) WHERE name CONTAINS $text)
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
