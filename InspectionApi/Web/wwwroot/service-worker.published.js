// The published app's service worker: every file of the app is fetched and kept when it is installed
// (the list is the build's asset manifest), so the app starts without a connection; then as in
// development, network first and the cache when the network fails. The API is never cached here.
self.importScripts("./service-worker-assets.js");
const cacheName = `inspection-app-${self.assetsManifest.version}`;
const base = new URL("./", self.location).pathname;
const served = url => url.startsWith("app/_content/") ? "/" + url.substring("app/".length) : "/" + url;

self.addEventListener("install", event => event.waitUntil((async () => {
  const cache = await caches.open(cacheName);
  // The manifest names files under the app's base path ("app/..."); the component library's files are
  // served by the host at the site's root ("/_content/...").
  const urls = self.assetsManifest.assets
    .filter(asset => !/\.(gz|br|map)$/.test(asset.url) && !asset.url.endsWith("service-worker.js"))
    .map(asset => new Request(served(asset.url), { integrity: asset.hash, cache: "no-cache" }));
  await cache.addAll(urls);
  await self.skipWaiting();
})()));

self.addEventListener("activate", event => event.waitUntil((async () => {
  const names = await caches.keys();
  await Promise.all(names.filter(name => name.startsWith("inspection-app-") && name !== cacheName).map(name => caches.delete(name)));
  await self.clients.claim();
})()));

self.addEventListener("fetch", event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !(url.pathname.startsWith(base) || url.pathname.startsWith("/_content/"))) {
    return;
  }

  event.respondWith((async () => {
    const cache = await caches.open(cacheName);
    const key = request.mode === "navigate" ? `${base}index.html` : request;
    try {
      const response = await fetch(request);
      if (response.ok && request.mode !== "navigate") {
        await cache.put(request, response.clone());
      }
      return response;
    } catch (offline) {
      const kept = await cache.match(key, { ignoreVary: true });
      if (kept) {
        return kept;
      }
      throw offline;
    }
  })());
});
