// Keeps the app usable without a connection: every file of the app fetched once is kept, and served
// from the cache when the network fails (a visit goes on in a basement). The API is never cached here:
// answers waiting to be sent live in IndexedDB (see js/outbox.js).
const cacheName = "inspection-app-v1";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", event => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !(url.pathname.startsWith("/app/") || url.pathname.startsWith("/_content/"))) {
    return;
  }

  event.respondWith((async () => {
    const cache = await caches.open(cacheName);
    try {
      const response = await fetch(request);
      if (response.ok) {
        await cache.put(request.mode === "navigate" ? "/app/" : request, response.clone());
      }
      return response;
    } catch (offline) {
      const kept = await cache.match(request.mode === "navigate" ? "/app/" : request, { ignoreVary: true });
      if (kept) {
        return kept;
      }
      throw offline;
    }
  })());
});
