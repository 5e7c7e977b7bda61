# Installs dyad: `make install PREFIX=$HOME/.local` after `swift build -c release --product dyad`.
#
# dyad reads its dictionaries, models and ontology from the resource folders SwiftPM puts beside
# the binary (dyad_DyadLexicon.resources and the others), so they are installed together, in
# PREFIX/lib/dyad, and PREFIX/bin/dyad links to the binary there.

PREFIX ?= /usr/local
# The folder holding the built binary: `swift build -c release` puts it here.
BIN_DIR ?= $(shell swift build -c release --show-bin-path)

.PHONY: release install uninstall

release:
	swift build -c release --product dyad

install:
	@test -x "$(BIN_DIR)/dyad" || { echo "no dyad in $(BIN_DIR): run 'make release' (swift build -c release --product dyad) first" >&2; exit 1; }
	install -d "$(PREFIX)/lib/dyad" "$(PREFIX)/bin"
	install -m 755 "$(BIN_DIR)/dyad" "$(PREFIX)/lib/dyad/dyad"
	for r in "$(BIN_DIR)"/*.resources; do \
	  case "$$r" in *Tests.resources) continue ;; esac; \
	  rm -rf "$(PREFIX)/lib/dyad/$$(basename "$$r")"; cp -R "$$r" "$(PREFIX)/lib/dyad/"; \
	done
	ln -sf ../lib/dyad/dyad "$(PREFIX)/bin/dyad"

uninstall:
	rm -rf "$(PREFIX)/lib/dyad" "$(PREFIX)/bin/dyad"
