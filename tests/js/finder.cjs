// Runs the shipped finder script under Node with the shipped tables: prints, per query,
// what it understood and the first results, as JSON for tests/finder.rs. A query is a
// string, or {q, f: {thema, open, inloop}, at: ISO instant} to filter and rank with the
// shipped tijden.js (env TIJDEN_JS) at a fixed moment.
const fs = require('fs');
const path = require('path');
const [site, queriesJson] = process.argv.slice(2);
const { Zoeker } = require(path.join(site, process.env.FINDER_JS));
const tijden = process.env.TIJDEN_JS ? require(path.join(site, process.env.TIJDEN_JS)) : null;
const read = (f) => JSON.parse(fs.readFileSync(path.join(site, 'zoeken', f), 'utf8'));
// The words of the Dutch site: tijden-nl.js carries them (IDO_TAAL) and exports them.
const z = Zoeker({ pc4: read('pc4.json'), places: read('plaatsen.json'), locations: read('locaties.json') }, tijden && tijden.Tijden, tijden.words);
const out = JSON.parse(queriesJson).map((query) => {
  const { q, f = {}, at } = typeof query === 'string' ? { q: query } : query;
  if (at) f.now = tijden.local(new Date(at));
  const a = z.search(q, f);
  const results = a.results || [];
  return {
    query: q, kind: a.kind, label: a.label || null, note: a.note || null,
    choices: (a.choices || []).map((c) => `${c.name} (gemeente ${c.gemeente}, ${c.provincie})`),
    first: results.slice(0, 3).map((r) => r.loc.s), km: results.length ? +results[0].km.toFixed(1) : null,
    all: results.map((r) => r.loc.s), far: results.map((r) => !!r.far), status: results.map((r) => r.status || ''), few: z.few(results),
    phones: (a.phones || []).map((r) => [r.loc.n, r.loc.p && r.loc.p[1]]),
  };
});
process.stdout.write(JSON.stringify(out));
