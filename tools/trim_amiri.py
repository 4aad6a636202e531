"""Trim the Amiri faces of the PDFs (retention_desktop/pdf/amiri/) to the glyphs reportlab can draw.

reportlab does not shape: pdf/arabic.py gives it Arabic already joined, as presentation-form code
points, and it draws each character with the glyph the font's cmap names for it (and the glyphs a
composite glyph is built of). It never reads GSUB, GPOS or GDEF. Amiri 0.113 holds 6,782 glyphs
(Regular) and 6,624 (Bold), most of them reachable only through those tables (its ligatures, swashes,
marks placed by GPOS); reportlab reads the metrics and location of every one each time a process
registers the fonts (about 10 ms a face, in pure Python). The trimmed faces keep:

- every character of the cmap, each with the same outline, advance and side bearing;
- glyph 0 (.notdef) with its outline, drawn for a character the font lacks;
- the tables reportlab copies into the PDF unchanged (name, OS/2, head, hhea, maxp, post's header,
  prep), field for field: the same font name, metrics, flags and licence text;

and leave out GSUB, GPOS, GDEF, DSIG (a signature that no longer matches a modified file) and the
glyph names of `post` (reportlab writes a `post` without names into the PDF anyway).

Amiri's licence (amiri/OFL.txt, SIL Open Font License 1.1) names no Reserved Font Name, so a
modified version may keep the name "Amiri"; the licence file stays beside the faces.

Run at development time only; fontTools is a test dependency, never needed by the program:

    .venv/bin/python tools/trim_amiri.py                # trim the originals into retention_desktop/pdf/amiri/
    .venv/bin/python tools/trim_amiri.py --check        # make them again and compare with the files there

The originals are Amiri 0.113 (https://www.amirifont.org, https://github.com/aliftype/amiri
release 0.113) as this repository shipped them before the trimming, e.g. at commit ORIGINALS_COMMIT
(below): by default they are read from that commit with git; `--source DIR` takes them from a
folder instead. Their SHA-256 is checked either way. (The `fontpkg-amiri` package holds Amiri
1.002, another design version: not these.)

Before writing, the tool proves the trimmed faces give reportlab the same fonts: for every
character, the same width, and the same bytes for every subset reportlab embeds (all characters of
the cmap, in subsets of 256 as reportlab makes them), and the same name, metrics and flags.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import subprocess
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables.DefaultTable import DefaultTable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
FOLDER = REPO / "retention_desktop" / "pdf" / "amiri"
ORIGINALS_COMMIT = "3249c44e6947f18520bdfa5758e1a8d3f1720b84"
# Amiri 0.113 as shipped before the trimming.
ORIGINALS = {
    "Amiri-Regular.ttf": "6f909d81f17de2919be4ce99fac51b07623794d9a46cfd1df53e2d6e669d9263",
    "Amiri-Bold.ttf": "a0e7946a97cd016e4322c3d3dc06bdc62776a5c933e9a3417ad74c91d822b9bd",
}
DROPPED = ["GSUB", "GPOS", "GDEF", "DSIG"]
# What reportlab's TTFontFace takes from a face and puts into a PDF besides the subsets.
FACE_ATTRIBUTES = (
    "name", "familyName", "styleName", "fullName", "uniqueFontID", "fontRevision", "unitsPerEm", "bbox",
    "ascent", "descent", "capHeight", "stemV", "italicAngle", "underlinePosition", "underlineThickness",
    "flags", "defaultWidth", "charWidths", "_full_font",
)  # fmt: skip


def options() -> subset.Options:
    o = subset.Options()
    o.layout_features = []  # no closure through GSUB: reportlab reaches glyphs through the cmap only
    o.layout_closure = False
    o.drop_tables = [*o.drop_tables, *DROPPED]
    o.notdef_glyph = True
    o.notdef_outline = True  # .notdef keeps its box, drawn for a missing character
    o.glyph_names = False
    o.hinting = True
    o.legacy_cmap = True
    o.symbol_cmap = True
    o.name_IDs = ["*"]  # copyright, licence, URLs: every name, in every language
    o.name_languages = ["*"]
    o.name_legacy = True
    o.prune_unicode_ranges = False  # OS/2 goes into the PDF as it is: keep it unchanged
    o.prune_codepage_ranges = False
    o.recalc_bounds = False
    o.recalc_timestamp = False
    o.recalc_average_width = False
    o.recalc_max_context = False
    return o


def trimmed(original: bytes) -> bytes:
    font = TTFont(io.BytesIO(original), lazy=False, recalcBBoxes=False, recalcTimestamp=False)
    name = font.reader["name"]  # as stored, byte for byte (see below)
    unicodes = set()
    for table in font["cmap"].tables:
        if table.isUnicode():
            unicodes.update(table.cmap)
    subsetter = subset.Subsetter(options())
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    # reportlab copies the name table into every PDF as it is. The subsetter would leave out the
    # names of Amiri's stylistic sets (IDs 256-263, named by GSUB) and store the rest anew: keep it
    # unchanged, so that the PDFs stay byte for byte the same.
    kept = DefaultTable("name")
    kept.data = name
    font["name"] = kept
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def originals(source: Path | None) -> dict[str, bytes]:
    found = {}
    for name, digest in ORIGINALS.items():
        if source is not None:
            data = (source / name).read_bytes()
        else:
            path = f"{ORIGINALS_COMMIT}:retention_desktop/pdf/amiri/{name}"
            data = subprocess.run(["git", "show", path], cwd=REPO, capture_output=True, check=True).stdout
        if hashlib.sha256(data).hexdigest() != digest:
            sys.exit(f"{name}: not Amiri 0.113 as shipped before (SHA-256 differs)")
        found[name] = data
    return found


def face(data: bytes, name: str) -> object:
    from reportlab.pdfbase.ttfonts import TTFontFace

    stream = io.BytesIO(data)
    stream.name = name  # type: ignore[attr-defined]
    return TTFontFace(stream)


def same_for_reportlab(original: bytes, trim: bytes, name: str) -> list[str]:
    """What reportlab would put into a PDF differently with `trim` than with `original` (nothing, if all is well)."""
    before, after = face(original, name), face(trim, name)
    differences = [f"{name}: {attribute}" for attribute in FACE_ATTRIBUTES if getattr(before, attribute) != getattr(after, attribute)]
    if set(before.charToGlyph) != set(after.charToGlyph):  # type: ignore[attr-defined]
        differences.append(f"{name}: the characters of the cmap")
    codes = sorted(before.charToGlyph)  # type: ignore[attr-defined]
    for start in range(0, len(codes), 256):
        chunk = codes[start : start + 256]
        if before.makeSubset(chunk) != after.makeSubset(chunk):  # type: ignore[attr-defined]
            differences.append(f"{name}: the subset of U+{chunk[0]:04X}..U+{chunk[-1]:04X}")
    return differences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, help="a folder with the original Amiri 0.113 faces (default: from git, commit ORIGINALS_COMMIT)")
    parser.add_argument("--out", type=Path, default=FOLDER, help="where to write the trimmed faces (default: the package's amiri folder)")
    parser.add_argument("--check", action="store_true", help="write nothing: fail unless the faces in --out are what this tool makes")
    args = parser.parse_args()
    failures = []
    for name, original in originals(args.source).items():
        trim = trimmed(original)
        failures += same_for_reportlab(original, trim, name)
        target = args.out / name
        if args.check:
            if not target.exists() or target.read_bytes() != trim:
                failures.append(f"{target}: not what the tool makes from the original")
            continue
        if not failures:
            target.write_bytes(trim)
            glyphs = (TTFont(io.BytesIO(original))["maxp"].numGlyphs, TTFont(io.BytesIO(trim))["maxp"].numGlyphs)
            print(f"{name}: {len(original):,} -> {len(trim):,} bytes, {glyphs[0]:,} -> {glyphs[1]:,} glyphs")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
