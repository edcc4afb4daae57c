import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * A headless Chromium for the browser tests: CHROMIUM_PATH if set, else the system's Chromium,
 * else the one the @sparticuz/chromium package ships (a devDependency, so `npm ci` is enough).
 * Never skips: without any of them it fails and says how to get one.
 */
export async function launchBrowser(): Promise<Browser> {
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit && !existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} does not exist`);
  const system = explicit ?? SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return chromium.launch({ executablePath: system, args: flags, headless: true });
  const packaged = packagedChromium();
  // Only our flags: the package's own (for AWS Lambda) run one process and disable web security,
  // which would hide what a real browser refuses.
  return chromium.launch({ executablePath: packaged.executablePath, args: flags, headless: true });
}

/**
 * The package is an ES module, which Jest's module system cannot load: a plain Node process
 * unpacks the binary (to the system temp folder, reused afterwards) and says where it is.
 */
function packagedChromium(): { executablePath: string } {
  const script =
    "import('@sparticuz/chromium').then(async ({ default: c }) => process.stdout.write(JSON.stringify({ executablePath: await c.executablePath() })))";
  try {
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8', timeout: 120_000 }));
  } catch (error) {
    throw new Error(
      `No Chromium for the browser tests: run \`npm ci\` (it installs @sparticuz/chromium), install Debian's chromium (apt-get install chromium), or set CHROMIUM_PATH. (${(error as Error).message})`,
      { cause: error },
    );
  }
}
