#!/usr/bin/env bash
# Benchmark: generates a corpus, builds it with `java -jar target/backstory.jar` in fresh
# processes (and with Hugo or Eleventy when --hugo or --eleventy is given), checks the site
# and prints the figures.
#   bench/run.sh --explainers 10000 --hugo
# Options: bench/run.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
args=""
for arg in "$@"; do args+=" \"$arg\""; done   # keeps --jvm "A B" one argument
mvn -q -B -DskipTests package
# Eleventy, for --eleventy, at the versions bench/eleventy/package-lock.json pins.
if [[ " $* " == *" --eleventy "* && ! -x bench/eleventy/node_modules/.bin/eleventy ]]; then
  npm ci --prefix bench/eleventy --no-audit --no-fund --loglevel=error
fi
# The warm preview rebuild is timed in this JVM, with the collector README recommends for
# previewing a big site.
MAVEN_OPTS="-Xmx3g -XX:+UseParallelGC ${MAVEN_OPTS:-}" mvn -q -B -Pbench exec:java -Dexec.args="$args"
