import './styles.css';

/**
 * The boot loader, the page's entry script (1 KB): it loads the client entry (entry-client.tsx) once the browser
 * has shown the page (its first contentful paint). The prerendered page is complete without JavaScript; fetched
 * later, the app's 120 KB never stand between the HTML and the first paint, neither on a real slow link nor in
 * Lighthouse's simulation (see docs/decisions/0005). Until then, and if the app cannot load, the page works as
 * plain links.
 */
let started = false;
function startApp(): void {
  if (started) return;
  started = true;
  // Not caught: a failure to load or run the app is an error worth seeing (the page still works without it).
  void import('./entry-client.tsx');
}

/** Waits for the first contentful paint, which the paint timing entry reports once the frame is on screen. */
function afterFirstPaint(then: () => void): void {
  try {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      then();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing in this browser: the timer below starts the app.
  }
  // A page opened in a background tab is not painted until it is shown; a browser may report no paint at all.
  setTimeout(then, 1000);
}

// In a tenant-check build, the site's origin is the sign-in's redirect URI: there, with a response in the URL, only
// the redirect bridge loads, and it takes the browser back to the page that asked (docs/decisions/0018).
if (
  typeof __TENANT_CHECK__ === 'object' &&
  location.pathname === '/' &&
  /[#&?](code|error)=/.test(location.hash + location.search)
)
  void import('../tenant/redirect.ts');
else afterFirstPaint(startApp);
