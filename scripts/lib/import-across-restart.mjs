// An import that a SIGTERM interrupts must finish by itself once Leadline is started again, with exact counts.
// `start` uploads a generated file through the API, starts the import and returns once some chunks are committed
// (the caller then stops the app with SIGTERM); `finish` waits for the import to complete on the restarted app
// and checks its counts and that its run says it was resumed after the shutdown.
// Usage: node import-across-restart.mjs start|finish <base-url> <state-file>
// The admin's credentials come from LEADLINE_ADMIN_EMAIL and LEADLINE_ADMIN_PASSWORD.
import fs from 'node:fs';

const [command, base, stateFile] = process.argv.slice(2);
const ROWS = 60_000;

async function token() {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: process.env.LEADLINE_ADMIN_EMAIL, password: process.env.LEADLINE_ADMIN_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  return (await response.json()).accessToken;
}

async function call(auth, method, path, body) {
  const response = await fetch(`${base}${path}`, { method, headers: { Authorization: `Bearer ${auth}` }, body });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, seconds, probe) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await sleep(200);
  }
}

function file() {
  const lines = ['Email,First Name,Last Name,Company,Country'];
  for (let i = 1; i <= ROWS; i++) {
    lines.push(`restart-${i}@resume${i % 500}.example,Given${i},Family${i},Resume ${i % 500},DE`);
  }
  return lines.join('\n') + '\n';
}

if (command === 'start') {
  const auth = await token();
  const form = new FormData();
  form.append('file', new Blob([file()], { type: 'text/csv' }), 'restart-test.csv');
  const uploaded = await call(auth, 'POST', '/api/v1/imports', form);
  const started = await call(auth, 'POST', `/api/v1/imports/${uploaded.id}/start`);
  const running = await until('the first committed chunk', 120, async () => {
    const view = await call(auth, 'GET', `/api/v1/imports/${uploaded.id}`);
    return view.counts.rows > 0 ? view : null;
  });
  if (running.status === 'COMPLETED') {
    throw new Error('the import completed before it could be interrupted: make the file larger or chunks smaller');
  }
  fs.writeFileSync(stateFile, JSON.stringify({ importId: uploaded.id, jobId: started.jobId }));
  console.log(`import ${uploaded.id} (run ${started.jobId}) is ${running.status} at ${running.counts.rows} of ${ROWS} rows`);
} else if (command === 'finish') {
  const { importId, jobId } = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
  const auth = await token();
  const done = await until('the import to complete after the restart', 180, async () => {
    const view = await call(auth, 'GET', `/api/v1/imports/${importId}`);
    if (['FAILED', 'STOPPED', 'ABANDONED'].includes(view.status)) {
      throw new Error(`the import ended ${view.status} after the restart: ${JSON.stringify(view.counts)}`);
    }
    return view.status === 'COMPLETED' ? view : null;
  });
  const { rows, inserted, updated, duplicates, rejected } = done.counts;
  if (rows !== ROWS || inserted + updated + duplicates + rejected !== ROWS || inserted !== ROWS) {
    throw new Error(`counts are not exact: ${JSON.stringify(done.counts)} (expected ${ROWS} rows, all inserted)`);
  }
  const events = await call(auth, 'GET', `/api/v1/jobs/${jobId}/events?limit=200`);
  const resumed = events.items.find((event) => event.kind === 'run.resumed_after_shutdown');
  if (!resumed) throw new Error(`run ${jobId} does not say it was resumed after the shutdown`);
  const run = await call(auth, 'GET', `/api/v1/jobs/${jobId}`);
  if (run.executions.length !== 2) throw new Error(`expected 2 executions, saw ${run.executions.length}`);
  console.log(`import ${importId} completed after the restart with exact counts (${inserted} inserted); ${resumed.message}`);
} else {
  throw new Error(`unknown command ${command}`);
}
