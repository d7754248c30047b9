#!/usr/bin/env node
// A JSON-RPC proxy that counts what passes through it, for the CLI benchmark
// (script/bench-cli.sh). Usage: rpc-count.js LISTEN_PORT TARGET_URL REPORT_FILE
// Every HTTP request is one round trip; a JSON array body is a batch of several calls.
// The counts are written to REPORT_FILE after every request; GET /reset starts again.
'use strict';
const http = require('http');
const fs = require('fs');

const [port, target, report] = process.argv.slice(2);
let counts = { roundTrips: 0, calls: 0, methods: {} };

http
  .createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/reset') {
      counts = { roundTrips: 0, calls: 0, methods: {} };
      res.end('ok');
      return;
    }
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      let calls = [];
      try {
        const parsed = JSON.parse(body);
        calls = Array.isArray(parsed) ? parsed : [parsed];
      } catch (_) {}
      counts.roundTrips += 1;
      counts.calls += calls.length;
      for (const c of calls) counts.methods[c.method] = (counts.methods[c.method] || 0) + 1;
      fs.writeFileSync(report, JSON.stringify(counts));
      const up = http.request(target, { method: 'POST', headers: { 'content-type': 'application/json' } }, (r) => {
        res.writeHead(r.statusCode, { 'content-type': 'application/json' });
        r.pipe(res);
      });
      up.on('error', (e) => {
        res.writeHead(502);
        res.end(String(e));
      });
      up.end(body);
    });
  })
  .listen(Number(port), '127.0.0.1');
