// Runs the shipped finder script under Node with the shipped tables: prints, per query,
// what it understood and the first results, as JSON for tests/finder.rs.
const fs = require('fs');
const path = require('path');
const [site, queriesJson] = process.argv.slice(2);
const { Zoeker } = require(path.join(site, process.env.FINDER_JS));
const read = (f) => JSON.parse(fs.readFileSync(path.join(site, 'zoeken', f), 'utf8'));
const z = Zoeker({ pc4: read('pc4.json'), places: read('plaatsen.json'), locations: read('locaties.json') });
const out = JSON.parse(queriesJson).map((q) => {
  const a = z.search(q);
  return {
    query: q, kind: a.kind, label: a.label || null, note: a.note || null,
    choices: (a.choices || []).map((c) => `${c.name} (gemeente ${c.gemeente}, ${c.provincie})`),
    first: (a.results || []).slice(0, 3).map((r) => r.loc.s), km: a.results ? +a.results[0].km.toFixed(1) : null,
  };
});
process.stdout.write(JSON.stringify(out));
