// web/estimator.js - the page's glue: checks the browser can run the app, loads the wasm with progress,
// reports load failures in plain words, and exposes window.estimator (the test and automation seam).
'use strict';

(function () {
  const overlay = document.getElementById('overlay');
  const statusLine = document.getElementById('status');
  const progressBar = document.getElementById('progress-bar');
  const errorBox = document.getElementById('error');
  let failed = false;

  function showError(message) {
    failed = true;
    overlay.classList.remove('hidden');
    document.getElementById('progress').style.display = 'none';
    statusLine.textContent = '';
    errorBox.textContent = message;
    errorBox.classList.add('shown');
  }

  function setProgress(fraction, text) {
    progressBar.style.width = Math.round(Math.max(0, Math.min(1, fraction)) * 100) + '%';
    if (text) statusLine.textContent = text;
  }

  function webgl2Available() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    showError('This browser cannot run WebAssembly, which the estimator needs. ' +
              'Please open it in a current version of Chrome, Edge, Firefox or Safari.');
    window.Module = { noInitialRun: true, instantiateWasm: () => ({}) };
    return;
  }
  if (!webgl2Available()) {
    showError('WebGL 2 is not available in this browser (it may be switched off, or the graphics driver ' +
              'is blocked). The estimator draws its interface with WebGL 2; please enable hardware ' +
              'acceleration or try another browser.');
    window.Module = { noInitialRun: true, instantiateWasm: () => ({}) };
    return;
  }

  // Fetches index.wasm with a progress bar, then instantiates it with the imports Emscripten gives us.
  async function fetchWithProgress(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !total) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const bytes = new Uint8Array(total);
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (received + value.length > bytes.length) return new Uint8Array(await new Response(
        new Blob([bytes.subarray(0, received), value])).arrayBuffer()); // encoded length differed
      bytes.set(value, received);
      received += value.length;
      setProgress(received / total, `Loading the estimator… ${Math.round(received / 1024)} KB`);
    }
    return bytes.subarray(0, received);
  }

  window.Module = {
    canvas: document.getElementById('canvas'),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    instantiateWasm(imports, onSuccess) {
      const wasmUrl = window.ESTIMATOR_WASM_URL || 'index.wasm';
      (window.ESTIMATOR_WASM_BYTES ? Promise.resolve(window.ESTIMATOR_WASM_BYTES) : fetchWithProgress(wasmUrl))
        .then((bytes) => WebAssembly.instantiate(bytes, imports))
        .then((result) => {
          setProgress(1, 'Starting…');
          onSuccess(result.instance, result.module);
        })
        .catch((error) => showError('The estimator could not be loaded: ' + error.message +
                                    '. Check your connection and reload the page.'));
      return {};
    },
    onRuntimeInitialized() {
      if (!failed) overlay.classList.add('hidden');
      window.Module.canvas.focus();
      recordFirstFrame();
    },
    onAbort(what) {
      showError('The estimator stopped unexpectedly (' + what + '). Your last autosaved work is kept; ' +
                'reload the page to continue.');
    },
  };

  // Time from navigation to the first frame the app drew (read by the first-frame benchmark).
  function recordFirstFrame() {
    if (window.estimator.frameCount() >= 1) {
      window.estimator.firstFrameMs = performance.now();
      window.estimator.ready = true;
    } else {
      requestAnimationFrame(recordFirstFrame);
    }
  }

  // Offline after one visit: the service worker caches this release (not for file://, the single-file build).
  if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
    window.addEventListener('load', () => navigator.serviceWorker.register('sw.js').catch((error) =>
      console.warn('Offline mode unavailable: ' + error.message)));
  }

  window.addEventListener('error', (event) => {
    if (!window.estimator || !window.estimator.ready) showError('The estimator failed to start: ' + event.message);
  });

  // The automation seam: tests (and scripts) read widget rectangles in CSS pixels, feed a scenario as JSON,
  // and wait for frames. Rectangles are recorded only after enableLocator() is called, so normal use pays nothing.
  window.estimator = {
    ready: false,
    firstFrameMs: null,
    frameCount() { return window.Module._est_frame_count ? window.Module._est_frame_count() : 0; },
    enableLocator() { window.Module.ccall('est_enable_locator', null, [], []); },
    widgetRect(name) {
      const text = window.Module.ccall('est_widget_rect', 'string', ['string'], [name]);
      if (!text) return null;
      const [x, y, width, height] = text.split(',').map(Number);
      const dpr = window.devicePixelRatio || 1;
      return { x: x / dpr, y: y / dpr, width: width / dpr, height: height / dpr };
    },
    // The area ImGui draws, in framebuffer (device) pixels: { width, height }.
    displaySize() {
      const [width, height] = window.Module.ccall('est_display_size', 'string', [], []).split(',').map(Number);
      return { width, height };
    },
    widgetNames() {
      return JSON.parse(window.Module.ccall('est_widget_names', 'string', [], []) || '[]');
    },
    loadScenarioJson(text) { return window.Module.ccall('est_load_scenario_json', 'string', ['string'], [text]); },
    stateJson() { return window.Module.ccall('est_state_json', 'string', [], []); },
    // Hands a file to the app as if the user had dropped it (tests and scripts).
    deliverFile(name, bytes) { deliverFile(name, bytes); },
    // Hands File objects over as a drop does (billing exports stream); resolves when they have been read.
    dropFiles(files) { return deliverFileList(files); },
    // The credit tracker: summary, files, reading progress (platform/billing_stream.cpp, est_tracker_json).
    trackerJson() { return JSON.parse(window.Module.ccall('est_tracker_json', 'string', [], [])); },
    // A seeded synthetic estate of n workloads (benchmarks and demos).
    loadSynthetic(n, seed = 1) { window.Module.ccall('est_load_synthetic', null, ['number', 'number'], [n, seed]); },
    // Shows a panel by its side-bar key ('tco', 'estate', ...).
    showPanel(key) { window.Module.ccall('est_show_panel', null, ['string'], [key]); },
    // Present on or off without full screen (the Present button and the key P also ask for full screen).
    setPresent(on) { window.Module.ccall('est_set_present', null, ['number'], [on ? 1 : 0]); },
    // The share link of the current scenario, once the app made one ('' before).
    shareLink() { return lastShareLink; },
  };

  // Browser services behind platform/services.hpp (web_services.cpp calls these through EM_JS).
  let lastShareLink = '';

  function deliverFile(name, bytes) {
    const M = window.Module;
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const ptr = M._est_alloc(Math.max(1, data.length));
    M.HEAPU8.set(data, ptr);
    M.ccall('est_incoming_file', null, ['string', 'number', 'number'], [name, ptr, data.length]);
    M._est_free(ptr);
  }

  // Files arrive one batch at a time (a drop, a pick); a second batch waits for the first to be read.
  let fileQueue = Promise.resolve();
  function deliverFileList(files) {
    const list = Array.from(files || []);
    fileQueue = fileQueue.then(() => readFileList(list)).catch((error) => console.warn('Reading files: ' + error));
    return fileQueue;
  }

  // Billing exports go to the credit tracker as a stream (platform/billing_stream.cpp decides from the first bytes);
  // every other file is handed over whole. A Cancel during one billing file stops the rest of its batch.
  const kHeadBytes = 256 * 1024;
  async function readFileList(list) {
    for (let i = 0; i < list.length; ++i) {
      const file = list[i];
      const head = new Uint8Array(await file.slice(0, kHeadBytes).arrayBuffer());
      const M = window.Module;
      const ptr = M._est_alloc(Math.max(1, head.length));
      M.HEAPU8.set(head, ptr);
      const streamed = M.ccall('est_billing_begin', 'number', ['string', 'number', 'number', 'number', 'number', 'number'],
                               [file.name, ptr, head.length, file.size, i + 1, list.length]);
      M._est_free(ptr);
      if (!streamed) {
        deliverFile(file.name, new Uint8Array(await file.arrayBuffer()));
      } else if (await streamBillingFile(file)) {
        break; // cancelled: the files after it are not read either
      }
    }
  }

  // One frame drawn (the progress bar moves), or 100 ms in a hidden tab where frames stop.
  const nextFrame = () => new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => { clearTimeout(timer); resolve(); });
  });

  // Streams `file` through one reused wasm buffer: the browser's chunks are copied in piece by piece, so neither
  // JavaScript nor wasm ever holds the whole file. Returns true when the user cancelled.
  const kChunkBytes = 1024 * 1024;
  async function streamBillingFile(file) {
    const M = window.Module;
    const buffer = M._est_alloc(kChunkBytes);
    const reader = file.stream().getReader();
    let more = true;
    let lastFrame = performance.now();
    try {
      while (more) {
        const { done, value } = await reader.read();
        if (done) break;
        for (let at = 0; at < value.length && more; at += kChunkBytes) {
          const piece = value.subarray(at, Math.min(value.length, at + kChunkBytes));
          M.HEAPU8.set(piece, buffer); // HEAPU8 read anew: memory growth replaces it
          more = M._est_billing_chunk(buffer, piece.length) !== 0;
        }
        if (performance.now() - lastFrame > 50) {
          await nextFrame();
          lastFrame = performance.now();
        }
      }
    } catch (error) {
      M.ccall('est_billing_failed', null, ['string'], [String((error && error.message) || error)]);
      return false;
    } finally {
      M._est_free(buffer);
    }
    if (more === false) reader.cancel().catch(() => {});
    return M._est_billing_end() !== 0;
  }

  function toBase64Url(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(text) {
    const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function pipe(bytes, stream) {
    return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
  }

  // A share link holds at most what a browser's address keeps (about 2 MB), which inflates to about 25 MB of
  // scenario (some 30,000 workloads); 32 MiB leaves room. A link past it is damaged or a deflate bomb (a few KB
  // that inflate to GBs): reading stops there, before the tab runs out of memory.
  const kMaxSharedScenarioBytes = 32 * 1024 * 1024;
  const kSharedLinkRefused = 'This link is too large or damaged';

  // Inflates raw-deflate `bytes`, stopping (and failing) as soon as the output passes `limit` bytes.
  async function inflateBounded(bytes, limit) {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        reader.cancel().catch(() => {});
        throw new Error(`it holds more than ${limit / (1024 * 1024)} MiB of scenario`);
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  // Hands the inflated scenario to the app as bytes (a string argument would be copied onto the small wasm stack).
  function deliverSharedScenario(bytes) {
    const M = window.Module;
    const ptr = M._est_alloc(Math.max(1, bytes.length));
    M.HEAPU8.set(bytes, ptr);
    M.ccall('est_shared_scenario', null, ['number', 'number'], [ptr, bytes.length]);
    M._est_free(ptr);
  }

  // Autosave per tab: the app asks for one key (app/autosave.hpp), and each tab stores it under a slot of its own,
  // so two tabs of the app never overwrite each other's work. The slot's key lives in sessionStorage, which a
  // reload keeps and a new tab starts without. A new tab takes over the newest slot no open tab is writing (the
  // work of a tab that was closed, or the one slot of earlier versions) - unless a share link opened it, which
  // brings its own scenario. An open tab says so every few seconds; a closed one stops (and clears it on pagehide).
  const kAutosaveKey = 'estimator.autosave';
  const kSlotPrefix = 'estimator.autosave.tab.';
  const kSlotSessionKey = 'estimator.autosave-slot';
  const kAlivePrefix = 'estimator.slot-alive:';
  const kAliveEveryMs = 3000;
  const kGoneAfterMs = 90000; // background tabs' timers may run only once a minute
  const pageToken = Math.random().toString(36).slice(2);
  let autosaveSlot = null;

  function aliveElsewhere(slot, now) {
    const [token, at] = (window.localStorage.getItem(kAlivePrefix + slot) || ':0').split(':');
    return token !== pageToken && now - Number(at) < kGoneAfterMs;
  }

  function chooseAutosaveSlot() {
    const storage = window.localStorage;
    const now = Date.now();
    let slot = window.sessionStorage.getItem(kSlotSessionKey);
    if (slot && aliveElsewhere(slot, now)) { // a duplicated tab: it starts from a copy of the work, in a slot of its own
      const copy = kSlotPrefix + now.toString(36) + pageToken;
      const record = storage.getItem(slot);
      try { if (record !== null) storage.setItem(copy, record); } catch (e) { /* full: the copy starts empty */ }
      slot = copy;
    }
    if (!slot && !window.location.hash.startsWith('#s=')) {
      const savedAt = (record) => { const at = record.indexOf('"savedAt":"'); return at < 0 ? '' : record.slice(at + 11, at + 31); };
      let newest = '';
      for (let i = 0; i < storage.length; ++i) {
        const key = storage.key(i);
        if (key !== kAutosaveKey && !key.startsWith(kSlotPrefix)) continue;
        if (aliveElsewhere(key, now)) continue;
        const at = savedAt(storage.getItem(key) || '');
        if (!slot || at > newest) { slot = key; newest = at; }
      }
    }
    if (!slot) slot = kSlotPrefix + now.toString(36) + pageToken;
    window.sessionStorage.setItem(kSlotSessionKey, slot);
    const sayAlive = () => { try { storage.setItem(kAlivePrefix + slot, pageToken + ':' + Date.now()); } catch (e) { /* full */ } };
    sayAlive();
    setInterval(sayAlive, kAliveEveryMs);
    window.addEventListener('pagehide', () => storage.removeItem(kAlivePrefix + slot));
    return slot;
  }

  // The storage key the app's `key` is kept under: this tab's slot for the autosave, the key itself otherwise.
  function storageKey(key) {
    if (key !== kAutosaveKey) return key;
    if (autosaveSlot === null) {
      try { autosaveSlot = chooseAutosaveSlot(); } catch (e) { autosaveSlot = kAutosaveKey; } // storage unavailable
    }
    return autosaveSlot;
  }

  window.estimatorServices = {
    install() {
      // Files dropped anywhere on the page go to the app; the browser must not navigate to them.
      window.addEventListener('dragover', (event) => { event.preventDefault(); event.dataTransfer.dropEffect = 'copy'; });
      window.addEventListener('drop', (event) => {
        event.preventDefault();
        deliverFileList(event.dataTransfer && event.dataTransfer.files);
      });
      // Ctrl+S saves the scenario, not the web page; the key still reaches the app.
      window.addEventListener('keydown', (event) => {
        if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) event.preventDefault();
      }, true);
      const hash = window.location.hash;
      if (hash.startsWith('#s=')) {
        Promise.resolve()
          .then(() => inflateBounded(fromBase64Url(hash.slice(3)), kMaxSharedScenarioBytes))
          .then(deliverSharedScenario)
          .catch((error) => window.Module.ccall('est_shared_scenario_failed', null, ['string'],
                                                [kSharedLinkRefused + ' (' + String((error && error.message) || error) + ')']));
      }
    },
    // Present asks for full screen from inside the press that started it (a user gesture). While full screen, Escape
    // is kept for the page where the browser allows it (Keyboard Lock), so the first Escape closes Present's topmost
    // popup instead of ending full screen. A refusal is not an error: Present stays inside the window.
    enterFullscreen() {
      const root = document.documentElement;
      if (document.fullscreenElement || !root.requestFullscreen) return;
      root.requestFullscreen({ navigationUI: 'hide' })
        .then(() => navigator.keyboard && navigator.keyboard.lock ? navigator.keyboard.lock(['Escape']) : undefined)
        .catch(() => {});
    },
    leaveFullscreen() {
      if (navigator.keyboard && navigator.keyboard.unlock) navigator.keyboard.unlock();
      if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
    },
    // One of the site's own files for the app (a region's price tables, a demo scenario); the service worker keeps it
    // for offline use.
    fetchSiteFile(path) {
      const M = window.Module;
      const hand = (bytes, failure) => {
        const ptr = M._est_alloc(Math.max(1, bytes.length));
        M.HEAPU8.set(bytes, ptr);
        M.ccall('est_site_file', null, ['string', 'number', 'number', 'string'], [path, ptr, bytes.length, failure]);
        M._est_free(ptr);
      };
      if (window.ESTIMATOR_WASM_BYTES) { // the single-file build: no site beside it, and its policy allows no fetch
        const inside = window.ESTIMATOR_SITE_FILES && window.ESTIMATOR_SITE_FILES[path]; // the demos it carries
        if (typeof inside === 'string') hand(new TextEncoder().encode(inside), '');
        else hand(new Uint8Array(0), 'this single-file build carries the us-east-1 prices only');
        return;
      }
      fetch(path)
        .then((response) => {
          if (!response.ok) throw new Error(`the site answered ${response.status} ${response.statusText}`.trim());
          return response.arrayBuffer();
        })
        .then((buffer) => hand(new Uint8Array(buffer), ''))
        .catch((error) => hand(new Uint8Array(0), String(error && error.message || error)));
    },
    openFilePicker(accept) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.multiple = true;
      input.addEventListener('change', () => deliverFileList(input.files));
      input.click();
    },
    download(name, mime, bytes) {
      const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    // The executive summary, ready to print: a new tab showing the page with the browser's print dialog over it.
    // The page itself runs no script (its policy forbids it); the app, its opener and of the same origin, calls
    // print once the page has loaded. Returns false when the browser blocked the tab (the download remains).
    openForPrint(bytes) {
      const url = URL.createObjectURL(new Blob([bytes], { type: 'text/html' }));
      const tab = window.open(url, '_blank');
      if (!tab) {
        URL.revokeObjectURL(url);
        return false;
      }
      let waited = 0;
      const whenLoaded = () => {
        let ready = false;
        try { ready = tab.location.href === url && tab.document.readyState === 'complete'; } catch (e) { return; }
        if (ready) {
          tab.focus();
          tab.print();
          setTimeout(() => URL.revokeObjectURL(url), 60000);
        } else if ((waited += 100) < 20000) {
          setTimeout(whenLoaded, 100);
        }
      };
      setTimeout(whenLoaded, 100);
      return true;
    },
    storageGet(key) {
      try { return window.localStorage.getItem(storageKey(key)); } catch (e) { return null; }
    },
    storageSet(key, value) {
      try { window.localStorage.setItem(storageKey(key), value); return true; } catch (e) { return false; }
    },
    storageRemove(key) {
      try { window.localStorage.removeItem(storageKey(key)); } catch (e) { /* storage unavailable: nothing to remove */ }
    },
    async share(text) {
      const data = toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
      const url = new URL(window.location.href);
      url.hash = 's=' + data;
      history.replaceState(null, '', url.toString());
      lastShareLink = url.toString();
      window.estimatorServices.copy(lastShareLink);
    },
    // Decodes a partner logo data URL with the browser's own image decoder and hands the RGBA pixels to the
    // app (est_set_partner_logo), which uploads them as a texture. Large images are scaled to 512 px at most.
    async decodeLogo(url) {
      const M = window.Module;
      try {
        const image = new Image();
        image.src = url;
        await image.decode();
        let width = image.naturalWidth || 256;
        let height = image.naturalHeight || 256; // an SVG without a size: draw it square
        const scale = Math.min(1, 512 / Math.max(width, height));
        width = Math.max(1, Math.round(width * scale));
        height = Math.max(1, Math.round(height * scale));
        const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(width, height)
          : Object.assign(document.createElement('canvas'), { width, height });
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0, width, height);
        const pixels = context.getImageData(0, 0, width, height).data;
        const ptr = M._est_alloc(pixels.length);
        M.HEAPU8.set(pixels, ptr);
        M.ccall('est_set_partner_logo', null, ['number', 'number', 'number'], [ptr, width, height]);
        M._est_free(ptr);
      } catch (error) {
        M.ccall('est_partner_logo_failed', null, ['string'], [String((error && error.message) || error)]);
      }
    },
    // The overview in the page's DOM (an off-screen live region): headline, figures and numbered next steps.
    describeBusinessCase(headline, figures, steps) {
      const region = document.getElementById('business-case');
      if (!region) return;
      const list = (tag, lines) => {
        const element = document.createElement(tag);
        for (const line of lines.split('\n').filter(Boolean)) {
          const item = document.createElement('li');
          item.textContent = line;
          element.appendChild(item);
        }
        return element;
      };
      const title = document.createElement('h2');
      title.textContent = headline;
      region.replaceChildren(title, list('ul', figures), list('ol', steps));
    },
    copy(text) {
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    },
  };
})();
