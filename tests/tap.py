"""tap.py - the TAP plumbing the Python tests share: numbered checks, a loud skip, the plan.

    import tap                      # after sys.path.insert(0, <tests dir>)
    tap.check(ok, 'what', detail)   # "ok N - what" or "not ok N - what" and up to 30 detail lines
    tap.skip_unless(path, why)      # no such path: say so on stderr and skip the whole test
    tap.done()                      # print the plan and exit 1 when any check failed
"""
import os
import sys

n = 0
failed = 0


def check(ok, what, detail=''):
    global n, failed
    n += 1
    print(f'{"ok" if ok else "not ok"} {n} - {what}')
    if not ok:
        failed += 1
        for line in str(detail).splitlines()[:30]:
            print(f'#   {line}')
    return ok


def skip_unless(path, why):
    """Skips the test, loudly, when `path` does not exist: `why` says what it needed."""
    if not os.path.exists(path):
        msg = f'{why} (not found: {path})'
        print(f'!!! SKIPPED: {msg}', file=sys.stderr)
        print(f'1..0 # SKIP {msg}')
        sys.exit(0)


def done():
    print(f'1..{n}')
    sys.exit(1 if failed else 0)
