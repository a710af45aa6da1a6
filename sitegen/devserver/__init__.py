"""The HTTP side of ``sitegen serve``: serve a built site locally, with live reload and an error overlay.

Standard library only. The build and the file watcher live elsewhere; they drive this server:

    server = DevServer(Path("public"), bind="127.0.0.1", port=8000, base_path="/digest/")
    server.start()                        # serves in a background thread
    print("Serving at", server.url)       # "http://127.0.0.1:8000/"
    ...
    server.notify_reload(["/articles/x/", "/static/style.abc123.css"])
    server.notify_error([{"path": "content/articles/x.md", "line": 12, "message": "bad date"}])
    server.clear_error()
    server.shutdown()

API
---
``DevServer(root, *, bind="127.0.0.1", port=8000, base_path="/")``
    ``root`` is the folder of the built site. It is resolved again on every request, so the build may
    replace its contents (or swap a symlink) between requests. The listening socket is bound here, in the
    constructor, so ``url`` is final at once (also with ``port=0``, which takes any free port). If the port
    is taken, ``PortInUse(port, suggestion)`` is raised, ``suggestion`` being the next free port above it.
    ``base_path`` is the path of the site's ``base_url`` (e.g. ``"/digest/"``): locally the site is
    served at the root, and a request under ``base_path`` for something that does not exist at the root
    is redirected (301) to the same path without it.
``DevServer.url``
    The address to open on this machine, e.g. ``"http://127.0.0.1:8000/"`` (a wildcard bind such as
    ``0.0.0.0`` is shown as the loopback address).
``DevServer.start()``
    Serve in a background daemon thread (``ThreadingHTTPServer``, one daemon thread per connection).
``DevServer.notify_reload(changed)``
    ``changed``: site-relative URL paths that the build rewrote (``"/articles/x/"``,
    ``"/articles/x/index.html"`` and ``"/digest/articles/x/"`` all name the same page). Open tabs whose page
    is among them reload, keeping their scroll position; when only stylesheets changed, tabs swap their
    ``<link rel=stylesheet>`` hrefs in place (a cache-busting query for a rewritten file, or the new
    fingerprinted name read from the page's fresh HTML) without a navigation. Any other kind of file
    (images, scripts, JSON, fonts), or an empty list, reloads every tab.
``DevServer.notify_error(problems)``
    ``problems``: ``[{"path": "content/articles/x.md", "line": 12, "message": "..."}, ...]``. Open tabs,
    and tabs opened later, show an overlay listing them until ``clear_error()``. The server goes on serving
    whatever is in ``root``: the last good build, as long as the build does not write a broken one.
``DevServer.clear_error()``
    The overlay goes away in every tab. A successful build should call it.
``DevServer.shutdown()``
    Stop serving, close the live-reload streams and open connections, and join every thread. Idempotent;
    call it also when ``start()`` was never called, to release the port bound by the constructor.
``PortInUse(port, suggestion)``
    Raised by the constructor; ``.port`` was asked for, ``.suggestion`` is free (at the time of asking).
``is_loopback(bind) -> bool``
    Whether a bind address only accepts connections from this machine; the CLI warns when it does not.
``parse_target(target) -> Target``
    The strict check of a raw request target that every request goes through (decoded path segments,
    whether it ends in ``/``, the query); raises ``Refused`` with the status to answer.

Live reload uses server-sent events at ``/__sitegen/events``. The client script, ``/__sitegen/client.js``
(``client.js`` in this package), is added with ``<script src=... defer>`` before ``</body>`` of the HTML
responses this server sends, never to files on disk.

Security: a dev server is reachable by every page the developer visits. Only GET and HEAD are served;
request targets are decoded strictly once and checked segment by segment (no ``..``, no encoded
separators, no backslashes, no NUL or control characters, no malformed or overlong UTF-8), and the
resolved file must lie inside the resolved root, so a symlink out of the root is not followed. The
``Host`` header must name this server (defeats DNS rebinding), and the event stream and anything other
than GET/HEAD are refused when ``Origin`` or ``Sec-Fetch-Site`` says the request comes from another site.
Request logging goes to the ``sitegen.devserver`` logger at DEBUG level, so it is quiet by default.

Modules: ``files`` (request targets, files inside the root, content types, the client script tag),
``hosts`` (bind addresses, ``Host`` headers, ports), ``handler`` (the HTTP server and its request handler)
and ``server`` (``DevServer``: its lifecycle and the live-reload events).
"""

from sitegen.devserver.files import parse_target
from sitegen.devserver.handler import CLIENT_PATH, EVENTS_PATH
from sitegen.devserver.hosts import PortInUse, is_loopback
from sitegen.devserver.server import DevServer

__all__ = ["CLIENT_PATH", "EVENTS_PATH", "DevServer", "PortInUse", "is_loopback", "parse_target"]
