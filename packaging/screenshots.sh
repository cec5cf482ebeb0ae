#!/usr/bin/env bash
# Makes the README's screenshots from the demo incidents, under Xvfb, so they can be made again after any
# change to the screens:
#   assets/screenshots/wall.png      the wall display, zero-day demo
#   assets/screenshots/tasks.png     the task board, zero-day demo
#   assets/screenshots/comms.png     the Comms screen's customer board, zero-day demo
#   assets/screenshots/handover.png  page 1 of the handover sheet, ransomware demo (needs `sitrep handover`)
#
# Builds nothing: it runs the application image from ./mvnw -Ppackage package when there is one, else
# target/sitrep.jar from ./mvnw package with the java of JAVA_HOME (or the PATH), which must be a JDK 25.
# --app PATH runs another launcher. The operator's own settings are not touched: the console runs with a
# home folder and preferences of its own, in a temporary folder removed at the end.
#
# Needs (Debian): xvfb xdotool imagemagick libgtk-3-0 poppler-utils; optipng makes the PNGs smaller.
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$project/assets/screenshots"
width=1920
height=1080
readme_width=1600

fail() {
    echo "screenshots.sh: $*" >&2
    exit 1
}

usage() {
    echo "usage: packaging/screenshots.sh [--app PATH-TO-LAUNCHER]" >&2
    exit 2
}

app=""
while (($#)); do
    case $1 in
        --app) (($# >= 2)) || usage; app="$2"; shift 2 ;;
        *) usage ;;
    esac
done

# --- What it needs -------------------------------------------------------------------------------------------

for tool in Xvfb:xvfb xdotool:xdotool import:imagemagick; do
    command -v "${tool%%:*}" >/dev/null || fail "${tool%%:*} is missing (Debian: apt-get install ${tool#*:})"
done
# ImageMagick's own convert: another 'convert' earlier on the PATH may be something else.
convert=/usr/bin/convert
"$convert" -version 2>/dev/null | grep -q ImageMagick \
    || fail "ImageMagick's convert is missing at $convert (Debian: apt-get install imagemagick)"

if [[ -n $app ]]; then
    [[ -x $app ]] || fail "--app $app is not a program"
    sitrep=("$app")
elif [[ -x $project/target/jpackage/image/sitrep/bin/sitrep ]]; then
    sitrep=("$project/target/jpackage/image/sitrep/bin/sitrep")
elif [[ -f $project/target/sitrep.jar ]]; then
    java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
    command -v "$java" >/dev/null || fail "no java found: set JAVA_HOME to a JDK 25"
    "$java" -version 2>&1 | grep -q 'version "25' \
        || fail "$java is not Java 25 ($("$java" -version 2>&1 | head -1)): set JAVA_HOME to a JDK 25"
    sitrep=("$java" -jar "$project/target/sitrep.jar")
else
    fail "nothing to run: build target/sitrep.jar (./mvnw package) or the image (./mvnw -Ppackage package) first"
fi
echo "Running ${sitrep[*]}"

# --- A world of its own: databases, home, preferences, display ------------------------------------------------

work="$(mktemp -d -t sitrep-screenshots.XXXXXX)"
xvfb_pid=""
app_pid=""
cleanup() {
    if [[ -n $app_pid ]]; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    if [[ -n $xvfb_pid ]]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/prefs" "$work/shots"
"${sitrep[@]}" demo zero-day --db "$work/zero-day" || fail "sitrep demo zero-day failed"
"${sitrep[@]}" demo ransomware --db "$work/ransomware" || fail "sitrep demo ransomware failed"

display=""
for n in $(seq 90 120); do
    if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then
        display=":$n"
        break
    fi
done
[[ -n $display ]] || fail "no free X display between :90 and :120"
Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
for _ in $(seq 50); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && break
    kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
    sleep 0.2
done
xdotool getdisplaygeometry >/dev/null 2>&1 || fail "Xvfb on $display did not answer"

# --- Driving the console ----------------------------------------------------------------------------------

screen_sum() {
    import -window root rgb:- | md5sum | cut -d' ' -f1
}

# Waits up to $2 seconds for a visible window whose title is exactly $1, and prints its id.
wait_for_window() {
    local id
    for _ in $(seq $(($2 * 2))); do
        id="$(xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | head -1)" || true
        if [[ -n $id ]]; then
            echo "$id"
            return
        fi
        kill -0 "$app_pid" 2>/dev/null || fail "the console ended before showing '$1': $(tail -5 "$work/app.log")"
        sleep 0.5
    done
    fail "no window '$1' after $2 s: $(tail -5 "$work/app.log")"
}

# Presses the keys $1 and waits until the screen has changed and then settled: the screens load their rows
# in the background. Presses once more when nothing changed after 6 s, as a key that arrives while the
# console is busy can go astray.
press_and_settle() {
    local before now previous=""
    before="$(screen_sum)"
    xdotool key "$1"
    for i in $(seq 30); do
        sleep 0.5
        now="$(screen_sum)"
        if [[ $now != "$before" && $now == "$previous" ]]; then
            sleep 1.5
            return
        fi
        previous="$now"
        if ((i == 12)) && [[ $now == "$before" ]]; then
            xdotool key "$1"
        fi
    done
    # The wall's clock changes every second, so it never settles: changed is enough.
    [[ $now != "$before" ]] || fail "the screen did not change after pressing $1"
    sleep 1.5
}

shoot() {
    import -window root "$work/shots/$1.png"
    echo "Took $1"
}

# JAVA_TOOL_OPTIONS reaches the JVM whatever the launcher, the application image's included.
HOME="$work/home" JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Djava.util.prefs.userRoot=$work/prefs" \
    "${sitrep[@]}" --db "$work/zero-day" >"$work/app.log" 2>&1 &
app_pid=$!
console="$(wait_for_window Sitrep 60)"
xdotool windowmove "$console" 0 0 windowsize "$console" "$width" "$height"

# A new operator signs in first: name, role (Commander, the first of the list), Sign in.
sign_in="$(wait_for_window 'Sign in to Sitrep' 60)"
eval "$(xdotool getwindowgeometry --shell "$sign_in")"
xdotool mousemove $((X + 200)) $((Y + 77)) click 1
sleep 0.5
xdotool type --delay 40 "Priya Shah"
xdotool key Tab
sleep 0.3
xdotool key alt+Down
sleep 0.5
xdotool key Down Return
sleep 0.3
xdotool key Return
for _ in $(seq 20); do
    xdotool search --onlyvisible --name '^Sign in to Sitrep$' >/dev/null 2>&1 || break
    sleep 0.5
done
! xdotool search --onlyvisible --name '^Sign in to Sitrep$' >/dev/null 2>&1 \
    || fail "the sign-in dialog is still open after signing in"
# Keys go to the window under the pointer; the start-up reminder fades within a few seconds.
xdotool mousemove $((width / 2)) $((height - 60))
sleep 6

press_and_settle ctrl+4
shoot tasks
press_and_settle ctrl+5
shoot comms
press_and_settle ctrl+shift+w
sleep 2
shoot wall

kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""

# --- The handover sheet, when this Sitrep has it ------------------------------------------------------------

# Listed among the commands of `sitrep --help` (`sitrep handover --help` alone would not tell: picocli shows
# the main help for an unknown command when --help is given).
if "${sitrep[@]}" --help 2>/dev/null | grep -Eq '^ +handover +'; then
    command -v pdftoppm >/dev/null || fail "pdftoppm is missing (Debian: apt-get install poppler-utils)"
    "${sitrep[@]}" handover --out "$work/handover.pdf" --db "$work/ransomware" \
        || fail "sitrep handover failed on the ransomware demo"
    pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/handover.pdf" "$work/shots/handover"
    echo "Took handover"
else
    echo "sitrep handover not available: no handover.png this time (the one in $out, if any, stays)"
fi

# --- Into the project, sized for the README ----------------------------------------------------------------

mkdir -p "$out"
for shot in "$work"/shots/*.png; do
    name="$(basename "$shot")"
    if [[ $name == handover.png ]]; then
        cp "$shot" "$out/$name"
    else
        "$convert" "$shot" -resize "${readme_width}x" -strip "$out/$name"
    fi
    if command -v optipng >/dev/null; then
        optipng -quiet -o2 "$out/$name"
    fi
done
echo "Screenshots written to $out"
