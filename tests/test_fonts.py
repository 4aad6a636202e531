"""The Amiri faces the PDFs embed: trimmed to what reportlab can draw, and drawn as the full faces were."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from retention_desktop.pdf.fonts import _FILES, FOLDER

ROOT = Path(__file__).resolve().parent.parent
ORIGINALS_COMMIT = "3249c44e6947f18520bdfa5758e1a8d3f1720b84"  # as tools/trim_amiri.py names it


@pytest.mark.parametrize("file", sorted(_FILES.values()))
def test_each_face_holds_only_the_glyphs_its_character_map_reaches(file: str) -> None:
    """reportlab draws a character with the glyph the cmap gives it, and the glyphs a composite is
    built of; it reads every glyph's metrics when a process registers the fonts, so no other glyph
    should be there to read (GSUB's ligatures and alternates, for shaping reportlab never does)."""
    font = TTFont(FOLDER / file)
    assert not {"GSUB", "GPOS", "GDEF"} & set(font.keys())
    glyf = font["glyf"]
    reached = {font.getGlyphOrder()[0]}
    for table in font["cmap"].tables:
        reached.update(table.cmap.values())
    waiting = list(reached)
    while waiting:
        for part in glyf[waiting.pop()].getComponentNames(glyf):
            if part not in reached:
                reached.add(part)
                waiting.append(part)
    assert reached == set(font.getGlyphOrder())
    assert len(font.getBestCmap()) >= 1500  # Arabic with its presentation forms, and Latin


def test_the_faces_are_amiri_0_113_trimmed_by_the_tool_and_embed_the_same_bytes() -> None:
    """tools/trim_amiri.py makes them again from the full faces (from git) and checks that reportlab
    puts the same bytes into a PDF for every character, as with the full faces."""
    git = shutil.which("git")
    if git is None or subprocess.run([git, "cat-file", "-e", f"{ORIGINALS_COMMIT}^{{commit}}"], cwd=ROOT, capture_output=True).returncode != 0:
        pytest.skip("the full Amiri faces are in the git history, which this copy does not have")
    done = subprocess.run([sys.executable, "tools/trim_amiri.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
