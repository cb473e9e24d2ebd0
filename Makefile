# Conveniences over scripts/ (the README's two commands work without make).
.PHONY: run test bench release clean

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

clean:
	rm -rf .build vitrine
