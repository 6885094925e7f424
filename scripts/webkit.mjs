// WebKit for the test runner: Debian's WebKitGTK WebDriver (package webkit2gtk-driver) drives its
// MiniBrowser through @web/test-runner-webdriver. The launcher starts WebKitWebDriver on a free port,
// and an Xvfb of its own when no X display is set (MiniBrowser has no headless mode), and stops both
// when the run ends. scripts/ensure-browsers.mjs installs the Debian packages.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { connect, createServer, isIP } from 'node:net';

// Loaded when a launcher is made, so that scripts/ensure-browsers.mjs can use webkitAvailable() and
// findWebkitBinary() before the npm packages are installed.
const require = createRequire(import.meta.url);

const candidates = {
  driver: ['/usr/bin/WebKitWebDriver'],
  browser: [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ],
  xvfb: ['/usr/bin/Xvfb'],
};

// WEBKIT_WEBDRIVER_PATH, MINIBROWSER_PATH and XVFB_PATH override the Debian locations.
const envNames = { driver: 'WEBKIT_WEBDRIVER_PATH', browser: 'MINIBROWSER_PATH', xvfb: 'XVFB_PATH' };

export function findWebkitBinary(name) {
  const fromEnv = process.env[envNames[name]];
  if (fromEnv) return fromEnv;
  return candidates[name].find((path) => existsSync(path)) ?? candidates[name][0];
}

/** Whether the Debian binaries that the WebKit launcher needs are installed (Xvfb only without a DISPLAY). */
export function webkitAvailable() {
  const needed = process.env.DISPLAY ? ['driver', 'browser'] : ['driver', 'browser', 'xvfb'];
  return needed.every((name) => existsSync(findWebkitBinary(name)));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A sleep that does not keep the process alive, for a deadline raced against work that usually ends first. */
const deadline = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** How long opening a WebDriver session may take before the driver is restarted, and how often it is tried. */
const SESSION_START_MS = 35_000;
const SESSION_ATTEMPTS = 3;

// Each helper process gets its own process group, so that stopping it also ends what it started
// (WebKitWebDriver's MiniBrowser and its web and network processes outlive a plain SIGTERM of the driver).
function stopGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

function waitForExit(child, ms) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

// Xvfb picks a free display itself and writes its number to -displayfd once it accepts connections.
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      findWebkitBinary('xvfb'),
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      const match = /^(\d+)\n/.exec(output);
      if (match) resolve({ xvfb, display: `:${match[1]}` });
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code, signal) => reject(new Error(`Xvfb exited (${signal ?? code}) before it was ready: ${stderr.trim()}`)));
  });
}

async function startDriver(display) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const driver = spawn(findWebkitBinary('driver'), [`--port=${port}`, '--host=local'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DISPLAY: display },
    });
    let stderr = '';
    driver.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    let exited = false;
    driver.on('exit', () => (exited = true));
    driver.on('error', () => (exited = true));
    const deadline = Date.now() + 10_000;
    while (!exited && Date.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        if (response.ok) return { driver, port };
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    stopGroup(driver);
    // Another process may have taken the port between freePort() and the driver's bind: try another one.
    if (attempt >= 3) throw new Error(`WebKitWebDriver did not start: ${stderr.trim() || 'no answer on /status'}`);
  }
}

// WebDriver's code points for the named keys (W3C WebDriver, "keyboard actions"), by the names that
// @web/test-runner-commands' sendKeys takes (Puppeteer's and Playwright's key names).
const webdriverKeys = {
  Cancel: '\uE001', Help: '\uE002', Backspace: '\uE003', Tab: '\uE004', Clear: '\uE005', Enter: '\uE007',
  Shift: '\uE008', ShiftLeft: '\uE008', ShiftRight: '\uE050', Control: '\uE009', ControlLeft: '\uE009',
  ControlRight: '\uE051', Alt: '\uE00A', AltLeft: '\uE00A', AltRight: '\uE052', Pause: '\uE00B',
  Escape: '\uE00C', Space: '\uE00D', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Insert: '\uE016',
  Delete: '\uE017', Meta: '\uE03D', MetaLeft: '\uE03D', MetaRight: '\uE053',
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`F${i + 1}`, String.fromCharCode(0xe031 + i)])),
};

function webdriverKey(name) {
  if (Object.hasOwn(webdriverKeys, name)) return webdriverKeys[name];
  if ([...name].length === 1) return name;
  throw new Error(`Unknown key for WebKit: "${name}"`);
}

// The stock send-keys command refuses `down` and `up` for WebDriver launchers ("Only press and type are
// supported by webdriver"). This one answers every send-keys of this launcher's sessions through
// WebDriver key actions, all on one input source so that a key held with `down` applies to the next
// `press` or `type` until its `up`. The launcher puts it first in the runner's command plugins.
function sendKeysCommand(launcher) {
  const source = (actions) => [{ type: 'key', id: 'wtr-keyboard', actions }];
  return {
    name: 'webkit-send-keys-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'send-keys' || session.browser !== launcher || !launcher.driver) return undefined;
      if (payload == null || typeof payload !== 'object') return undefined; // the stock command reports it
      const kinds = ['type', 'press', 'down', 'up'].filter((kind) => kind in payload);
      if (kinds.length !== 1 || Object.keys(payload).length !== 1) return undefined; // likewise
      const [kind] = kinds;
      const value = payload[kind];
      let actions;
      if (kind === 'type') {
        actions = [...value].flatMap((char) => [{ type: 'keyDown', value: char }, { type: 'keyUp', value: char }]);
      } else {
        const key = webdriverKey(value);
        actions = {
          press: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }],
          down: [{ type: 'keyDown', value: key }],
          up: [{ type: 'keyUp', value: key }],
        }[kind];
      }
      await launcher.driver.performActions(source(actions));
      return true;
    },
  };
}

const isLoopback = (host) =>
  host === 'localhost' || host === '::1' || host === '[::1]' || (isIP(host) === 4 && host.startsWith('127.'));

// WebKitGTK has nothing like Chromium's --host-resolver-rules or Firefox's network.dns.localDomains.
// Instead, the browser gets an HTTP proxy of ours that sends the requests for `hosts` to 127.0.0.1
// (same port, same Host header), and those for this machine's loopback names on; it answers 502 for
// any other host, so no request leaves the machine. CONNECT (https, WebSockets) is tunnelled alike.
async function startHostsProxy(hosts) {
  const mapped = new Set(hosts.map((host) => host.toLowerCase()));
  const target = (host) => {
    const name = host.toLowerCase();
    if (mapped.has(name)) return '127.0.0.1';
    return isLoopback(name) ? name.replace(/^\[|\]$/g, '') : undefined;
  };
  const server = createHttpServer((req, res) => {
    let url;
    try {
      url = new URL(req.url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const address = target(url.hostname);
    if (!address || url.protocol !== 'http:') {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`not a test host: ${url.host}`);
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    const upstream = httpRequest(
      { host: address, port: url.port || 80, method: req.method, path: `${url.pathname}${url.search}`, headers },
      (answer) => {
        res.writeHead(answer.statusCode, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.pipe(upstream);
  });
  server.on('connect', (req, socket, head) => {
    const { hostname, port } = new URL(`http://${req.url}`);
    const address = target(hostname);
    if (!address) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port) || 443, address, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return server;
}

/**
 * A web-test-runner BrowserLauncher for WebKit (WebKitGTK's MiniBrowser).
 * Options:
 * - `hosts`: host names that resolve to this machine (like Chromium's `--host-resolver-rules=MAP host 127.0.0.1`),
 *   through a local proxy the launcher starts;
 * - `browserArgs`: more MiniBrowser arguments (`--automation` and, as in the other test browsers, permission for
 *   window.open() without a click, are always there); see `MiniBrowser --help-all` and `--help-websettings`;
 * - `capabilities`: merged into the WebDriver capabilities;
 * - `name`: the launcher's name (default 'WebKit', which WTR_BROWSERS=webkit matches).
 */
export function webkitLauncher({ hosts = [], capabilities = {}, browserArgs = [], name = 'WebKit' } = {}) {
  const { webdriverLauncher } = require('@web/test-runner-webdriver');
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    path: '/',
    port: 0, // set when the driver has started
    logLevel: 'error',
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'MiniBrowser',
      // Classic WebDriver: WebKitWebDriver's BiDi support is incomplete.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: findWebkitBinary('browser'),
        args: ['--automation', '--javascript-can-open-windows-automatically=true', ...browserArgs],
      },
      ...capabilities,
    },
  });

  const processes = { xvfb: undefined, driver: undefined, proxy: undefined };
  const killAll = () => {
    stopGroup(processes.driver);
    stopGroup(processes.xvfb);
  };
  // Still end the helpers when the runner exits without stopping its launchers (a crash, a second Ctrl-C),
  // or is told to end by SIGTERM or SIGHUP, which the runner does not handle (`timeout`, a CI job's end).
  const onExit = () => killAll();
  const onSignal = (signal) => {
    killAll();
    removeListeners();
    // With no other handler left, Node's default for the signal (ending the process) applies again.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const signals = ['SIGTERM', 'SIGHUP'];
  const removeListeners = () => {
    process.removeListener('exit', onExit);
    for (const signal of signals) process.removeListener(signal, onSignal);
  };

  const keys = sendKeysCommand(launcher);
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  const createDriverManager = launcher.createDriverManager.bind(launcher);
  let display;

  // Now and then (seen on a busy 2-core machine, about one three-browser run in six) MiniBrowser never comes
  // up and WebKitWebDriver stops answering: every WebKit file then fails after the runner's 120 s start
  // timeout. Opening the session is therefore given SESSION_START_MS; past that, the driver (and the
  // MiniBrowser it started) is restarted and the session asked for again, within the runner's timeout.
  let openingSession = false;
  launcher.createDriverManager = async () => {
    openingSession = true;
    try {
      return await openSession();
    } finally {
      openingSession = false;
    }
  };
  const openSession = async () => {
    for (let attempt = 1; ; attempt++) {
      const opening = createDriverManager();
      const settled = opening.then(
        () => true,
        () => true,
      );
      if (attempt === SESSION_ATTEMPTS || (await Promise.race([settled, deadline(SESSION_START_MS).then(() => false)]))) return opening;
      console.warn(`[webkit] MiniBrowser did not start within ${SESSION_START_MS / 1000} s; restarting WebKitWebDriver (attempt ${attempt + 1} of ${SESSION_ATTEMPTS}).`);
      stopGroup(processes.driver);
      await waitForExit(processes.driver, 3_000);
      // The stalled request fails once its driver is gone; wait for that, so its clean-up (a stop(), which
      // only resets the launcher while a session is being opened) comes before the next attempt.
      await Promise.race([settled, deadline(15_000)]);
      const restarted = await startDriver(display);
      processes.driver = restarted.driver;
      launcher.options.port = restarted.port;
    }
  };

  // The name is fixed from the start (webdriverLauncher only sets it in initialize()), so that
  // WTR_BROWSERS=webkit can filter the browsers list in the config.
  Object.defineProperty(launcher, 'name', { get: () => name, set: () => {}, configurable: true });

  launcher.initialize = async (config, testFiles) => {
    if (!webkitAvailable()) {
      throw new Error('WebKit is not installed: run `node scripts/ensure-browsers.mjs` (Debian packages webkit2gtk-driver and xvfb).');
    }
    process.once('exit', onExit);
    for (const signal of signals) process.once(signal, onSignal);
    display = process.env.DISPLAY;
    if (!display) {
      const started = await startXvfb();
      processes.xvfb = started.xvfb;
      display = started.display;
    }
    if (hosts.length > 0) {
      processes.proxy = await startHostsProxy(hosts);
      const proxy = `127.0.0.1:${processes.proxy.address().port}`;
      launcher.options.capabilities.proxy = {
        proxyType: 'manual',
        httpProxy: proxy,
        sslProxy: proxy,
        noProxy: ['localhost', '127.0.0.1', '::1'],
      };
    }
    const { driver, port } = await startDriver(display);
    processes.driver = driver;
    launcher.options.port = port;
    // config.plugins is the list the runner asks for commands, the stock ones first: go before them.
    if (!config.plugins.includes(keys)) config.plugins.unshift(keys);
    return initialize(config, testFiles);
  };

  launcher.stop = async () => {
    // A failed attempt to open the session stops the launcher; the driver and Xvfb stay for the next attempt.
    if (openingSession) return stop();
    // Closing the WebDriver session first lets WebKitWebDriver close MiniBrowser itself.
    await Promise.race([stop(), sleep(5_000)]);
    const { driver, xvfb } = processes;
    stopGroup(driver);
    await waitForExit(driver, 3_000);
    stopGroup(xvfb);
    await waitForExit(xvfb, 3_000);
    processes.proxy?.closeAllConnections();
    processes.proxy?.close();
    processes.driver = processes.xvfb = processes.proxy = undefined;
    removeListeners();
  };

  return launcher;
}
