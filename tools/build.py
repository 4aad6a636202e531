"""Build the program a shop installs, on the machine this runs on:  python tools/build.py

Makes dist/RetentionDesktop/ (one folder: the windowed program RetentionDesktop and the command-line
tool retention-desktop beside it) with PyInstaller (`pip install -e '.[build]'`), from
packaging/retention-desktop.spec, after drawing the icons (build/icons) and writing the version
file. On Linux it also packs dist/RetentionDesktop-<version>-linux-<machine>.tar.gz with a .desktop
file and install.sh / uninstall.sh. The Windows installer and the macOS disk image are made from
it as packaging/README.md says.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script: tools/ and the program's packages from the checkout

from retention_desktop import __version__  # noqa: E402

SPEC = ROOT / "packaging" / "retention-desktop.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
NAME = "RetentionDesktop"
CLI = "retention-desktop"
SIZE_GOAL_MB = 200


def version_file(path: Path) -> None:
    """The Windows version resource (Properties → Details of each .exe): name, version, company."""
    numbers = (tuple(int(part) for part in __version__.split(".")[:3]) + (0, 0, 0))[:4]
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Retention Desktop'),
      StringStruct('FileDescription', 'Retention Desktop: keep the customers you already have'),
      StringStruct('FileVersion', '{__version__}'),
      StringStruct('InternalName', '{NAME}'),
      StringStruct('LegalCopyright', 'Retention Desktop'),
      StringStruct('OriginalFilename', '{NAME}.exe'),
      StringStruct('ProductName', 'Retention Desktop'),
      StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def linux_archive(program: Path, icons: Path) -> Path:
    """The .tar.gz a Linux user unpacks: the program's folder with its .desktop file, icons and the
    scripts that put it in (and take it out of) the applications menu."""
    shutil.copytree(icons / "png", program / "icons", dirs_exist_ok=True)
    for name in ("retention-desktop.desktop", "install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / "linux" / name, program / name)
    archive = program.parent / f"{NAME}-{__version__}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(program, arcname=program.name)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-archive", action="store_true", help="make dist/RetentionDesktop only, no .tar.gz")
    parser.add_argument("--dist", type=Path, default=DIST, help="where the program goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=BUILD / "pyinstaller", help="PyInstaller's work folder, kept for the next build")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is needed to build: .venv/bin/pip install -e '.[build]'", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the icons are drawn without a screen
    from tools.app_icons import write_icons

    started = time.monotonic()
    BUILD.mkdir(exist_ok=True)
    write_icons(BUILD / "icons")
    version_file(BUILD / "version-info.txt")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(args.dist), "--workpath", str(args.work), str(SPEC)],
        check=True,
        cwd=ROOT,
    )
    program = args.dist / NAME
    if sys.platform != "win32":  # one executable serves both: the command line's name is a link (see the .spec)
        (program / CLI).unlink(missing_ok=True)
        (program / CLI).symlink_to(NAME)
    size = folder_size(program)
    print(f"built {program} in {time.monotonic() - started:.0f} s: {size / 1e6:.0f} MB (goal: under {SIZE_GOAL_MB} MB)")
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = linux_archive(program, BUILD / "icons")
        print(f"packed {archive}: {archive.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
