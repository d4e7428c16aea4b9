#!/usr/bin/env bash
# How fast mooc serve rebuilds one edited lesson of the example course, after warm-up.
# Prints min, median, p90 and max of 50 rebuilds; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Dstyle.color=never -DskipTests test-compile
# Written to a file: Maven may put terminal escapes around what it prints, even with -q.
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp=$(cat target/bench-classpath.txt)
java -cp "target/classes:target/test-classes:$cp" org.moocbuilder.bench.IncrementalRebuildBenchmark
