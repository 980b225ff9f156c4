// web/sw.js - the service worker: after one visit the estimator opens and works with the network off.
// scripts/build-site stamps VERSION with a hash of the release's files, so a new release installs a new
// cache as a whole and deletes the old one: never a stale mix of old wasm and new JavaScript.
'use strict';

const VERSION = 'dev';
const CACHE = `estimator-${VERSION}`;
const APP_FILES = ['./', 'index.html', 'index.js', 'index.wasm', 'estimator.js', 'estimator.css',
                   'manifest.webmanifest', 'favicon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(APP_FILES.map((file) => new Request(file, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith('estimator-') && key !== CACHE)
                                    .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

// Cache first for the app's own files (one consistent release); a region's price tables (prices/*.json) and a demo
// scenario (demos/*.json) are kept in the same cache the first time the app fetches them, so that region prices and
// that demo opens offline afterwards; everything else of the same origin goes to the network. Requests to other
// origins are never made by the page, so they are not handled here.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const keep = /\/(prices|demos)\/[a-z0-9_-]+\.json$/.test(url.pathname);
  event.respondWith(caches.open(CACHE).then((cache) =>
    cache.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request).then((response) => {
      if (keep && response.ok) cache.put(event.request, response.clone());
      return response;
    }))));
});
