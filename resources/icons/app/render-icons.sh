#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon SVG into the committed raster files, so that building
# and packaging never needs an SVG converter. Run by hand after editing the SVG:
#   resources/icons/app/render-icons.sh
# Needs rsvg-convert (Debian: librsvg2-bin) and python3.
#   resources/icons/app/<N>x<N>/<APP_ID>.png     hicolor PNG sizes
#   resources/windows/deliverbench.ico            16..256, PNG-compressed entries (Vista+)
#   resources/macos/deliverbench.icns             16..1024, PNG entries (macOS 10.7+)
set -euo pipefail

app_id=org.deliverbench.Deliverbench
here=$(cd "$(dirname "$0")" && pwd)
resources=$(cd "$here/../.." && pwd)
svg="$here/$app_id.svg"
sizes=(16 22 24 32 48 64 128 256 512)

command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

render() { rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$svg" --output "$2"; }

for s in "${sizes[@]}"; do
    mkdir -p "$here/${s}x${s}"
    render "$s" "$here/${s}x${s}/$app_id.png"
done
render 1024 "$tmp/1024.png"

mkdir -p "$resources/windows" "$resources/macos"
python3 - "$here" "$tmp" "$resources/windows/deliverbench.ico" "$resources/macos/deliverbench.icns" <<'PY'
import struct, sys, pathlib
here, tmp, ico_out, icns_out = (pathlib.Path(a) for a in sys.argv[1:])
app_id = "org.deliverbench.Deliverbench"
def png(size):
    p = tmp / "1024.png" if size == 1024 else here / f"{size}x{size}" / f"{app_id}.png"
    return p.read_bytes()

# ICO: ICONDIR + ICONDIRENTRY[n] + PNG payloads (width/height 0 means 256).
ico_sizes = [16, 24, 32, 48, 64, 128, 256]
blobs = [png(s) for s in ico_sizes]
out = bytearray(struct.pack("<HHH", 0, 1, len(blobs)))
offset = 6 + 16 * len(blobs)
for s, b in zip(ico_sizes, blobs):
    out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(b), offset)
    offset += len(b)
for b in blobs:
    out += b
ico_out.write_bytes(bytes(out))

# ICNS: 'icns' + total length, then (type, length incl. 8-byte header, PNG data).
icns_types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512)]
body = bytearray()
for t, s in icns_types:
    b = png(s)
    body += t.encode("ascii") + struct.pack(">I", len(b) + 8) + b
icns_out.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + bytes(body))
PY
echo "rendered ${#sizes[@]} PNG sizes, deliverbench.ico and deliverbench.icns"
