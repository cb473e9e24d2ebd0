#!/usr/bin/env python3
"""Which segmentation gives the smaller symbol: libqrencode's own (`QRcode_encodeString` with the
8-bit hint, case-sensitive: what vitrine's QRCode.matrix calls), an optimal one (dynamic
programming over numeric / alphanumeric / 8-bit segments for each of the three length-field
sizes, appended with `QRinput_append`), or all 8-bit (`QRcode_encodeData`, vitrine before).

usage: qr_segments.py [N]   (needs libqrencode4; prints a markdown table of symbol versions at level
M, then how often each split is larger on N random URL-like addresses, default 3000)
"""
import ctypes
import random
import sys

LIB = ctypes.CDLL("libqrencode.so.4")
LEVEL_M = 1
NUM, AN, BYTE = 0, 1, 2
ALNUM = set(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


class QRcode(ctypes.Structure):
    _fields_ = [("version", ctypes.c_int), ("width", ctypes.c_int), ("data", ctypes.c_void_p)]


LIB.QRcode_encodeString.restype = ctypes.POINTER(QRcode)
LIB.QRcode_encodeData.restype = ctypes.POINTER(QRcode)
LIB.QRcode_encodeInput.restype = ctypes.POINTER(QRcode)
LIB.QRinput_new2.restype = ctypes.c_void_p
LIB.QRinput_append.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_char_p]
LIB.QRcode_encodeInput.argtypes = [ctypes.c_void_p]
LIB.QRinput_free.argtypes = [ctypes.c_void_p]


def _version(code):
    if not code:
        return None
    version = code.contents.version
    LIB.QRcode_free(code)
    return version


def libqrencode_split(data):
    return _version(LIB.QRcode_encodeString(data, 0, LEVEL_M, BYTE, 1))


def all_bytes(data):
    return _version(LIB.QRcode_encodeData(len(data), data, 0, LEVEL_M))


# Character-count bits per mode for versions 1–9, 10–26, 27–40.
COUNT_BITS = {NUM: (10, 12, 14), AN: (9, 11, 13), BYTE: (8, 16, 16)}


def _bits(mode, n, group):
    body = {NUM: 10 * (n // 3) + (0, 4, 7)[n % 3], AN: 11 * (n // 2) + 6 * (n % 2), BYTE: 8 * n}[mode]
    return 4 + COUNT_BITS[mode][group] + body


def optimal_segments(data, group):
    """The fewest-bits split of `data` for one length-field group: O(n²) over segment ends."""
    allowed = {NUM: lambda b: 48 <= b <= 57, AN: lambda b: b in ALNUM, BYTE: lambda b: True}
    best = [0] + [None] * len(data)
    choice = [None] * (len(data) + 1)
    for end in range(1, len(data) + 1):
        for mode in (NUM, AN, BYTE):
            start = end
            while start > 0 and allowed[mode](data[start - 1]):
                start -= 1
                cost = best[start] + _bits(mode, end - start, group)
                if best[end] is None or cost < best[end]:
                    best[end], choice[end] = cost, (start, mode)
    segments, end = [], len(data)
    while end > 0:
        start, mode = choice[end]
        segments.append((mode, data[start:end]))
        end = start
    return segments[::-1]


def optimal(data):
    versions = []
    for group in range(3):
        source = LIB.QRinput_new2(0, LEVEL_M)
        for mode, chunk in optimal_segments(data, group):
            LIB.QRinput_append(source, mode, len(chunk), chunk)
        versions.append(_version(LIB.QRcode_encodeInput(source)))
        LIB.QRinput_free(source)
    return min(v for v in versions if v)


TEXTS = [
    "http://127.0.0.1:8080/s/demo", "HTTP://127.0.0.1:8080/s/demo",
    "https://vitrine.example.org/s/demo", "HTTPS://VITRINE.EXAMPLE.ORG/s/demo",
    "HTTPS://VITRINE.EXAMPLE.ORG/Q/K7A2C", "HTTPS://VITRINE.EXAMPLE.ORG/s/boulangerie-patisserie-du-vieux-port",
    "HTTPS://SEARCH.GOOGLE.COM/local/writereview?placeid=ChIJN1t_tDeuEmsRUsoyG83frY4",
    "HTTPS://WWW.FACEBOOK.COM/BoulangerieDuVieuxPort", "HTTPS://CCI-LYON.VITRINE.FR/p/3F9A2C71D0B84E6A",
    "CRÊPERIE 75001 PARIS 0123456789 crêpes à emporter, 12 RUE DU PONT",
    "tel:+33478123456", "HTTPS://VITRINE.EXAMPLE.ORG/s/creperie-elodie?utm_source=affiche&utm_medium=qr&ref=20261202",
]


def random_addresses(count, seed=1):
    """URL-like texts with an upper-cased host and a path of mixed case, digits and punctuation."""
    rng = random.Random(seed)
    path_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?=&%:"
    for _ in range(count):
        host = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-") for _ in range(rng.randint(5, 30)))
        path = "".join(rng.choice(path_chars if rng.random() < 0.7 else "0123456789") for _ in range(rng.randint(0, 120)))
        yield ("HTTPS://" + host + "/" + path).encode()


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    print("| text | all 8-bit | libqrencode's split | optimal segments |")
    print("|---|---:|---:|---:|")
    for text in TEXTS:
        data = text.encode()
        print(f"| `{text}` | {all_bytes(data)} | {libqrencode_split(data)} | {optimal(data)} |")
    larger = smaller = 0
    for data in random_addresses(count):
        split, best = libqrencode_split(data), optimal(data)
        larger += split > best
        smaller += split < best
    print(f"\n{count} random addresses (seed 1): libqrencode's split a larger version than optimal on {larger}, "
          f"smaller on {smaller}.")


if __name__ == "__main__":
    main()
