#!/usr/bin/env python3
"""Drives headless Chromium over the DevTools protocol, with nothing but the standard library.

Used by the viewer's browser test (tests/export/test_viewer.py), its benchmark
(bench/bench_viewer.py) and to take the README's screenshot:

    tools/chromium.py screenshot PAGE.html OUT.png [WIDTH HEIGHT [JS]]

(JS, when given, runs in the page before the picture, e.g. to open a panel.)

Chromium is started with --remote-debugging-pipe: it reads protocol messages (JSON, each ended by
a NUL byte) on its file descriptor 3 and writes replies and events on 4, so no port is opened and
no websocket client is needed. Debian's package is `chromium` (scripts/install-deps).
"""
import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time


def find():
    """The Chromium executable, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class ChromiumError(Exception):
    pass


class Chromium:
    """One headless browser with one page; call() sends a command to the page and waits."""

    def __init__(self, width=1400, height=900, timeout=20):
        exe = find()
        if not exe:
            raise ChromiumError("Chromium is not installed (Debian: apt-get install chromium)")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="rawabit-chromium-")
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def child_fds():
            # Move both ends above 4 first, so that placing them on 3 and 4 cannot clobber either.
            r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(r, 3)
            os.dup2(w, 4)
            os.closerange(5, 4096)  # nothing else of ours leaks into the browser

        args = [exe, "--headless=new", "--remote-debugging-pipe", "--no-first-run",
                "--no-default-browser-check", "--disable-gpu", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
                "--user-data-dir=" + self.profile, f"--window-size={width},{height}", "about:blank"]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, preexec_fn=child_fds,
                                     close_fds=False)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None
        target = self.call("Target.createTarget", {"url": "about:blank"}, browser=True)
        attached = self.call("Target.attachToTarget",
                             {"targetId": target["targetId"], "flatten": True}, browser=True)
        self.session = attached["sessionId"]
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    # ---- the protocol ------------------------------------------------------------------------

    def _read_message(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChromiumError("no answer from Chromium in time")
            ready, _, _ = select.select([self.from_browser], [], [], left)
            if ready:
                chunk = os.read(self.from_browser, 1 << 16)
                if not chunk:
                    raise ChromiumError("Chromium closed the protocol pipe (did it crash?)")
                self.buf += chunk
        raw, self.buf = self.buf.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, browser=False, timeout=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session and not browser:
            msg["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise ChromiumError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def pump(self, seconds):
        """Collects events for a while."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read_message(deadline))
        except ChromiumError as e:
            if "in time" not in str(e):
                raise

    # ---- conveniences ------------------------------------------------------------------------

    def eval(self, expression, timeout=None):
        """The value of a JS expression (promises awaited); raises on a thrown exception."""
        r = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                           "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in r:
            d = r["exceptionDetails"]
            text = d.get("exception", {}).get("description") or d.get("text")
            raise ChromiumError(f"JS exception: {text}")
        return r["result"].get("value")

    def open(self, path, ready="window.rawabit && window.rawabit.ready", timeout=None):
        """Loads a local file and waits until `ready` is true; returns the seconds it took."""
        self.call("Page.enable")
        self.call("Network.enable")
        self.call("Runtime.enable")
        start = time.monotonic()
        self.call("Page.navigate", {"url": "file://" + os.path.abspath(path)})
        deadline = start + (timeout or self.timeout)
        while time.monotonic() < deadline:
            if self.eval(f"!!({ready})"):
                return time.monotonic() - start
            time.sleep(0.02)
        raise ChromiumError(f"{path}: the page was not ready after {timeout or self.timeout} s")

    def wait_for(self, expression, timeout=2.0):
        """The value of a JS expression once it is truthy, polled until `timeout` seconds have
        passed (then its last value): a page under load may take a moment to react."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.eval(expression)
            if value or time.monotonic() >= deadline:
                return value
            time.sleep(0.02)

    def click(self, x, y):
        """A real mouse click at page coordinates (CSS pixels)."""
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left",
                                                   "buttons": 1 if kind == "mousePressed" else 0,
                                                   "clickCount": 1})

    def click_selector(self, selector):
        box = self.eval(f"""(() => {{
            const e = document.querySelector({json.dumps(selector)});
            if (!e) return null;
            e.scrollIntoView({{block: 'center'}});
            const r = e.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2];
        }})()""")
        if not box:
            raise ChromiumError(f"nothing matches {selector}")
        self.click(*box)

    def type_into(self, selector, text):
        self.click_selector(selector)
        self.call("Input.insertText", {"text": text})

    def requests(self):
        """The URLs of every request the page made."""
        return [e["params"]["request"]["url"] for e in self.events
                if e.get("method") == "Network.requestWillBeSent"]

    def exceptions(self):
        return [e["params"]["exceptionDetails"] for e in self.events
                if e.get("method") == "Runtime.exceptionThrown"]

    def screenshot(self, out):
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        with open(out, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.call("Browser.close", browser=True, timeout=5)
        except (ChromiumError, OSError):
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_browser)
        os.close(self.from_browser)
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def main():
    if len(sys.argv) not in (4, 6, 7) or sys.argv[1] != "screenshot":
        sys.exit("usage: chromium.py screenshot PAGE.html OUT.png [WIDTH HEIGHT [JS]]")
    width, height = (int(sys.argv[4]), int(sys.argv[5])) if len(sys.argv) >= 6 else (1400, 900)
    with Chromium(width, height) as c:
        c.open(sys.argv[2])
        if len(sys.argv) == 7:
            c.eval(sys.argv[6])
        c.pump(0.5)  # let the first frame draw
        c.screenshot(sys.argv[3])


if __name__ == "__main__":
    main()
