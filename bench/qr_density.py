#!/usr/bin/env python3
"""Symbol size and decode rate of vitrine's QR codes against the `qrencode` command's, same texts.

For each address a shop's codes carry (its page, its review and social links, the directory),
vitrine's PNG comes from the running daemon (`/s/<slug>/qr.png?for=…`, level M, 10 px a module,
4-module quiet zone) and the reference from `qrencode -l M -s 10 -m 4` on the address as the API
gives it. Each symbol's version is read from its image. Both images are then printed at the same
size (the whole code, quiet zone included, on one square) and photographed in the same 72
phone-like ways (DEGRADATIONS: small in the frame, tilted, in perspective, blurred, dim, noisy,
JPEG), each decoded by zxing-cpp and counted only when it gives back exactly the encoded text.

usage: qr_density.py [BINARY]   (default .build/release/vitrine; needs qrencode, PyPI zxing-cpp
and pillow). Makes the demo shop (`vitrine admin demo`), serves it on a free port with the default
public address (`http://127.0.0.1:8080`, the issue's example), then with public_base_url
https://vitrine.example.org publishes one shop with every link through the API; prints a markdown
table.
Tests/e2e/test_qr_density.py runs the same comparison (`compare`) and fails when vitrine's symbol
is larger or decodes less often.
"""
import functools
import io
import json
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from PIL import Image, ImageFilter
import zxingcpp

MODULE_PX = 10
QUIET = 4
PAPER = 236

# The shop whose codes are compared: its page plus every link a poster or a share may carry.
SHOP = {"name": "Boulangerie Pâtisserie du Vieux Port", "trade": "boulangerie", "phone": "04 91 12 34 56",
        "postcode": "13002", "city": "Marseille", "hours": [{"day": 2, "opens": "07:00", "closes": "19:30"}],
        "googleReview": "https://search.google.com/local/writereview?placeid=ChIJN1t_tDeuEmsRUsoyG83frY4",
        "facebook": "https://www.facebook.com/BoulangerieDuVieuxPort",
        "instagram": "https://www.instagram.com/boulangerie.vieuxport/",
        "website": "https://boulangerie-vieux-port.fr/"}
TARGETS = {"page": "page", "review": "googleReview", "facebook": "facebook", "instagram": "instagram",
           "website": "website"}


def _photographed(side, angle=0.0, tilt=0.0, blur=0.0, dim=False, noise=0, jpeg=0):
    """One way a phone may see the printed code: `side` px across the code, rotated by `angle`
    degrees, its top edge `tilt` narrower (perspective), blurred, dimmed, noisy, JPEG-compressed."""
    def photograph(code):
        image = code.resize((side, side), Image.LANCZOS)
        frame = Image.new("L", (side * 2, side * 2), PAPER)
        frame.paste(image, (side // 2, side // 2))
        if angle:
            frame = frame.rotate(angle, resample=Image.BICUBIC, fillcolor=PAPER)
        if tilt:
            w = frame.size[0]
            inset = tilt * w / 2
            frame = frame.transform(frame.size, Image.QUAD, (inset, 0, 0, w, w, w, w - inset, 0),
                                    resample=Image.BICUBIC, fillcolor=PAPER)
        if blur:
            frame = frame.filter(ImageFilter.GaussianBlur(blur))
        if dim:
            frame = frame.point(lambda v: 70 + v * 45 // 100)
        if noise:
            frame = Image.blend(frame, _grain(frame.size, noise), 0.25)
        if jpeg:
            buffer = io.BytesIO()
            frame.save(buffer, "JPEG", quality=jpeg)
            frame = Image.open(io.BytesIO(buffer.getvalue()))
        return frame
    return photograph


@functools.cache
def _grain(size, sigma):
    """Sensor noise, the same for every code photographed at this size."""
    rng = random.Random(size[0])
    return Image.frombytes("L", size, bytes(min(255, max(0, int(rng.gauss(128, sigma)))) for _ in range(size[0] * size[1])))


def _degradations():
    sides = (62, 70, 80, 96)
    blurs = (0.0, 0.8, 1.2)
    looks = (dict(), dict(angle=9), dict(angle=31, jpeg=60), dict(tilt=0.3), dict(dim=True, jpeg=35),
             dict(noise=40, angle=4))
    return [(f"{side}px blur {blur} {look or 'plain'}", _photographed(side, blur=blur, **look))
            for side in sides for blur in blurs for look in looks]


DEGRADATIONS = _degradations()


def version(png):
    """The symbol version of a PNG drawn at MODULE_PX a module with a QUIET-module margin."""
    modules = Image.open(io.BytesIO(png)).size[0] // MODULE_PX - 2 * QUIET
    return (modules - 17) // 4


def decoded(png, text):
    """How many DEGRADATIONS of `png` zxing-cpp reads back as exactly `text`."""
    code = gray(png)
    count = 0
    for _, photograph in DEGRADATIONS:
        found = zxingcpp.read_barcodes(photograph(code), formats=zxingcpp.BarcodeFormat.QRCode)
        count += any(result.text == text for result in found)
    return count


def gray(png):
    """The PNG on white paper, in grey levels (qrencode writes a palette with transparency)."""
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    return Image.alpha_composite(Image.new("RGBA", image.size, "white"), image).convert("L")


def qrencode(text):
    return subprocess.run(["qrencode", "-l", "M", "-s", str(MODULE_PX), "-m", str(QUIET), "-o", "-", text],
                          capture_output=True, check=True).stdout


def _decode_text(png):
    found = zxingcpp.read_barcodes(gray(png))
    return found[0].text if found else None


def compare(address, ours):
    """One row: the address, what vitrine's code carries, both versions, both decode counts."""
    theirs = qrencode(address)
    carried = _decode_text(ours)
    return {"address": address, "carried": carried, "ours_version": version(ours), "qrencode_version": version(theirs),
            "ours_decoded": decoded(ours, carried), "qrencode_decoded": decoded(theirs, address),
            "variants": len(DEGRADATIONS)}


def shop_rows(base, state, targets=TARGETS):
    """compare() for each of a published shop's codes (`state`: the API's ShopState), ours
    fetched from the daemon at `base`: its page, then the links typed in its draft."""
    rows = []
    for target, field in targets.items():
        address = state["links"]["page"] if target == "page" else state["draft"].get(field)
        if address:
            query = "" if target == "page" else f"&for={target}"
            ours = urllib.request.urlopen(f"{base}/s/{state['slug']}/qr.png?ecc=M&size={MODULE_PX}{query}",
                                          timeout=10).read()
            rows.append(compare(address, ours))
    return rows


def publish(base, draft):
    """A session with the publishing consent, the draft saved and published: the ShopState."""
    def call(method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"} if data else {})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"null")
    session = call("POST", "/api/v1/sessions", {"language": "fr"})["id"]
    notice = call("GET", "/api/v1/privacy?lang=fr")["noticeHash"]
    call("POST", f"/api/v1/sessions/{session}/consent",
         {"purposes": ["publish"], "hub": False, "noticeHash": notice, "pin": "4826"})
    call("PUT", f"/api/v1/sessions/{session}/shop", draft)
    return call("POST", f"/api/v1/sessions/{session}/shop/publish")


def markdown(rows):
    lines = ["| address (as the API gives it) | vitrine's code carries | version vitrine / qrencode | decoded of "
             f"{len(DEGRADATIONS)}: vitrine / qrencode |", "|---|---|---|---|"]
    for row in rows:
        lines.append(f"| `{row['address']}` | `{row['carried']}` | {row['ours_version']} / {row['qrencode_version']} "
                     f"| {row['ours_decoded']} / {row['qrencode_decoded']} |")
    ours = sum(row["ours_decoded"] for row in rows)
    theirs = sum(row["qrencode_decoded"] for row in rows)
    lines.append(f"| all | | | **{ours} / {theirs}** of {len(rows) * len(DEGRADATIONS)} |")
    return "\n".join(lines)


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/vitrine"
    root = Path(__file__).resolve().parents[1]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    rows = []
    with tempfile.TemporaryDirectory() as state:
        subprocess.run([binary, "admin", "demo", "--state-directory", state], check=True, capture_output=True)
        for public in ("", "https://vitrine.example.org"):
            settings = ["--set", f"public_base_url={public}"] if public else []
            server = subprocess.Popen([binary, "serve", "--port", str(port), "--state-directory", state,
                                       "--ui-directory", str(root / "kiosk-ui"),
                                       "--set", f"content_directory={root / 'content'}", *settings],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                base = f"http://127.0.0.1:{port}"
                for _ in range(300):
                    try:
                        urllib.request.urlopen(base + "/healthz", timeout=1)
                        break
                    except OSError:
                        time.sleep(0.05)
                if public:
                    rows += shop_rows(base, publish(base, SHOP))
                else:
                    demo = urllib.request.urlopen(f"{base}/s/demo/qr.png?ecc=M&size={MODULE_PX}", timeout=10).read()
                    rows.append(compare("http://127.0.0.1:8080/s/demo", demo))
            finally:
                server.terminate()
                server.wait()
    print(markdown(rows))


if __name__ == "__main__":
    main()
