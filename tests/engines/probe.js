// The error probe of the cross-engine tests: injected as the first script of a TEST COPY of the
// build (tests/engines/testBuild.ts), never into the shipped one. Classic WebDriver (WebKitGTK)
// reports no console or page errors, so the page records them itself, in sessionStorage so that
// they survive reloads: uncaught errors, unhandled rejections, failed loads of scripts, styles
// and images, CSP violations and console.error. It also keeps the last download (the backup
// file) so a test can read it in any engine.
(() => {
  const KEY = '__probe.issues';
  const read = () => {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) || '[]');
    } catch {
      return [];
    }
  };
  const record = (kind, text) => {
    const list = read();
    list.push(`${kind}: ${String(text).slice(0, 500)} (${location.pathname})`);
    try {
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch {
      // storage full: the test sees what was recorded so far
    }
  };
  // Once the page is being left (a reload, a goto), a load it started is cut off: Firefox then
  // fires `error` on a <link rel=modulepreload> of an idle prefetch. The user who navigates does
  // not see it either (the chromium harness has the same rule for its aborted requests).
  let leaving = false;
  addEventListener('beforeunload', () => (leaving = true));
  addEventListener('pagehide', () => (leaving = true));
  addEventListener(
    'error',
    (event) => {
      const t = event.target;
      if (t && t !== window && (t.src || t.href)) {
        if (leaving) return;
        record(
          'failed load',
          `${t.tagName.toLowerCase()}${t.rel ? ` rel=${t.rel}` : ''} ${t.src || t.href}`,
        );
      } else record('page error', event.error?.stack || event.message);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => {
    const r = event.reason;
    record('unhandled rejection', (r && (r.stack || r.message)) || r);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    record('CSP', `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
  });
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    record('console.error', args.map((a) => (a && a.stack) || String(a)).join(' '));
    consoleError(...args);
  };
  // Downloads: the app makes an object URL of a Blob and clicks an <a download>. (Not fetched
  // back: the CSP's connect-src does not allow blob: URLs, rightly.)
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (obj) => {
    const url = createObjectURL(obj);
    blobs.set(url, obj);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = this.download ? blobs.get(this.href) : undefined;
    if (blob) {
      const name = this.download;
      void blob
        .text()
        .then((text) => sessionStorage.setItem('__probe.download', JSON.stringify({ name, text })));
      return;
    }
    return click.call(this);
  };
  window.__probe = {
    issues: read,
    clear: () => sessionStorage.removeItem(KEY),
    download: () => JSON.parse(sessionStorage.getItem('__probe.download') || 'null'),
  };
})();
