#!/bin/sh
# Starts the installed Tillit product with the Equinox launcher jar (no native launcher:
# Maven Central does not carry Eclipse's executables). Options: see ./tillit --help in the sources.
HERE="$(cd "$(dirname "$0")" && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LAUNCHER="$(ls "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
exec "$JAVA" -Xmx2g ${TILLIT_VMARGS} -jar "$LAUNCHER" -data "${TILLIT_WORKSPACE:-@user.home/.tillit/workspace}" "$@"
