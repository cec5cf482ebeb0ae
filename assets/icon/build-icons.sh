#!/usr/bin/env bash
# Renders Sitrep's icon from its SVG sources into everything that uses it:
#   sitrep-16.png ... sitrep-512.png   the window, the Linux packages, the README
#   sitrep.ico                         the Windows installer and launcher (16 to 256 in one file)
#   sitrep.icns                        the macOS application bundle
# and copies the sizes the window needs into src/main/resources/dev/sitrep/app/icon/, and the 512-pixel one
# to packaging/linux/resources/sitrep.png, the menu icon of the .deb.
# sitrep.svg is drawn for 24 pixels and up; sitrep-16.svg is the same mark redrawn on the 16-pixel grid.
#
# Needs rsvg-convert, ImageMagick's convert and png2icns (Debian: apt-get install librsvg2-bin imagemagick
# icnsutils); optipng, when present, makes the PNGs smaller.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$here/../.." && pwd)"
resources="$project/src/main/resources/dev/sitrep/app/icon"

fail() {
    echo "build-icons.sh: $*" >&2
    exit 1
}

command -v rsvg-convert >/dev/null || fail "rsvg-convert is missing (Debian: apt-get install librsvg2-bin)"
command -v png2icns >/dev/null || fail "png2icns is missing (Debian: apt-get install icnsutils)"
# ImageMagick's own convert: another 'convert' earlier on the PATH may be something else.
convert=""
for candidate in /usr/bin/convert /usr/local/opt/imagemagick/bin/convert /opt/homebrew/bin/convert; do
    if [[ -x $candidate ]] && "$candidate" -version 2>/dev/null | grep -q ImageMagick; then
        convert="$candidate"
        break
    fi
done
[[ -n $convert ]] || fail "ImageMagick's convert is missing (Debian: apt-get install imagemagick)"

sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    source="$here/sitrep.svg"
    if ((size == 16)); then
        source="$here/sitrep-16.svg"
    fi
    rsvg-convert --width "$size" --height "$size" --output "$here/sitrep-$size.png" "$source"
done

if command -v optipng >/dev/null; then
    optipng -quiet -o5 -strip all "$here"/sitrep-*.png
fi

# Windows: one .ico with every size up to 256, each stored as drawn rather than scaled by Windows.
"$convert" "$here"/sitrep-{16,24,32,48,64,128,256}.png "$here/sitrep.ico"

# macOS: png2icns takes the sizes the .icns format has a slot for.
png2icns "$here/sitrep.icns" "$here"/sitrep-{16,32,48,128,256,512}.png >/dev/null

mkdir -p "$resources"
for size in 16 24 32 48 64 128 256; do
    cp "$here/sitrep-$size.png" "$resources/sitrep-$size.png"
done

cp "$here/sitrep-512.png" "$project/packaging/linux/resources/sitrep.png"

echo "Icons written to $here, $resources and $project/packaging/linux/resources"
