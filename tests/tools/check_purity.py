#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the house rules a compiler cannot: core/ includes no Gui or Widgets header,
ui/ holds no SQL, only the chart widget includes QCustomPlot, no target links Qt
Network, and the picture of the parts holds: the programs (app/), the pages (ui/), the
report (report/) and the chart (chart/) reach the diary, the exchange formats and the
engine only through the one application service (core/DiaryService.h); the engine
(core/clinical/) writes no JSON. Usage: check_purity.py SOURCE_DIR BUILD_DIR"""
import pathlib
import re
import sys

source, build = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
problems = []
gui = re.compile(r'#\s*include\s*[<"](QtGui|QtWidgets|QtPrintSupport|QWidget|QApplication|'
                 r'QGuiApplication|QPainter|QPdfWriter|QImage|QPixmap|QColor|qcustomplot)')
for path in (source / "core").rglob("*"):
    if path.suffix in (".h", ".cpp") and gui.search(path.read_text(encoding="utf-8")):
        problems.append(f"{path}: core includes a Gui or Widgets header")
for path in (source / "ui").rglob("*"):
    if path.suffix not in (".h", ".cpp"):
        continue
    text = path.read_text(encoding="utf-8")
    if re.search(r'#\s*include\s*[<"]QSql', text):
        problems.append(f"{path}: ui uses Qt SQL directly; go through a core service")
    if "qcustomplot.h" in text and path.stem not in ("ProgressChart",):
        problems.append(f"{path}: only the chart widget may include qcustomplot.h")
# Above core, only the service: no storage, no exchange reader or writer, no engine call.
beyond = re.compile(r'#\s*include\s*"(Diary\.h|storage/[^"]*|exchange/[^"]*|clinical/Engine\.h|'
                    r'clinical/History\.h)"')
calls = re.compile(r'(?<![\w.>:])(evaluate|buildProgress|readBundle|readBundleFile|writeBundle|'
                   r'readEntriesCsv|readSessionsCsv|writeEntriesCsv|writeSessionsCsv|'
                   r'writeFhirBundle|writeFileAtomically|writeFilesAtomically|alertChanges|'
                   r'analyseSessions|analysePain)\s*\(|'
                   r'\b(Diary|Database)::')
for part in ("app", "ui", "report", "chart"):
    for path in (source / part).rglob("*"):
        if path.suffix not in (".h", ".cpp"):
            continue
        text = path.read_text(encoding="utf-8")
        for m in beyond.finditer(text):
            problems.append(f"{path}: includes {m.group(1)}; go through DiaryService")
        for number, line in enumerate(text.splitlines(), 1):
            code = line.split("//")[0]
            m = calls.search(code)
            if m:
                problems.append(f"{path}:{number}: calls {m.group(0).strip()} beyond the "
                                f"service; go through DiaryService")
for path in (source / "core" / "clinical").rglob("*"):
    if path.suffix in (".h", ".cpp"):
        text = path.read_text(encoding="utf-8")
        if re.search(r'#\s*include\s*[<"](exchange/|QJson)', text):
            problems.append(f"{path}: the engine returns values; JSON is the exchange part's")
for path in build.rglob("*.ninja"):
    if "Qt6Network" in path.read_text(encoding="utf-8", errors="replace"):
        problems.append(f"{path}: a target links Qt Network")
for path in list(source.glob("*/CMakeLists.txt")) + [source / "CMakeLists.txt"]:
    if re.search(r"Qt6?::Network|COMPONENTS[^)]*\bNetwork\b", path.read_text(encoding="utf-8")):
        problems.append(f"{path}: mentions Qt Network")
for p in problems:
    print(p)
print(f"{0 if problems else 1} passed, {len(problems)} failed")
sys.exit(1 if problems else 0)
