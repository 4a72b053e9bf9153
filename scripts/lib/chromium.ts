/**
 * How every test and bench starts Debian's Chromium (docs/toolchain.md): never a downloaded browser, and
 * without the background traffic this machine's closed network refuses.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
