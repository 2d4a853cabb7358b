// Lints the documents OpenApiDocumentsTest wrote to target/openapi with Spectral (spectral:oas) and Redocly
// (recommended), installed by the build into target/lint at pinned versions; any error or warning fails the build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [, , moduleDir] = process.argv;
const documents = join(moduleDir, 'target', 'openapi');
const bin = join(moduleDir, 'target', 'lint', 'node_modules', '.bin');
const config = join(moduleDir, 'src', 'test', 'openapi');
const names = ['patients', 'treatments', 'inventory'];
// Problems of the API itself, which the documents cannot fix without changing it; each one is printed, and the lint
// fails once it is gone so that the exception goes too. /api/sessions/adverse-events/start matches both paths
// (Spring takes the literal segment first, and session ids are UUIDs): renaming a path is a change of the API.
const accepted = [
  { document: 'treatments', rule: 'no-ambiguous-paths', pointer: '#/paths/~1api~1sessions~1adverse-events~1{id}' },
];

function run(tool, args) {
  try {
    return execFileSync(join(bin, tool), args, { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // both exit non-zero when they find problems; their JSON report is still on stdout
    if (e.stdout && e.stdout.trim()) return e.stdout;
    throw e;
  }
}

let failed = false;
for (const name of names) {
  const file = join(documents, name + '.json');
  if (!existsSync(file)) {
    console.error(`lint: ${file} is missing (OpenApiDocumentsTest writes it)`);
    failed = true;
    continue;
  }
  const spectral = JSON.parse(run('spectral', ['lint', '--ruleset', join(config, '.spectral.yaml'), '-f', 'json', '--quiet', file]) || '[]');
  // Spectral: 0 error, 1 warn, 2 info, 3 hint
  const sErrors = spectral.filter(p => p.severity === 0);
  const sWarnings = spectral.filter(p => p.severity === 1);
  const redocly = JSON.parse(run('redocly', ['lint', '--config', join(config, 'redocly.yaml'), '--format', 'json', file]));
  const problems = redocly.problems || [];
  const isAccepted = p => accepted.some(a => a.document === name && a.rule === p.ruleId
    && (p.location || []).some(l => l.pointer === a.pointer));
  for (const a of accepted.filter(a => a.document === name)) {
    if (problems.some(isAccepted)) {
      console.log(`lint ${name}: accepted, the API's own problem (see lint.mjs): redocly ${a.rule} at ${a.pointer}`);
    } else {
      console.log(`  redocly ${a.rule} at ${a.pointer} is gone: remove it from the accepted problems of lint.mjs`);
      failed = true;
    }
  }
  const rErrors = problems.filter(p => p.severity === 'error' && !isAccepted(p));
  const rWarnings = problems.filter(p => p.severity === 'warn' && !isAccepted(p));
  console.log(`lint ${name}: spectral ${sErrors.length} errors, ${sWarnings.length} warnings; `
    + `redocly ${rErrors.length} errors, ${rWarnings.length} warnings`);
  for (const p of [...sErrors, ...sWarnings]) {
    console.log(`  spectral ${p.code}: ${p.message} at ${p.path.join('.')}`);
  }
  for (const p of [...rErrors, ...rWarnings]) {
    console.log(`  redocly ${p.ruleId}: ${p.message} at ${(p.location || []).map(l => l.pointer).join(' ')}`);
  }
  failed ||= sErrors.length + sWarnings.length + rErrors.length + rWarnings.length > 0;
}
process.exit(failed ? 1 : 0);
