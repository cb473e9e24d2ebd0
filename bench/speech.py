#!/usr/bin/env python3
"""Time to first audio on POST /api/v1/speech: uncached (each sentence new, so espeak-ng runs)
and cached (the same sentences again), with the daemon's RSS before and after. Prints a
markdown section.

usage: speech.py BINARY STATE_DIR UI_DIR [SENTENCES]
The time is until the first byte of the WAV answer (the answer is sent whole, once made).
"""
import http.client, json, os, socket, statistics, subprocess, sys, time

SENTENCES = [
    "Votre commerce a-t-il une fiche Google, celle qui apparaît dans Google Maps ?",
    "Vos clients peuvent-ils réserver ou commander en ligne sans vous appeler d'abord ?",
    "Répondez-vous aux avis laissés par vos clients sur internet chaque semaine ou presque ?",
    "Avez-vous un site internet à jour avec vos horaires, vos prix et votre adresse ?",
    "Publiez-vous des photos de vos produits sur un réseau social au moins une fois par mois ?",
    "Acceptez-vous le paiement sans contact et le paiement par téléphone dans votre boutique ?",
    "Savez-vous combien de personnes ont vu votre fiche le mois dernier sur internet ?",
    "Vos horaires d'ouverture sont-ils les mêmes partout où votre commerce est présenté en ligne ?",
    "Souhaitez-vous qu'un conseiller de la chambre de commerce vous rappelle cette semaine ?",
    "Voulez-vous imprimer une affiche avec un code à scanner pour votre vitrine dès maintenant ?",
    "Connaissez-vous les aides de la région pour équiper votre commerce en outils numériques ?",
]

def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port

def rss(pid):
    fields = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status"))
    return tuple(int(fields[k].split()[0]) / 1024 for k in ("VmRSS", "RssAnon"))

def speak(port, text):
    body = json.dumps({"text": text, "language": "fr"})
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    start = time.perf_counter()
    conn.request("POST", "/api/v1/speech", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    first = time.perf_counter() - start
    audio = response.read()
    conn.close()
    assert response.status == 200, (response.status, audio[:200])
    return first * 1000, len(audio)

def main():
    binary, state, ui = sys.argv[1], sys.argv[2], sys.argv[3]
    count = int(sys.argv[4]) if len(sys.argv) > 4 else len(SENTENCES)
    sentences = SENTENCES[:count]
    subprocess.run([binary, "admin", "demo", "--state-directory", state], stdout=subprocess.DEVNULL, check=True)
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--port", str(port), "--state-directory", state, "--ui-directory", ui,
                             "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close(); break
            except OSError:
                time.sleep(0.05)
        time.sleep(1)
        idle = rss(proc.pid)
        uncached = [speak(port, s) for s in sentences]
        cached = [speak(port, s) for s in sentences]
        after = rss(proc.pid)
    finally:
        proc.terminate(); proc.wait()
    un = sorted(t for t, _ in uncached); ca = sorted(t for t, _ in cached)
    kb = statistics.median(n for _, n in uncached) / 1024
    print(f"Release binary, fresh state (`vitrine admin demo`), `vitrine serve`; {len(sentences)} different French")
    print("sentences of 13–16 words (the check's question first), each posted once (uncached: espeak-ng runs)")
    print("then again (cached), one at a time; time until the answer's first byte:\n")
    print("```sh\npython3 bench/speech.py BIN STATE kiosk-ui\n```\n")
    print("| | median | min | max | budget |\n|---|---:|---:|---:|---:|")
    print(f"| first audio, uncached | {statistics.median(un):.1f} ms | {un[0]:.1f} ms | {un[-1]:.1f} ms | ≤ 300 ms |")
    print(f"| first audio, cached | {statistics.median(ca):.2f} ms | {ca[0]:.2f} ms | {ca[-1]:.2f} ms | |")
    print(f"\nWAV size median {kb:.0f} KB (22,050 Hz, 16-bit mono). `VmRSS`/`RssAnon` idle {idle[0]:.1f}/{idle[1]:.2f} MB, "
          f"after the {2 * len(sentences)} requests {after[0]:.1f}/{after[1]:.2f} MB (the cache holds the audio; espeak-ng's "
          "voice data leaves with each child).")

if __name__ == "__main__":
    main()
