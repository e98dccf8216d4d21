"""Shared pieces of the fixture portals' self-checks (``test_*_selfcheck.py``): how they fetch.

The self-checks test a fixture against itself, never the crawler. Each portal's helper wrote its
own; the pieces that came out the same in most of them live here, so a change to how a check
fetches (no proxy, no redirects followed, the status of an error page) is made once.
"""

from __future__ import annotations

import urllib.error
import urllib.request

from crawler.demo.server import PortalServer


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


#: an opener that ignores proxy settings (traffic stays on loopback) and follows no redirect, so a
#: check sees the status and Location a crawler would
NO_REDIRECTS = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def fetch(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """Status, body and headers of one request; redirects are not followed."""
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)
