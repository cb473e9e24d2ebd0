#!/usr/bin/env python3
"""Instructions the hub spends on one login post refused because the idle lane is full.

usage: login_refusal_instructions.py VITRINE_BINARY WORK_DIR [N]
The hub runs under `valgrind --tool=callgrind --separate-threads=yes --instr-atstart=no`. Its idle
lane is filled with real login posts (their 600,000-round hashes take minutes under valgrind, so
the lane stays full), then instrumentation is switched on and N posts (default 200), each on a new
connection as a flood sends them, are answered 503; the instructions of every thread but the
hashing one (the one running PBKDF2's inner loop) are divided by N. User space only (callgrind counts no
kernel work), independent of the box's load.
"""
import glob, http.client, os, re, shutil, socket, subprocess, sys, time, urllib.parse

BIN, WORK = os.path.abspath(sys.argv[1]), sys.argv[2]
N = int(sys.argv[3]) if len(sys.argv) > 3 else 200
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK + "/hub")
ENV = {k: v for k, v in os.environ.items() if not k.startswith("VITRINE_")}
subprocess.run([BIN, "hub", "add-kiosk", "k1", "--state-directory", WORK + "/hub"], capture_output=True, env=ENV, check=True)
subprocess.run([BIN, "hub", "set-admin-password", "anne", "--state-directory", WORK + "/hub"], input=b"motdepasse-du-banc\n",
               capture_output=True, env=ENV, check=True)
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
out = WORK + "/callgrind.out"
hub = subprocess.Popen(["valgrind", "--tool=callgrind", "--separate-threads=yes", "--instr-atstart=no", f"--callgrind-out-file={out}",
                        BIN, "hub", "--port", str(port), "--state-directory", WORK + "/hub", "--log-level", "warning"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
try:
    for _ in range(1500):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=60); c.request("GET", "/healthz")
            if c.getresponse().status == 200: break
        except OSError: pass
        time.sleep(0.2)
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60); c.request("GET", "/admin/login"); r = c.getresponse()
    token = re.search(rb'name="login" value="([^"]+)"', r.read()).group(1).decode()
    cookie = [v for k, v in r.getheaders() if k.lower() == "set-cookie" and v.startswith("vitrine_login=")][0].split(";")[0]

    def post(index, wait=True):
        body = urllib.parse.urlencode({"login": token, "name": f"guess{index}", "password": "wrong-password"}).encode()
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(b"POST /admin/login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: " + cookie.encode()
                     + b"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        if not wait: return sock
        answer = b""
        while chunk := sock.recv(65536): answer += chunk
        sock.close()
        parts = answer.split(b" ", 2)
        return int(parts[1]) if len(parts) > 1 else 0

    held = [post(i, wait=False) for i in range(12)]  # one hashing, eight waiting, the rest refused
    for _ in range(600):
        if post(1000) == 503: break
        time.sleep(0.5)
    subprocess.run(["callgrind_control", "-i", "on", str(hub.pid)], stdout=subprocess.DEVNULL, check=True)
    statuses = [post(2000 + i) for i in range(N)]
    subprocess.run(["callgrind_control", "-i", "off", str(hub.pid)], stdout=subprocess.DEVNULL, check=True)
    if statuses.count(503) != N:
        sys.exit(f"answers {({s: statuses.count(s) for s in set(statuses)})}: the lane emptied meanwhile (its hashes done); rerun, or with a smaller N")
finally:
    hub.terminate(); hub.wait()
total = 0
for path in glob.glob(out + "*"):
    text = open(path, errors="replace").read()
    if "EVP_MD_CTX_copy_ex" in text: continue  # the hashing thread (PBKDF2's inner loop; libcrypto is stripped)
    total += max([int(v) for v in re.findall(r"^(?:summary|totals): (\d+)", text, re.M)] or [0])
print(f"{os.path.basename(BIN)}: {total / N:,.0f} instructions per refused login post (N={N})")
