// Fails when src/lib/api/schema.d.ts is not what `npm run gen:api` makes from openapi/openapi.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, 'openapi', 'openapi.json');
const committed = join(root, 'src', 'lib', 'api', 'schema.d.ts');
const DRIFTED = 'API types drifted from openapi/openapi.json: run npm run gen:api';

function openapiTypescriptCli() {
  const require = createRequire(import.meta.url);
  const packageJsonPath = require.resolve('openapi-typescript/package.json');
  const { bin } = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  return join(dirname(packageJsonPath), typeof bin === 'string' ? bin : bin['openapi-typescript']);
}

function generateTypes(outFile) {
  try {
    execFileSync(process.execPath, [openapiTypescriptCli(), spec, '-o', outFile], {
      cwd: root,
      stdio: 'pipe',
    });
  } catch (error) {
    throw new Error(`Could not generate API types from openapi/openapi.json:\n${error.stderr ?? error}`);
  }
  return readFileSync(outFile, 'utf8');
}

const normalise = (text) => text.replace(/\r\n/g, '\n');

const workDir = mkdtempSync(join(tmpdir(), 'leadline-api-types-'));
try {
  const expected = generateTypes(join(workDir, 'schema.d.ts'));
  const actual = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
  if (normalise(actual) !== normalise(expected)) {
    console.error(DRIFTED);
    process.exitCode = 1;
  } else {
    console.log('API types match openapi/openapi.json');
  }
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
