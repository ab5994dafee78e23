// Runs the shipped schedule script under Node over the cases written by
// tests/schedule_js.rs and reports every difference with the Rust results.
const fs = require('fs');
const [casesPath, scriptPath] = process.argv.slice(2);
const { Tijden, local, dn } = require(scriptPath);
const input = JSON.parse(fs.readFileSync(casesPath, 'utf8'));
const mismatches = [];
let compared = 0;
function check(what, got, want) {
  compared++;
  if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push({ what, got, want });
}
for (const loc of input.locations) {
  const T = Tijden(loc.rules);
  for (const [ms, date, minute, status] of loc.cases) {
    const l = local(new Date(ms));
    check(`${loc.slug} local time of ${new Date(ms).toISOString()}`, [l.n, l.m], [dn(date), minute]);
    check(`${loc.slug} status at ${new Date(ms).toISOString()}`, T.status(l.n, l.m), status);
  }
  for (const [date, minute, changes, dates] of loc.days) {
    check(`${loc.slug} changes from ${date}`, T.changes(dn(date), 60), changes);
    loc.rules.u.forEach((u, i) => check(`${loc.slug} spreekuur ${i} from ${date} ${minute}`, T.dates(u, dn(date), minute, 3), dates[i]));
  }
}
process.stdout.write(JSON.stringify({ compared, mismatches: mismatches.slice(0, 20), total: mismatches.length }));
