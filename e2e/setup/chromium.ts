/**
 * Finds the Chromium the end-to-end tests drive. Playwright's own browser download is not needed
 * (nor possible on closed networks): any installed Chromium or Chrome will do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser to launch: `CHROMIUM_PATH`, a system Chromium or Chrome, or Playwright's download; `null` if none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const candidate of SYSTEM_BROWSERS) if (existsSync(candidate)) return candidate;
  try {
    const managed = chromium.executablePath();
    if (managed && existsSync(managed)) return managed;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

/**
 * Launch flags. Without the networking flags Chromium keeps calling Google's services, which floods
 * closed networks with refused connections; as root it refuses to start without --no-sandbox.
 */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-sync',
    '--disable-quic',
    '--metrics-recording-only',
    '--no-first-run',
    '--no-pings',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

/** Whether a command exists on this machine. */
export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
