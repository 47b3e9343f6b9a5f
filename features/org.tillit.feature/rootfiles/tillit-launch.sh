#!/bin/sh
# Starts the installed Tillit product with the Equinox launcher jar (no native launcher:
# Maven Central does not carry Eclipse's executables). Options: see ./tillit --help in the sources.
HERE="$(cd "$(dirname "$0")" && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LAUNCHER="$(ls "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
WORKSPACE="${TILLIT_WORKSPACE:-$HOME/.tillit/workspace}"
# Equinox writes its log to WORKSPACE/.metadata/.log only if the folder exists when it starts
# (otherwise into the product's configuration/ folder, under a new name each time).
mkdir -p "$WORKSPACE"
exec "$JAVA" -Xmx2g ${TILLIT_VMARGS} -jar "$LAUNCHER" -data "$WORKSPACE" "$@"
