"""What a QR code of a web address decodes to: the daemon upper-cases an http(s) address's scheme
and host (case-insensitive, RFC 3986) so they fit QR's alphanumeric mode; the rest is as it was."""
import re


def scanned(url):
    """`url` as its QR code carries it (user information and IP literals aside, unused here)."""
    match = re.match(r"(?i)(https?://)([^/?#:]+)(.*)$", url, re.S)
    return match[1].upper() + match[2].upper() + match[3] if match else url
