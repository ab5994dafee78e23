// Shared helpers for the browser tests: a static server for the built site on 127.0.0.1
// and a Chromium launcher that uses Debian's browser, never a downloaded one.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain',
  '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml', '.pdf': 'application/pdf',
};

/** Serve `dir` under `prefix` (e.g. "/ido/") on 127.0.0.1; resolves to { url, close }. */
export async function serve(dir, prefix = '/') {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) { res.writeHead(404).end(); return; }
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(normalize(dir))) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      // As the _headers file in the build asks static hosts to do.
      if (path.startsWith(prefix + 'api/')) headers['access-control-allow-origin'] = '*';
      res.writeHead(200, headers).end(body);
    } catch {
      const body = await readFile(join(dir, '404.html')).catch(() => 'not found');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/** Open `url` in a fresh page at `width`, recording requests and console errors. */
export async function open(browser, url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, context, requests, errors, response };
}

/** Run axe-core with the WCAG 2.0-2.2 A/AA rules; returns the violations. */
export async function axe(page) {
  await page.addScriptTag({ path: new URL(import.meta.resolve('axe-core/axe.min.js')).pathname });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

/** Hosts other than 127.0.0.1 among the requested URLs. */
export function outsideHosts(urls) {
  return urls.map((u) => new URL(u)).filter((u) => !['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1').map((u) => u.href);
}
