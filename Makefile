# Conveniences over scripts/ (the README's two commands work without make).
.PHONY: run test bench fuzz faults release deb deb-test clean

run:
	./scripts/run

test:
	./scripts/test

# Release build as shipped: static Swift stdlib, stripped.
release:
	swift build -c release --static-swift-stdlib --product vitrine
	strip -o vitrine .build/release/vitrine

bench:
	./scripts/bench

# Long fault runs (30-minute soak with RSS samples, 10-minute hub outage under load).
faults:
	./scripts/fault-runs

# libFuzzer targets (Fuzz/), FUZZ_SECONDS each (default 60); crashes land in artifacts/fuzz/.
fuzz:
	./scripts/fuzz

# Debian package in dist/ (packaging/build-deb.sh); deb-test installs it in a scratch root and
# checks the binary, the configuration and the units (packaging/test-deb.sh).
deb:
	./packaging/build-deb.sh

deb-test:
	./packaging/test-deb.sh

clean:
	rm -rf .build vitrine dist
