// The scale-out checks of issue #19 against a cluster that scripts/cluster started (scripts/cluster --check):
// 1. an import runs while the worker running it is killed with SIGKILL; the other worker finishes it with exact counts;
// 2. the upload rate limit holds across both API processes (requests sent to each directly);
// 3. one API process is stopped (SIGTERM) while requests flow through Caddy; none of them fails.
// Usage: node cluster-check.mjs <cluster.state> <caddy-url>
// The state file has one line per process: name role pid port management-port log.
// The admin's credentials come from LEADLINE_ADMIN_EMAIL and LEADLINE_ADMIN_PASSWORD; the cluster runs with
// LEADLINE_RATELIMIT_UPLOADS_REQUESTS (the limit checked) and small import chunks, set by scripts/cluster.
import fs from 'node:fs';

const [stateFile, base] = process.argv.slice(2);
const ROWS = 60_000;
const UPLOAD_LIMIT = Number(process.env.LEADLINE_RATELIMIT_UPLOADS_REQUESTS);

const processes = fs.readFileSync(stateFile, 'utf8').trim().split('\n').map((line) => {
  const [name, role, pid, port, management, log] = line.split(' ');
  return { name, role, pid: Number(pid), port: Number(port), management, log };
});
const apis = processes.filter((p) => p.role === 'api');
const workers = processes.filter((p) => p.role === 'worker');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };

async function until(what, seconds, probe) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await sleep(250);
  }
}

async function token() {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: process.env.LEADLINE_ADMIN_EMAIL, password: process.env.LEADLINE_ADMIN_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  return (await response.json()).accessToken;
}

async function call(auth, method, path, body, at = base) {
  const response = await fetch(`${at}${path}`, { method, headers: { Authorization: `Bearer ${auth}` }, body });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${at}${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

function csv(rows, prefix) {
  const lines = ['Email,First Name,Last Name,Company,Country'];
  for (let i = 1; i <= rows; i++) lines.push(`${prefix}-${i}@cluster${i % 500}.example,Given${i},Family${i},Cluster ${i % 500},DE`);
  return lines.join('\n') + '\n';
}

function upload(auth, text, name, at = base) {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), name);
  return fetch(`${at}/api/v1/imports`, { method: 'POST', headers: { Authorization: `Bearer ${auth}` }, body: form });
}

async function importSurvivesKilledWorker(auth) {
  const response = await upload(auth, csv(ROWS, 'killed'), 'cluster-check.csv');
  if (response.status !== 201 && response.status !== 200) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  const uploaded = await response.json();
  const started = await call(auth, 'POST', `/api/v1/imports/${uploaded.id}/start`);
  const running = await until('the first committed chunk', 120, async () => {
    const view = await call(auth, 'GET', `/api/v1/imports/${uploaded.id}`);
    return view.counts.rows > 0 ? view : null;
  });
  if (running.status === 'COMPLETED') throw new Error('the import completed before a worker could be killed');
  const run = await call(auth, 'GET', `/api/v1/jobs/${started.jobId}`);
  const workerId = run.executions.at(-1).workerId;
  const victim = workers.find((w) => fs.readFileSync(w.log, 'utf8').includes(`Worker ${workerId} started`));
  if (!victim) throw new Error(`no worker's log names worker ${workerId}`);
  process.kill(victim.pid, 'SIGKILL');
  console.log(`check: import ${uploaded.id} at ${running.counts.rows} of ${ROWS} rows; killed ${victim.name} (pid ${victim.pid}, worker ${workerId}) with SIGKILL`);
  const done = await until('the import to complete on the other worker', 240, async () => {
    const view = await call(auth, 'GET', `/api/v1/imports/${uploaded.id}`);
    if (['STOPPED', 'ABANDONED'].includes(view.status)) throw new Error(`the import ended ${view.status}: ${JSON.stringify(view.counts)}`);
    return view.status === 'COMPLETED' ? view : null;
  });
  const { rows, inserted, updated, duplicates, rejected } = done.counts;
  if (rows !== ROWS || inserted !== ROWS || updated + duplicates + rejected !== 0) {
    throw new Error(`counts are not exact: ${JSON.stringify(done.counts)} (expected ${ROWS} rows, all inserted)`);
  }
  const finished = await call(auth, 'GET', `/api/v1/jobs/${started.jobId}`);
  const last = finished.executions.at(-1).workerId;
  if (finished.executions.length < 2 || last === workerId) {
    throw new Error(`expected a later execution on another worker, saw ${JSON.stringify(finished.executions.map((e) => e.workerId))}`);
  }
  console.log(`check: PASS import ${uploaded.id} completed on worker ${last} with exact counts (${inserted} inserted, ${finished.executions.length} executions)`);
}

async function uploadLimitHoldsAcrossApis(auth) {
  if (!(UPLOAD_LIMIT > 0)) throw new Error('LEADLINE_RATELIMIT_UPLOADS_REQUESTS is not set');
  // Per-process buckets would accept 2 * UPLOAD_LIMIT of these; one shared bucket accepts UPLOAD_LIMIT and what
  // refills (UPLOAD_LIMIT a minute, continuously) while they are sent.
  const sent = 2 * UPLOAD_LIMIT + 4;
  const began = Date.now();
  const answers = [];
  for (let i = 0; i < sent; i++) {
    const api = apis[i % apis.length];
    const response = await upload(auth, csv(1, `limit${i}`), `limit-${i}.csv`, `http://localhost:${api.port}`);
    await response.text();
    answers.push({ api: api.name, status: response.status });
  }
  const refilled = Math.ceil(((Date.now() - began) / 60_000) * UPLOAD_LIMIT);
  const accepted = answers.filter((a) => a.status < 300).length;
  const limitedBy = new Set(answers.filter((a) => a.status === 429).map((a) => a.api));
  const summary = answers.map((a) => `${a.api}:${a.status}`).join(' ');
  if (accepted > UPLOAD_LIMIT + refilled || accepted >= 2 * UPLOAD_LIMIT || limitedBy.size !== apis.length) {
    throw new Error(`the upload limit of ${UPLOAD_LIMIT} a minute did not hold across the API processes: ${summary}`);
  }
  console.log(`check: PASS upload limit ${UPLOAD_LIMIT}/min across ${apis.length} API processes: ${accepted} of ${sent} accepted (at most ${UPLOAD_LIMIT} + ${refilled} refilled), 429 from ${[...limitedBy].join(' and ')} (${summary})`);
}

async function requestsSurviveStoppedApi(auth) {
  const stopped = apis[0];
  let ok = 0;
  const failures = [];
  let stopping = true;
  const traffic = (async () => {
    while (stopping) {
      try {
        const response = await fetch(`${base}/api/v1/imports?limit=5`, { headers: { Authorization: `Bearer ${auth}` } });
        await response.text();
        if (response.status === 200) ok++;
        else failures.push(response.status);
      } catch (error) {
        failures.push(String(error.cause ?? error));
      }
    }
  })();
  await sleep(2000);
  const before = ok;
  process.kill(stopped.pid, 'SIGTERM');
  await until(`${stopped.name} to exit`, 90, async () => !alive(stopped.pid));
  const during = ok - before;
  await sleep(3000);
  stopping = false;
  await traffic;
  if (failures.length > 0) {
    throw new Error(`${failures.length} of ${ok + failures.length} requests through Caddy failed while ${stopped.name} stopped: ${failures.slice(0, 10).join(', ')}`);
  }
  if (ok - before - during === 0) throw new Error(`no request succeeded after ${stopped.name} was gone`);
  console.log(`check: PASS ${stopped.name} (pid ${stopped.pid}) stopped with SIGTERM: ${ok} requests through Caddy, none failed (${before} before, ${during} while it stopped, ${ok - before - during} after)`);
}

const auth = await token();
await importSurvivesKilledWorker(auth);
await uploadLimitHoldsAcrossApis(auth);
await requestsSurviveStoppedApi(auth);
