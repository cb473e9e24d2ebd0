"""The densest symbol (issue #15): for every code of a published shop (its page, review and social
links) and for the demo page at the default loopback address, vitrine's symbol is no larger than
the `qrencode` command's for the same address, and zxing-cpp reads it at least as often under the
same 72 phone-like degradations. The comparison is bench/qr_density.py's, whose figures are in
BENCHMARKS.md."""
import os
import subprocess
import sys
import urllib.request

import pytest
import zxingcpp

from conftest import REPO, Server, _binary
from qrtext import scanned

sys.path.insert(0, str(REPO / "bench"))
import qr_density  # noqa: E402  (bench/ is not a package)


@pytest.fixture(scope="module", params=["", "https://vitrine.example.org"], ids=["loopback", "public"])
def codes(request):
    """The comparison rows of one kiosk: with no public address, the demo shop's page (the text
    the issue measured); with one, a shop's page and its four links."""
    server = Server({"public_base_url": request.param} if request.param else None)
    try:
        if request.param:
            yield qr_density.shop_rows(server.url, qr_density.publish(server.url, qr_density.SHOP))
        else:
            # Like Server: no VITRINE_* variable of the harness (the daemon refuses unknown ones).
            env = {k: v for k, v in os.environ.items() if not k.startswith("VITRINE_")}
            subprocess.run([_binary(), "admin", "demo", "--state-directory", server.state], check=True, env=env)
            yield qr_density.shop_rows(server.url, {"slug": "demo", "links": {"page": "http://127.0.0.1:8080/s/demo"}},
                                       {"page": "page"})
    finally:
        server.stop()


def test_no_larger_than_qrencode(codes):
    assert len(codes) == len(qr_density.TARGETS) or codes[0]["address"] == "http://127.0.0.1:8080/s/demo", codes
    for row in codes:
        assert row["carried"] == scanned(row["address"]), row
        assert row["ours_version"] <= row["qrencode_version"], row
    # The example, version 3 in byte mode where qrencode made 2, is now version 2.
    assert all(row["ours_version"] == 2 for row in codes if row["address"].endswith("/s/demo")), codes


def test_decoded_at_least_as_often_as_qrencode(codes):
    """Where vitrine's symbol is smaller, it must read at least as often. At the same version the
    two symbols still differ (capitals in the scheme and host, so another mask), and which of
    them a given degradation defeats is luck of the pattern (±2 of 72 measured): there the
    criterion is the rate over all of the kiosk's codes together."""
    assert len(qr_density.DEGRADATIONS) >= 72
    for row in codes:
        if row["ours_version"] < row["qrencode_version"]:
            assert row["ours_decoded"] >= row["qrencode_decoded"], row
    assert sum(row["ours_decoded"] for row in codes) >= sum(row["qrencode_decoded"] for row in codes), codes


def test_non_ascii_address_keeps_its_utf8_bytes():
    """An internationalised host stays UTF-8 in an 8-bit segment (only its ASCII letters become
    capitals), and zxing-cpp reads back exactly those bytes, digits and capitals around them."""
    server = Server({"public_base_url": "https://vitrine.example.org"})
    try:
        draft = {key: value for key, value in qr_density.SHOP.items() if key not in qr_density.TARGETS.values()}
        draft["website"] = "https://pâtisserie-élodie.fr/Menu-2026?n=12345678901234"
        state = qr_density.publish(server.url, draft)
        png = urllib.request.urlopen(f"{server.url}/s/{state['slug']}/qr.png?for=website&size=6", timeout=10).read()
    finally:
        server.stop()
    found = zxingcpp.read_barcodes(qr_density.gray(png))
    assert [code.bytes for code in found] == ["HTTPS://PâTISSERIE-éLODIE.FR/Menu-2026?n=12345678901234".encode()]
