// Validates RDF data against SHACL shapes with rdf-validate-shacl, an independent SHACL Core
// implementation in JavaScript, and prints the report as one JSON object on standard output:
//   {"conforms": true|false, "results": [{"focusNode", "sourceShape", "path", "message", "severity"}]}
//
// Usage: node validate-shacl.mjs SHAPES.ttl DATA.nt
// The packages rdf-validate-shacl and @zazuko/env-node must be resolvable from this file's folder
// (a node_modules folder beside it or above it). Exit code 0 when a report was produced, 1 otherwise.
import rdf from '@zazuko/env-node'
import SHACLValidator from 'rdf-validate-shacl'

async function main () {
  const [shapesFile, dataFile] = process.argv.slice(2)
  if (!shapesFile || !dataFile) throw new Error('usage: node validate-shacl.mjs SHAPES.ttl DATA.nt')
  const shapes = await rdf.dataset().import(rdf.fromFile(shapesFile))
  const data = await rdf.dataset().import(rdf.fromFile(dataFile))
  const validator = new SHACLValidator(shapes, { factory: rdf })
  const report = await validator.validate(data)
  const term = t => (t && t.value !== undefined ? t.value : null)
  const results = report.results.map(r => ({
    focusNode: term(r.focusNode),
    sourceShape: term(r.sourceShape),
    path: Array.isArray(r.path) ? JSON.stringify(r.path) : term(r.path),
    message: r.message.map(m => m.value),
    severity: term(r.severity)
  }))
  process.stdout.write(JSON.stringify({
    shapes: shapes.size,
    data: data.size,
    conforms: report.conforms,
    results
  }) + '\n')
}

main().catch(err => {
  process.stderr.write((err && err.stack) || String(err))
  process.stderr.write('\n')
  process.exit(1)
})
