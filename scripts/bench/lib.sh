# Shared by scripts/bench/run and scripts/bench/commands (sourced from the repository root).
#
#   bench_generator            compiles scripts/bench/GeneratePanel.swift (swiftc -O) into
#                              .build/bench/generate-panel unless it is up to date
#   bench_panel FILE ARGS…     writes FILE with the generator's ARGS unless it exists
#                              (always seed 20240601: the same bytes on every machine)
#   bench_floor                compiles scripts/bench/floor.c (cc -O2) into .build/bench/floor
#                              unless it is up to date; prints nothing and fails without cc
generator=.build/bench/generate-panel
floor_program=.build/bench/floor

bench_generator() {
  mkdir -p .build/bench
  if [ ! -x "$generator" ] || [ scripts/bench/GeneratePanel.swift -nt "$generator" ]; then
    echo "bench: compiling the panel generator" >&2
    swiftc -O scripts/bench/GeneratePanel.swift -o "$generator"
  fi
}

bench_panel() {
  local file="$1"
  shift
  if [ ! -s "$file" ]; then
    bench_generator
    echo "bench: writing $file ($*)" >&2
    "$generator" "$@" --seed 20240601 --output "$file.tmp"
    mv "$file.tmp" "$file"
  fi
}

bench_floor() {
  command -v cc > /dev/null || return 1
  mkdir -p .build/bench
  if [ ! -x "$floor_program" ] || [ scripts/bench/floor.c -nt "$floor_program" ]; then
    echo "bench: compiling the machine-floor probe" >&2
    cc -O2 scripts/bench/floor.c -o "$floor_program"
  fi
}
