// `npm ci`, but only when node_modules was not installed from this package.json and package-lock.json by this Node on
// this platform: the Maven build runs it on every build, and a full `npm ci` (which first deletes node_modules) is
// 10-12 s of each `./mvnw spring-boot:run`. A marker in node_modules holds a digest of what it was installed from; a
// fresh clone, a changed package.json or lock file, another Node, OS or architecture (native binaries such as
// esbuild's) install again, and a package.json out of step with the lock still fails as `npm ci` does. Hand-written
// because it must run before any package is there.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const marker = 'node_modules/.installed-from';
const digest = createHash('sha256')
  .update(readFileSync('package.json'))
  .update(readFileSync('package-lock.json'))
  .update([process.version, process.platform, process.arch].join(' '))
  .digest('hex');

if (existsSync(marker) && readFileSync(marker, 'utf8') === digest) {
  process.exit(0);
}
execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
writeFileSync(marker, digest);
