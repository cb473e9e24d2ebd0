"""schemathesis over the daemon's own OpenAPI document: generated and mutated requests for every
operation (with the stateful links from a started session). Not one server error, and the daemon
healthy afterwards. The daemon has a printer (a private cupsd with cups-pdf, as a kiosk has one):
without it the print routes rightly answer 503 `printer_unavailable`, which says nothing about
the daemon."""
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from test_printing import cups, kiosk  # noqa: F401 (cups is a fixture)


def test_no_server_error_on_any_documented_operation(cups):
    tool = Path(sys.executable).parent / "schemathesis"
    if not tool.exists():
        pytest.skip("schemathesis is not installed in this virtualenv")
    server = kiosk(cups, {"printer": cups.queue})
    try:
        result = subprocess.run([str(tool), "run", server.url + "/api/v1/openapi.json", "--checks", "not_a_server_error",
                                 "--max-examples", os.environ.get("SCHEMATHESIS_EXAMPLES", "40"), "--seed", "1",
                                 "--no-color"], capture_output=True, text=True, timeout=600)
        summary = result.stdout[-3000:]
        # What failed (schemathesis prints each failure with its request before the summary).
        start = result.stdout.find("FAILURES")
        failures = result.stdout[start:start + 6000] if start >= 0 else ""
        assert result.returncode == 0, failures + "\n…\n" + summary
        assert "passed" in summary, summary
        with urllib.request.urlopen(server.url + "/healthz", timeout=5) as response:
            assert response.status == 200
        assert server.process.poll() is None
    finally:
        server.stop()
