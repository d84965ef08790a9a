#!/usr/bin/env python3
"""Serve the built playground (www/dist) on localhost, standard library only.

Unlike `python3 -m http.server` it sends the right MIME types (application/wasm), a strict
Content-Security-Policy and other security headers on every response, and the precompressed
siblings written by scripts/compress.mjs (X.br, X.gz) to clients that accept them, with an
ETag per file version and encoding so that a reload gets 304s for what did not change.
Directory listings are off and nothing outside --dir is reachable.

Usage: python3 scripts/serve.py [--dir www/dist] [--port 8080] [--bind 127.0.0.1] [--verbose]
(--port 0 picks a free port; the URL line printed at start gives it.)
"""

import argparse
import os
import posixpath
import shutil
import signal
import socket
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

MIME = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
    ".map": "application/json",
}

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
        "img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'self'; form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}

# Preferred first: (Accept-Encoding token, file suffix).
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def accepts(header, coding):
    """Whether an Accept-Encoding header value accepts `coding` (a q=0 entry refuses it)."""
    for part in header.split(","):
        name, _, params = part.partition(";")
        if name.strip().lower() != coding:
            continue
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    return float(value) > 0
                except ValueError:
                    return False
        return True
    return False


class Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 keeps connections alive; every response below sends a Content-Length.
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    root = "."  # set by main()
    verbose = False

    def end_headers(self):
        # Every response, errors included, goes through here.
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format, *args):
        if self.verbose:
            super().log_message(format, *args)

    def do_GET(self):
        self.serve(body=True)

    def do_HEAD(self):
        self.serve(body=False)

    def resolve(self):
        """The file system path for the request, or None when it must be a 404."""
        url_path = unquote(urlsplit(self.path).path)
        segments = url_path.split("/")
        if "\0" in url_path or "\\" in url_path or ".." in segments:
            return None
        path = os.path.join(self.root, *[s for s in segments if s not in ("", ".")])
        real = os.path.realpath(path)
        if real != self.root and not real.startswith(self.root + os.sep):
            return None  # e.g. a symlink leading out of the directory
        return real

    def serve(self, body):
        path = self.resolve()
        if path is not None and os.path.isdir(path):
            index = os.path.join(path, "index.html")
            if not os.path.isfile(index):
                path = None  # no directory listings
            elif not urlsplit(self.path).path.endswith("/"):
                # /sub -> /sub/ so that the page's relative URLs resolve inside it.
                self.send_response(301)
                self.send_header("Location", urlsplit(self.path).path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            else:
                path = index
        if path is None or not os.path.isfile(path):
            self.send_error(404)
            return

        ext = os.path.splitext(path)[1].lower()
        content_type = MIME.get(ext, "application/octet-stream")
        send_path, encoding = path, None
        accept = self.headers.get("Accept-Encoding", "")
        for coding, suffix in ENCODINGS:
            sibling = path + suffix
            # A sibling older than its file is stale (rebuilt without recompressing): skip it.
            if (
                accepts(accept, coding)
                and os.path.isfile(sibling)
                and os.stat(sibling).st_mtime_ns >= os.stat(path).st_mtime_ns
            ):
                send_path, encoding = sibling, coding
                break

        try:
            f = open(send_path, "rb")
        except OSError:
            self.send_error(404)
            return
        with f:
            st = os.fstat(f.fileno())
            # A validator per file version and encoding: a reload revalidates every file (the
            # names are not content-hashed) and gets a bodiless 304 for those unchanged.
            etag = '"%x-%x%s"' % (st.st_size, st.st_mtime_ns, "-" + encoding if encoding else "")
            fresh = etag in [t.strip() for t in self.headers.get("If-None-Match", "").split(",")]
            self.send_response(304 if fresh else 200)
            self.send_header("ETag", etag)
            self.send_header("Vary", "Accept-Encoding")
            self.send_header("Cache-Control", "no-cache")
            if fresh:
                self.end_headers()
                return
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(st.st_size))
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.end_headers()
            if body:
                shutil.copyfileobj(f, self.wfile)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    verbose = False

    def handle_error(self, request, client_address):
        # A browser dropping a connection mid-response is not worth a traceback.
        if self.verbose or not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def on_sigterm(signum, frame):
    raise KeyboardInterrupt  # SIGTERM ends the server like Ctrl+C does


def main():
    parser = argparse.ArgumentParser(description="Serve the dockplay playground.")
    parser.add_argument("--dir", default="www/dist", help="directory to serve (default www/dist)")
    parser.add_argument(
        "--port", type=int, default=int(os.environ.get("PORT") or 8080),
        help="port (default $PORT or 8080; 0 picks a free one)",
    )
    parser.add_argument("--bind", default="127.0.0.1", help="address (default 127.0.0.1)")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args()

    root = os.path.realpath(args.dir)
    if not os.path.isdir(root):
        sys.exit(f"serve.py: {args.dir} is not a directory (build it with scripts/build.sh)")
    Handler.root, Handler.verbose, Server.verbose = root, args.verbose, args.verbose
    if ":" in args.bind:
        Server.address_family = socket.AF_INET6
    try:
        server = Server((args.bind, args.port), Handler)
    except OSError as e:
        sys.exit(f"serve.py: cannot listen on {args.bind}:{args.port}: {e.strerror or e}")

    signal.signal(signal.SIGTERM, on_sigterm)
    host = f"[{args.bind}]" if ":" in args.bind else args.bind
    try:
        print(f"dockplay playground: http://{host}:{server.server_address[1]}/", flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
