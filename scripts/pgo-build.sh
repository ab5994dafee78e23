#!/usr/bin/env bash
# Builds a profile-guided (PGO) release binary of ido: an instrumented build first,
# trained on the bundled example content (with flyers, posters and slides) and on 1,000
# synthetic locations (site, feeds and slideshows), then the release build that uses the
# merged profile. Same code and the same output as `cargo build --release`, with 4-10 %
# less user time on this project's 2-core machine (README: "A faster binary:
# profile-guided" and "Side by side with Hugo").
# Needs rustup's llvm-tools (for llvm-profdata; added when missing). Two full release
# builds for the host target (`--target`, so build scripts and proc-macros are not
# instrumented), in folders of their own under the cargo target folder. RUSTFLAGS you set
# are kept. Progress goes to stderr; the one line on stdout is the binary's path.
set -euo pipefail
given="${CARGO_TARGET_DIR:-}"
[ -n "$given" ] && given="$(realpath -m -- "$given")"
cd "$(dirname "$0")/.."
root="$(pwd)"
target="${given:-$root/target}"
host="$(rustc -vV | sed -n 's/^host: //p')"
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
  echo "== adding rustup's llvm-tools (for llvm-profdata)" >&2
  rustup component add llvm-tools >&2
fi
if [ ! -x "$profdata" ]; then
  echo "llvm-profdata not found at $profdata (it comes with rustup's llvm-tools component)" >&2
  exit 1
fi
unset LLVM_PROFILE_FILE
flags="${RUSTFLAGS:-}"

data="$target/pgo-data"
rm -rf "$data"
mkdir -p "$data"
echo "== 1/3 instrumented build" >&2
CARGO_TARGET_DIR="$target/pgo-generate" RUSTFLAGS="$flags -Cprofile-generate=$data/raw" \
  cargo build --release --bin ido --target "$host" >&2
trained="$target/pgo-generate/$host/release/ido"

echo "== 2/3 training runs" >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$trained" synthetic --locations 1000 --from content --output "$work/synthetic" >/dev/null
"$trained" build --no-print --content "$work/synthetic" --output "$work/site-synthetic" \
  --templates templates >/dev/null
"$trained" build --content content --output "$work/site-example" --templates templates >/dev/null
"$profdata" merge -o "$data/ido.profdata" "$data/raw"

echo "== 3/3 release build with the profile" >&2
# Cargo does not see that the profile changed: build every crate again with it.
rm -rf "$target/pgo"
CARGO_TARGET_DIR="$target/pgo" RUSTFLAGS="$flags -Cprofile-use=$data/ido.profdata" \
  cargo build --release --bin ido --target "$host" >&2
echo "$target/pgo/$host/release/ido"
