// `npm ci`, but only when node_modules was not installed from this package-lock.json by this Node: the Maven build
// runs it on every build, and a full `npm ci` (which first deletes node_modules) is 10 s of each `./mvnw spring-boot:run`.
// A marker in node_modules holds a digest of the lock file and the Node version it was installed from; a fresh clone,
// a changed lock file or another Node installs again. Hand-written because it must run before any package is there.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const marker = 'node_modules/.installed-from';
const digest = createHash('sha256').update(readFileSync('package-lock.json')).update(process.version).digest('hex');

if (existsSync(marker) && readFileSync(marker, 'utf8') === digest) {
  process.exit(0);
}
execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
writeFileSync(marker, digest);
