#!/usr/bin/env node
// The outside world for the end-to-end tests, on loopback only: a company website (served for
// whatever host the app's leadline.outbound.test-connect-to maps here) and an OpenAI-compatible
// chat completions endpoint that answers deep research with a valid, schema-shaped reply.
//
//   node e2e/stubs/outside-world.mjs <port-file>
// listens on 127.0.0.1 on a free port and writes the port to <port-file>. GET /__calls lists what
// was asked, for debugging a failed spec.
import fs from 'node:fs';
import http from 'node:http';

const portFile = process.argv[2];
if (!portFile) {
  console.error('usage: outside-world.mjs <port-file>');
  process.exit(2);
}

const HOME = `<!DOCTYPE html>
<html lang="nb-NO">
<head>
  <meta charset="utf-8">
  <title>Fjord Pumps AS | Pumps for craft breweries</title>
  <meta name="description" content="Fjord Pumps builds stainless pumps and fittings for craft breweries across the Nordics.">
  <meta property="og:site_name" content="Fjord Pumps">
  <meta name="generator" content="WordPress 6.5.3">
  <script src="https://www.googletagmanager.com/gtm.js?id=GTM-E2E"></script>
  <script src="https://js.hs-scripts.com/424242.js"></script>
  <script type="application/ld+json">
  {"@context":"https://schema.org","@type":"Organization","name":"Fjord Pumps AS",
   "address":{"@type":"PostalAddress","addressLocality":"Bergen","addressCountry":"NO"},
   "sameAs":["https://www.linkedin.com/company/fjord-pumps"]}
  </script>
</head>
<body>
  <h1>Pumps for craft breweries</h1>
  <p>Stainless pumps, fittings and service for breweries from Bergen to Helsinki.</p>
  <a href="/om-oss">Om oss</a> <a href="/kontakt">Kontakt</a>
  <a href="https://x.com/fjordpumps">X</a>
</body>
</html>`;

const ABOUT = `<html lang="nb"><head><title>Om oss</title></head><body>
<p>Fjord Pumps AS was founded in 2009 and employs 40 people in Bergen.</p></body></html>`;

const CONTACT = `<html lang="nb"><head><title>Kontakt</title></head><body>
<a href="tel:+4755123456">Ring oss</a> <a href="mailto:sales@fjord-pumps.no">Salg</a></body></html>`;

const RESEARCH = {
  industry: 'Manufacturing & industrial',
  employeeRange: '11-50',
  businessModel: 'B2B',
  summary: 'Fjord Pumps builds stainless pumps and fittings for craft breweries across the Nordics.',
  fitScore: 82,
  fitReasons: ['Sells to breweries, our core segment', 'Nordic company of the size we serve best'],
};

const calls = [];

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const url = new URL(req.url, 'http://stub');
    calls.push({ method: req.method, host: req.headers.host, path: url.pathname, at: new Date().toISOString() });
    if (req.method === 'GET' && url.pathname === '/__calls') {
      return send(res, 200, 'application/json', JSON.stringify(calls));
    }
    if (req.method === 'POST' && url.pathname === '/v1/chat/completions') {
      let model = 'stub-model';
      try {
        model = JSON.parse(Buffer.concat(chunks).toString('utf8')).model ?? model;
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ error: { message: 'body is not JSON' } }));
      }
      return send(
        res,
        200,
        'application/json',
        JSON.stringify({
          id: `chatcmpl-e2e-${calls.length}`,
          object: 'chat.completion',
          model,
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: JSON.stringify(RESEARCH) } }],
          usage: { prompt_tokens: 900, completion_tokens: 120, total_tokens: 1020 },
        }),
      );
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      const page = { '/': HOME, '/om-oss': ABOUT, '/kontakt': CONTACT }[url.pathname];
      if (page) {
        return send(res, 200, 'text/html; charset=utf-8', page);
      }
    }
    return send(res, 404, 'text/html', '<p>not here</p>');
  });
});

server.listen(0, '127.0.0.1', () => {
  fs.writeFileSync(portFile, String(server.address().port));
  console.log(`outside-world stub on 127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
