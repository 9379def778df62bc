/**
 * Headless Chromium as every browser test starts it: Debian's `/usr/bin/chromium`, driven by
 * playwright-core (a browser is never downloaded), and offline: no sandbox (root in CI), no GPU,
 * nothing that phones home.
 */
export const CHROMIUM_FLAGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage'
];
