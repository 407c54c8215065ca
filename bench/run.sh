#!/usr/bin/env bash
# Benchmark: generates a corpus, builds it with `java -jar target/backstory.jar` in fresh
# processes (and with Hugo when --hugo is given), checks the site and prints the figures.
#   bench/run.sh --explainers 10000 --hugo
# Options: bench/run.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
args=""
for arg in "$@"; do args+=" \"$arg\""; done   # keeps --jvm "A B" one argument
mvn -q -B -DskipTests package
# The warm preview rebuild is timed in this JVM, with the collector README recommends for
# previewing a big site.
MAVEN_OPTS="-Xmx3g -XX:+UseParallelGC ${MAVEN_OPTS:-}" mvn -q -B -Pbench exec:java -Dexec.args="$args"
