// The few things the interface asks of the browser itself: the document's language and direction, the
// connection's state, files handed to the browser, and the service worker that keeps the app offline.
window.inspectionApp = {
  setLanguage(language) {
    document.documentElement.lang = language;
    document.documentElement.dir = language === "he" ? "rtl" : "ltr";
  },
  watchers: new Map(),
  watchConnection(component) {
    const notify = () => component.invokeMethodAsync("ConnectionChanged", navigator.onLine);
    window.addEventListener("online", notify);
    window.addEventListener("offline", notify);
    this.watchers.set(component, notify);
    return navigator.onLine;
  },
  unwatchConnection(component) {
    const notify = this.watchers.get(component);
    if (notify) {
      window.removeEventListener("online", notify);
      window.removeEventListener("offline", notify);
      this.watchers.delete(component);
    }
  },
  async openFile(streamReference, fileName, contentType) {
    const buffer = await streamReference.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.target = "_blank";
    link.rel = "noopener";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  },
};

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("service-worker.js", { scope: "./" }).catch(() => { });
}
