#!/usr/bin/env python3
"""How the HTML viewer behaves on a large graph in headless Chromium.

    bench_viewer.py PAGE.html

PAGE is typically `bench_export 21000 html DIR 4800` (5,000 nodes, about 20,000 edges). Prints
the time from navigation until the viewer is ready (JSON parsed, Cytoscape built, filters
applied, fitted), then, each as the median of 5 runs measured in the page with performance.now()
up to the next drawn frame (two requestAnimationFrame callbacks): a search as typed, a relation
filter toggled, focusing a hub at depth 2 and back, a zoom step and a pan step.
"""
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import chromium  # noqa: E402

FRAME = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def timed(c, action):
    return c.eval(f"""(async () => {{
        const t = performance.now();
        {action};
        await {FRAME};
        return performance.now() - t; }})()""", timeout=120)


def main():
    page = sys.argv[1]
    with chromium.Chromium(1400, 900, timeout=120) as c:
        load = c.open(page, timeout=120)
        first = timed(c, "0")
        n = c.eval("[rawabit.cy.nodes().length, rawabit.cy.edges().length]")
        print(f"graph: {n[0]} nodes, {n[1]} edges; page {os.path.getsize(page) / 1e6:.1f} MB")
        print(f"load until ready:      {load * 1000:8.0f} ms (then first frame {first:.0f} ms)")
        t = c.eval("rawabit.timings")
        print(f"  in the page: JSON parsed {t['parsed'] - t['start']:.0f} ms, Cytoscape built "
              f"{t['drawn'] - t['parsed']:.0f} ms, filters and fit {t['ready'] - t['drawn']:.0f} ms")
        # A real wheel gesture over the graph: Cytoscape moves a cached texture while it lasts.
        wheel = []
        for _ in range(5):
            c.eval("window.__t = performance.now()")
            c.call("Input.dispatchMouseEvent", {"type": "mouseWheel", "x": 600, "y": 450,
                                                "deltaX": 0, "deltaY": -120})
            wheel.append(c.eval(f"(async () => {{ await {FRAME}; return performance.now() - window.__t; }})()"))
        print(f"{'wheel zoom (gesture):':22} {statistics.median(wheel):8.0f} ms (median of 5; max {max(wheel):.0f})")
        hub = c.eval("rawabit.data.nodes.reduce((a, b) => b.factIds.length > a.factIds.length ? b : a).id")
        cases = {
            "search as typed": """const s = document.getElementById('search');
                s.value = 'الشرع'; s.dispatchEvent(new Event('input'))""",
            "toggle relation": "document.querySelector('#f-rel input').click()",
            "focus hub, depth 2": f"rawabit.focus({hub!r})",
            "whole graph again": "rawabit.focus(null)",
            "zoom step": "rawabit.cy.zoom({level: rawabit.cy.zoom() * 1.25, renderedPosition: {x: 500, y: 400}})",
            "pan step": "rawabit.cy.panBy({x: 40, y: 25})",
        }
        for name, action in cases.items():
            runs = [timed(c, action) for _ in range(5)]
            print(f"{name + ':':22} {statistics.median(runs):8.0f} ms (median of 5; max {max(runs):.0f})")
        errors = c.exceptions()
        if errors:
            print("script errors:", errors)
            sys.exit(1)


if __name__ == "__main__":
    main()
