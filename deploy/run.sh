#!/usr/bin/env bash
# Builds the assistant if the jar is missing or older than any source, then runs it in the foreground.
# Configuration comes from the environment (see README); Ctrl-C or SIGTERM stops it gracefully.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=adapters/target/focalbot.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml knowledge bot adapters -newer "$jar" -type f \
      \( -name pom.xml -o -path '*/src/main/*' \) -print -quit)" ]; then
  echo "focalbot: building $jar ..." >&2
  mvn -B -q -DskipTests package
fi
exec java -Dfile.encoding=UTF-8 -jar "$jar" "$@"
