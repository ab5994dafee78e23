// Every page of the built site is valid HTML: the Nu Html Checker (vnu.jar from the
// `vnu-jar` package, run with the system's Java, never one it would download) finds no
// errors. It checks every page, and first makes sure one of every page type is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const SITE = process.env.SITE_DIR;
if (!SITE) throw new Error('set SITE_DIR to a built site (scripts/test.sh does)');
const JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

// One page of every type, so a missing type fails instead of passing unchecked.
const TYPES = {
  home: 'index.html',
  'not-found': '404.html',
  finder: 'zoeken/index.html',
  locations: 'locaties/index.html',
  location: 'locaties/tilburg-lochal/index.html',
  'location-largest': 'locaties/dordrecht-samenwerkplein/index.html',
  'location-telephone': 'locaties/tilburg-telefonisch/index.html',
  gemeenten: 'gemeenten/index.html',
  gemeente: 'gemeenten/dordrecht/index.html',
  themes: 'themas/index.html',
  theme: 'themas/gezondheid/index.html',
  partners: 'partners/index.html',
  partner: 'partners/belastingdienst/index.html',
  page: 'voor-gemeenten/index.html',
  snippets: 'gemeenten/tilburg/insluiten/index.html',
  'embed-location': 'embed/locaties/dordrecht-samenwerkplein/index.html',
  'embed-gemeente': 'embed/gemeenten/dordrecht/index.html',
  'screen-location': 'scherm/dordrecht-samenwerkplein/index.html',
  'screen-organisation': 'scherm/organisatie/coda-apeldoorn/index.html',
  'staff-index': 'drukwerk/index.html',
  staff: 'drukwerk/dordrecht-samenwerkplein/index.html',
};

async function pages(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.html')) out.push(relative(SITE, join(e.parentPath ?? e.path, e.name)));
  }
  return out.sort();
}

/** Run vnu.jar on `files`; resolves to its messages (vnu exits 1 when it finds errors). */
function vnu(files) {
  return new Promise((resolve, reject) => {
    execFile('java', ['-jar', JAR, '--errors-only', '--format', 'json', ...files],
      { cwd: SITE, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        try {
          resolve(JSON.parse(stderr || stdout).messages);
        } catch {
          reject(error ?? new Error(`vnu gave no report: ${stderr}`));
        }
      });
  });
}

test('the Nu Html Checker finds no errors on any page', { timeout: 300_000 }, async () => {
  const all = await pages(SITE);
  for (const [type, file] of Object.entries(TYPES)) assert.ok(all.includes(file), `a ${type} page: ${file}`);
  assert.ok(all.length > Object.keys(TYPES).length, `${all.length} pages`);
  const messages = await vnu(all);
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${decodeURI(m.url ?? '').split(resolve(SITE) + '/').pop().replace(/^\.\//, '')}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(errors, [], `${errors.length} errors:\n${errors.join('\n')}`);
});
