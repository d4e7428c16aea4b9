#!/usr/bin/env bash
# How fast mooc serve rebuilds one edited lesson of the example course, after warm-up.
# Prints min, median, p90 and max of 50 rebuilds; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
cp=$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -cp "target/classes:target/test-classes:$cp" org.moocbuilder.bench.IncrementalRebuildBenchmark
