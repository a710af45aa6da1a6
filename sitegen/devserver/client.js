// Live reload and build-error overlay for `sitegen serve`. The dev server adds this script to the HTML
// it sends (never to files on disk) and talks to it with server-sent events at /__sitegen/events.
// Events: hello {server, generation, basePath}, reload {changed, generation}, problems {problems}, clear {}.
(function () {
  "use strict";
  // Loaded once per page even if the tag comes twice. Keyed by a symbol, never a name: an element whose
  // id is a name makes window[name] that element, so content could switch the client off.
  var LOADED = Symbol.for("sitegen.devClient");
  if (Object.prototype.hasOwnProperty.call(window, LOADED)) return;
  Object.defineProperty(window, LOADED, {value: true});

  var script = document.currentScript;
  var data = script ? script.dataset : {};
  var EVENTS_URL = new URL("/__sitegen/events", script ? script.src : location.href).href;
  var SCROLL_KEY = "sitegen:scroll";
  var BUST_PARAM = "sitegen-reload";
  var pageServer = data.server || null;
  var pageGeneration = data.generation || null;
  var pageIsNotFound = data.status === "404";
  var basePath = data.basePath ? decodeURIComponent(data.basePath) : "/";

  // ---- Paths -------------------------------------------------------------------------------------

  // One spelling per page: decoded, without the base path and without a trailing index.html.
  function canonicalPath(path) {
    try { path = decodeURIComponent(path); } catch (e) { /* keep it as it is */ }
    if (basePath !== "/" && (path + "/").indexOf(basePath) === 0) path = path.slice(basePath.length - 1) || "/";
    if (/\/index\.html$/.test(path)) path = path.slice(0, -"index.html".length);
    return path;
  }

  function pathOf(href) {
    return canonicalPath(new URL(href, location.href).pathname);
  }

  // Files a reader navigates to rather than files a page embeds.
  function isDocument(path) {
    return /\/$/.test(path) || /\.(html?|xml|txt)$/i.test(path);
  }

  function isStylesheet(path) {
    return /\.css$/i.test(path);
  }

  // ---- Reload, keeping the scroll position -------------------------------------------------------

  function reloadPage() {
    try {
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ path: location.pathname, x: scrollX, y: scrollY }));
    } catch (e) { /* storage may be disabled; reload all the same */ }
    location.reload();
  }

  function restoreScroll() {
    var saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) || "null");
      sessionStorage.removeItem(SCROLL_KEY);
    } catch (e) { return; }
    if (!saved || saved.path !== location.pathname) return;
    var scroll = function () { window.scrollTo(saved.x, saved.y); };
    if (document.readyState === "complete") scroll(); else window.addEventListener("load", scroll, { once: true });
  }

  // ---- Stylesheets -------------------------------------------------------------------------------

  var STYLESHEETS = 'link[rel~="stylesheet" i][href]';

  function withoutBust(href) {
    var url = new URL(href, location.href);
    url.searchParams.delete(BUST_PARAM);
    return url.href;
  }

  function busted(href) {
    var url = new URL(href, location.href);
    url.searchParams.set(BUST_PARAM, String(Date.now()));
    return url.href;
  }

  // Load the new sheet next to the old one and drop the old one once it is in, so nothing flashes unstyled.
  function replaceLink(link, href) {
    var fresh = link.cloneNode(false);
    fresh.href = href;
    var done = function () { if (link.parentNode) link.parentNode.removeChild(link); };
    fresh.addEventListener("load", done, { once: true });
    fresh.addEventListener("error", done, { once: true });
    link.parentNode.insertBefore(fresh, link.nextSibling);
  }

  function swapStylesheets(changedCss) {
    var links = Array.prototype.slice.call(document.querySelectorAll(STYLESHEETS));
    var pending = new Set(changedCss);
    var swapped = false;
    links.forEach(function (link) {
      var path = pathOf(link.href);
      if (pending.has(path)) {
        pending.delete(path);
        replaceLink(link, busted(withoutBust(link.href)));
        swapped = true;
      }
    });
    if (pending.size === 0) return;
    // A stylesheet this page does not link by that name: perhaps a new fingerprinted name, which the
    // page's fresh HTML tells. Compare the hrefs in order and swap the ones that differ.
    fetch(location.href, { cache: "no-store", credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, "text/html");
        var fresh = Array.prototype.map.call(doc.querySelectorAll(STYLESHEETS), function (link) {
          return new URL(link.getAttribute("href"), location.href).href;
        });
        var current = Array.prototype.slice.call(document.querySelectorAll(STYLESHEETS));
        if (fresh.length !== current.length) return reloadPage();
        current.forEach(function (link, index) {
          if (withoutBust(link.href) !== fresh[index]) {
            replaceLink(link, fresh[index]);
            swapped = true;
          }
        });
        // Nothing to swap by name: the change may be in a sheet pulled in with @import.
        if (!swapped) current.forEach(function (link) { replaceLink(link, busted(withoutBust(link.href))); });
      })
      .catch(reloadPage);
  }

  // ---- What a reload event means for this tab ----------------------------------------------------

  function onReload(message) {
    pageGeneration = String(message.generation);
    var changed = (message.changed || []).map(canonicalPath);
    if (changed.length === 0) return reloadPage();
    var here = canonicalPath(location.pathname);
    var css = [];
    var documents = [];
    for (var i = 0; i < changed.length; i++) {
      if (isStylesheet(changed[i])) css.push(changed[i]);
      else if (isDocument(changed[i])) documents.push(changed[i]);
      else return reloadPage(); // an image, script, font or data file this page may use
    }
    // A "not found" page reloads on any new page: it may be the one this tab asked for.
    if (documents.length && (pageIsNotFound || documents.indexOf(here) !== -1)) return reloadPage();
    if (css.length) swapStylesheets(css);
  }

  // ---- Error overlay -----------------------------------------------------------------------------

  var overlayHost = null;
  var overlayShown = null; // the problems on screen, as JSON
  var dismissed = null; // problems the reader dismissed, as JSON: they stay hidden until they change
  var focusBefore = null;

  var OVERLAY_CSS = [
    ":host { all: initial; }",
    ".panel { position: fixed; z-index: 2147483647; top: 1rem; left: 50%; transform: translateX(-50%);",
    "  box-sizing: border-box; width: min(48rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem);",
    "  overflow: auto; padding: 1rem 1.25rem; border: 3px solid #b00020; border-radius: 6px;",
    "  background: #fff; color: #1a1a1a; box-shadow: 0 8px 32px rgba(0,0,0,.35);",
    "  font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; }",
    "h2 { margin: 0 0 .25rem; font-size: 1.15rem; color: #b00020; }",
    "p { margin: 0 0 .75rem; }",
    "ol { margin: 0 0 1rem; padding-left: 1.5rem; }",
    "li { margin: 0 0 .6rem; }",
    ".where { font: 600 14px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }",
    ".message { margin: .15rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere;",
    "  font: 14px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }",
    "button { font: inherit; padding: .35rem .9rem; border: 2px solid #1a1a1a; border-radius: 4px;",
    "  background: #fff; color: #1a1a1a; cursor: pointer; }",
    "button:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }",
    "@media (prefers-color-scheme: dark) {",
    "  .panel { background: #1e1e1e; color: #eee; border-color: #ff6b6b; }",
    "  h2 { color: #ff6b6b; } button { background: #1e1e1e; color: #eee; border-color: #eee; } }",
  ].join("\n");

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) node.textContent = text; // text, never markup: messages quote the source
    return node;
  }

  function hideOverlay(restoreFocus) {
    if (!overlayHost) return;
    var host = overlayHost;
    overlayHost = null;
    overlayShown = null;
    var hadFocus = document.activeElement === host;
    host.remove();
    if (restoreFocus && hadFocus && focusBefore && document.contains(focusBefore)) focusBefore.focus();
    focusBefore = null;
  }

  function dismissOverlay() {
    dismissed = overlayShown;
    hideOverlay(true);
  }

  function showOverlay(problems) {
    var key = JSON.stringify(problems);
    if (key === dismissed || key === overlayShown) return;
    if (!document.body) {
      document.addEventListener("DOMContentLoaded", function () { showOverlay(problems); }, { once: true });
      return;
    }
    var previousFocus = overlayHost ? focusBefore : document.activeElement;
    hideOverlay(false);
    focusBefore = previousFocus;

    var host = element("sitegen-error-overlay");
    var root = host.attachShadow({ mode: "open" });
    root.appendChild(element("style", {}, OVERLAY_CSS));
    // Not modal and no focus trap: Tab leaves the panel, Escape or the button closes it.
    var panel = element("div", {
      class: "panel", role: "alertdialog", "aria-modal": "false",
      "aria-labelledby": "sitegen-error-title", "aria-describedby": "sitegen-error-hint",
    });
    var count = problems.length;
    panel.appendChild(element("h2", { id: "sitegen-error-title" },
      "The site did not build: " + count + (count === 1 ? " problem" : " problems")));
    panel.appendChild(element("p", { id: "sitegen-error-hint" },
      "This page shows the last good build. Fix the file and save; this message goes away by itself."));
    var list = element("ol");
    problems.forEach(function (problem) {
      var where = String(problem.path || "");
      if (problem.line !== null && problem.line !== undefined) where += ":" + problem.line;
      if (problem.column !== null && problem.column !== undefined) where += ":" + problem.column;
      var item = element("li");
      item.appendChild(element("div", { class: "where" }, where));
      item.appendChild(element("pre", { class: "message" }, String(problem.message || "")));
      list.appendChild(item);
    });
    panel.appendChild(list);
    var close = element("button", { type: "button" }, "Dismiss");
    close.addEventListener("click", dismissOverlay);
    panel.appendChild(close);
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.stopPropagation(); dismissOverlay(); }
    });
    root.appendChild(panel);
    document.body.appendChild(host);
    overlayHost = host;
    overlayShown = key;
    close.focus({ preventScroll: true });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && overlayHost) dismissOverlay();
  });

  // ---- Event stream, reconnecting after the server restarts --------------------------------------

  var RETRY_MIN = 250;
  var RETRY_MAX = 3000;
  var retry = RETRY_MIN;

  function parse(event) {
    try { return JSON.parse(event.data); } catch (e) { return null; }
  }

  function connect() {
    var source = new EventSource(EVENTS_URL);
    source.addEventListener("open", function () { retry = RETRY_MIN; });
    source.addEventListener("hello", function (event) {
      var hello = parse(event);
      if (!hello) return;
      if (hello.basePath) basePath = hello.basePath;
      // A new server, or builds this tab missed while it was connecting or cut off: it is stale.
      var stale = (pageServer !== null && hello.server !== pageServer) ||
        (pageGeneration !== null && String(hello.generation) !== pageGeneration);
      pageServer = hello.server;
      pageGeneration = String(hello.generation);
      if (stale) reloadPage();
    });
    source.addEventListener("reload", function (event) { var message = parse(event); if (message) onReload(message); });
    source.addEventListener("problems", function (event) {
      var message = parse(event);
      if (message) showOverlay(message.problems || []);
    });
    source.addEventListener("clear", function () { dismissed = null; hideOverlay(true); });
    // The browser gives up on some failures (an HTTP error, a server that went away): retry by hand.
    source.addEventListener("error", function () {
      source.close();
      if (source === liveSource) setTimeout(connect, retry);
      retry = Math.min(retry * 2, RETRY_MAX);
    });
    liveSource = source;
  }

  var liveSource = null;
  window.addEventListener("pagehide", function () {
    var source = liveSource;
    liveSource = null;
    if (source) source.close();
  });
  // A page restored from the back-forward cache needs its stream again (and may be stale: hello tells).
  window.addEventListener("pageshow", function (event) { if (event.persisted && !liveSource) connect(); });

  restoreScroll();
  connect();
})();
