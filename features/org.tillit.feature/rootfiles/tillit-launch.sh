#!/bin/sh
# Starts the installed Tillit product with the Equinox launcher jar (no native launcher:
# Maven Central does not carry Eclipse's executables). Options: see ./tillit --help in the sources.
HERE="$(cd "$(dirname "$0")" && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LAUNCHER="$(ls "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
PREFS="${TILLIT_WORKSPACE:-$HOME/.tillit/workspace}/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.tillit.ui.prefs"

# The workbench's language (Edit > Preferences), given to Equinox as -nl so that it holds before any
# message loads; none for "follow the system". The command line (-application ...) follows the locale.
language() {
  case " $* " in
    *" -application "*) ;;
    *) sed -n 's/^ui\.language=\(sv\|en\)$/-nl \1/p' "$PREFS" 2>/dev/null ;;
  esac
}

# Exit code 23 is the workbench asking to be restarted (after a new language was chosen).
while :; do
  "$JAVA" -Xmx2g ${TILLIT_VMARGS} -jar "$LAUNCHER" -data "${TILLIT_WORKSPACE:-@user.home/.tillit/workspace}" \
    $(language "$@") "$@"
  status=$?
  [ "$status" -eq 23 ] || exit "$status"
done
