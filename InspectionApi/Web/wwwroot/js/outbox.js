// An ES module (imported by the questionnaire). Answers waiting to be sent, kept on the device (IndexedDB) so that a dropped connection or a closed tab
// loses nothing: "changes" holds every change in the order it was made (seq), "kept" holds what was last
// read from the API (the questionnaire, the inspection, the answers) for opening the page offline.
const databaseName = "inspection-outbox";

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore("changes", { keyPath: "seq", autoIncrement: true });
      db.createObjectStore("kept");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

let database;
async function db() {
  database ??= await open();
  return database;
}

async function run(store, mode, work) {
  const connection = await db();
  return new Promise((resolve, reject) => {
    const transaction = connection.transaction(store, mode);
    let result;
    Promise.resolve(work(transaction.objectStore(store))).then(r => { result = r; });
    transaction.oncomplete = () => resolve(result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

function requested(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const watchers = new Map();

// Adds a change (a photo's with its bytes); answers its sequence number once it is written.
export function add(change, data) {
  return run("changes", "readwrite", store => requested(store.add(data ? { ...change, data } : change)));
}

// The changes without a photo's bytes, which stay here until the photo is sent (photo(seq)).
export function list() {
  return run("changes", "readonly", store => requested(store.getAll()))
    .then(changes => changes.map(({ data, ...change }) => change));
}

export function photo(seq) {
  return run("changes", "readonly", store => requested(store.get(seq))).then(change => change?.data ?? null);
}

export function remove(seqs) {
  return run("changes", "readwrite", store => { for (const seq of seqs) { store.delete(seq); } });
}

export function keep(key, json) {
  return run("kept", "readwrite", store => { store.put(json, key); });
}

export function read(key) {
  return run("kept", "readonly", store => requested(store.get(key))).then(v => v ?? null);
}

// Tells the outbox when the connection returns (and when it goes).
export function watch(component) {
  const online = () => component.invokeMethodAsync("ConnectionChanged", true);
  const offline = () => component.invokeMethodAsync("ConnectionChanged", false);
  window.addEventListener("online", online);
  window.addEventListener("offline", offline);
  watchers.set(component, { online, offline });
  return navigator.onLine;
}

export function unwatch(component) {
  const kept = watchers.get(component);
  if (kept) {
    window.removeEventListener("online", kept.online);
    window.removeEventListener("offline", kept.offline);
    watchers.delete(component);
  }
}

export function scrollTo(id) {
  const element = document.getElementById(id);
  if (element) {
    element.scrollIntoView({ block: "center" });
    const input = element.querySelector("input, textarea, [tabindex]");
    (input ?? element).focus();
  }
}

