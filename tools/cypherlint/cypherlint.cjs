// Usage: echo '{"schema":{...},"queries":["MATCH ..."]}' | node cypherlint.cjs
// Prints JSON: [{query, errors:[{severity,start,end,message}]}]; exit 1 if any severity-1 diagnostic.
const { lintCypherQuery } = require('@neo4j-cypher/language-support');
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const { schema = {}, queries = [] } = JSON.parse(input);
  let failed = false;
  const out = queries.map((query) => {
    const { diagnostics } = lintCypherQuery(query, schema);
    const errors = diagnostics.map((d) => ({
      severity: d.severity === 1 ? 'error' : 'warning',
      start: d.offsets.start, end: d.offsets.end,
      message: d.message.split('\n')[0],
    }));
    if (errors.some((e) => e.severity === 'error')) failed = true;
    return { query, errors };
  });
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  process.exit(failed ? 1 : 0);
});
