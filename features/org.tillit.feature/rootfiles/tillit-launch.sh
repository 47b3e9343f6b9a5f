#!/bin/sh
# Starts the installed Tillit product with the Equinox launcher jar (no native launcher:
# Maven Central does not carry Eclipse's executables). Options: see ./tillit --help in the sources.
HERE="$(cd "$(dirname "$0")" && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LAUNCHER="$(ls "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
DATA="${TILLIT_WORKSPACE:-@user.home/.tillit/workspace}"

# The command line (-application ...) follows the locale and never restarts.
case " $* " in
  *" -application "*) exec "$JAVA" -Xmx2g ${TILLIT_VMARGS} -jar "$LAUNCHER" -data "$DATA" "$@" ;;
esac

# The workbench's language (Edit > Preferences), given to Equinox as -nl so that it holds before any
# message loads; nothing for "follow the system".
PREFS="${TILLIT_WORKSPACE:-$HOME/.tillit/workspace}/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.tillit.ui.prefs"
language() {
  sed -n 's/^ui\.language=\(sv\|en\)$/-nl \1/p' "$PREFS" 2>/dev/null
}

# Exit code 23 is the workbench asking to be restarted (after a new language was chosen). The
# workbench runs as a child, so a signal to this script is passed on to it.
child=""
trap '[ -n "$child" ] && kill "$child" 2>/dev/null; exit 143' TERM INT HUP
while :; do
  "$JAVA" -Xmx2g ${TILLIT_VMARGS} -jar "$LAUNCHER" -data "$DATA" $(language) "$@" &
  child=$!
  wait "$child"
  status=$?
  child=""
  [ "$status" -eq 23 ] || exit "$status"
done
