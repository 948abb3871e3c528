// Prints the tests that failed in this run of scripts/test, from the reports each runner wrote:
// Maven Surefire's XML per module, Vitest's and Playwright's JSON in the work directory.
// Usage: node scripts/lib/failed-tests.mjs <work-dir> <repo-root>
import fs from 'node:fs';
import path from 'node:path';

const [work, root] = process.argv.slice(2);
const failed = [];
const text = (xml) =>
  xml
    .replace(/&#10;/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

for (const module of ['db', 'batch-jobs', 'api']) {
  const dir = path.join(root, module, 'target', 'surefire-reports');
  if (!fs.existsSync(dir)) continue;
  for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('TEST-') && f.endsWith('.xml'))) {
    const xml = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const match of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
      const body = match[2] ?? '';
      const kind = /<failure\b/.test(body) ? 'failure' : /<error\b/.test(body) ? 'error' : null;
      if (!kind) continue;
      const attr = (name) => (match[1].match(new RegExp(`\\b${name}="([^"]*)"`)) || [])[1] ?? '?';
      const message = text((body.match(/<(?:failure|error)\b[^>]*\bmessage="([^"]*)"/) || [])[1] ?? '');
      failed.push(`maven ${module}: ${attr('classname')}.${attr('name')} (${kind}) ${message.slice(0, 200)}`);
    }
  }
}

const vitest = path.join(work, 'vitest.json');
if (fs.existsSync(vitest)) {
  for (const suite of JSON.parse(fs.readFileSync(vitest, 'utf8')).testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'failed') {
        failed.push(`vitest: ${path.relative(root, suite.name)} > ${test.fullName}`);
      }
    }
  }
}

const e2e = path.join(work, 'e2e.json');
if (fs.existsSync(e2e)) {
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected' || test.status === 'flaky') {
          failed.push(`playwright: ${[...trail, spec.title].join(' > ')} (${test.status})`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
  };
  for (const suite of JSON.parse(fs.readFileSync(e2e, 'utf8')).suites ?? []) walk(suite, [suite.title]);
}

if (failed.length === 0) {
  console.log('No test reported a failure: the stage above failed before or after its tests (see its output).');
} else {
  console.log(`${failed.length} failed test(s):`);
  for (const line of failed) console.log(`  ${line}`);
}
