/**
 * Runs before the end-to-end tests: makes sure a Chromium is installed, installing one by the means
 * that work on this machine, or stops with the exact command to run.
 */
import { execFileSync } from 'node:child_process';
import { chromiumArgs, findChromium, hasCommand } from './chromium.ts';

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  try {
    execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}

function install(): void {
  const isRoot = process.getuid?.() === 0;
  // Debian's package works without internet access beyond the package mirror.
  if (process.platform === 'linux' && isRoot && hasCommand('apt-get')) {
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) return;
  }
  run('npx', ['playwright', 'install', 'chromium']);
}

let browser = findChromium();
if (!browser) {
  console.log('No Chromium found for the end-to-end tests; installing one.');
  install();
  browser = findChromium();
}
if (!browser) {
  console.error(`No Chromium could be found or installed. Install one, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install chromium        (as root: apt-get install chromium)
  anywhere else:  npx playwright install chromium
  or point to an installed Chrome/Chromium:  CHROMIUM_PATH=/path/to/chrome npm test`);
  process.exit(1);
}
const version = execFileSync(browser, [...chromiumArgs(), '--headless', '--version'], { encoding: 'utf8' }).trim();
console.log(`End-to-end tests will use ${browser} (${version}).`);
