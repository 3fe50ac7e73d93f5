#!/usr/bin/env python3
"""Fails when a translation is not complete (tests/translations, label unit).

For each .ts file: lupdate runs over the sources (the same list qt_add_translations uses) into a copy of the
file, exactly as `cmake --build --preset default --target update_translations` would update it. Then every
message of the copy must be finished: a string new in the sources comes out as unfinished, a string gone from
the sources as vanished (or obsolete), an untranslated one stays unfinished, and a plural message (%n) needs
every plural form of its language filled. Nothing is written to the real .ts files.

usage: check_translations.py --lupdate LUPDATE --sources LIST [--include DIR]... --ts TS_FILE...
                             [--plural-only TS_FILE...]
(--plural-only: a file of the source language that holds only the plural messages, lupdate -pluralonly: English)
(the include folders let lupdate resolve class names to their namespaces: balcony::app::XmppUri, not XmppUri)
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def problems_in(ts_path, label):
    found = []
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            where = f"{label}: [{name}] {source!r}"
            if kind in ("vanished", "obsolete"):
                found.append(f"{where}: no longer in the sources ({kind})")
            elif kind == "unfinished" or kind == "missing":
                found.append(f"{where}: not translated (unfinished)")
            elif message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if not forms or any(not f.strip() for f in forms):
                    found.append(f"{where}: a plural form is empty")
            elif not (translation.text or "").strip():
                found.append(f"{where}: empty translation")
    return found


# A file-local helper such as `QString tr(const char *text) { return QCoreApplication::translate("balcony", text); }`
# is a trap: lupdate files the strings of its call sites under the enclosing class's context (or nowhere), while
# the helper looks them up under its own, so they are never translated. Call QCoreApplication::translate with
# literals, or pass QT_TRANSLATE_NOOP strings to a helper.
LOCAL_TR = re.compile(r"^\s*(?:static\s+)?QString\s+(?:tr|translated)\s*\(\s*const\s+char\s*\*", re.M)


def local_helpers(sources):
    found = []
    for path in sources:
        if not path.endswith(".cpp"):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for match in LOCAL_TR.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{path}:{line}: a local tr() helper: lupdate files its strings under another context than "
                         f"the one it looks them up in (call QCoreApplication::translate with literals)")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True)
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("--ts", nargs="+", required=True)
    parser.add_argument("--plural-only", nargs="*", default=[])
    args = parser.parse_args()
    ts_files = args.ts + args.plural_only
    includes = [option for folder in args.include for option in ("-I", folder)]
    with open(args.sources, encoding="utf-8") as f:
        problems = local_helpers([line.strip() for line in f if line.strip()])
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            label = os.path.basename(ts)
            copy = os.path.join(tmp, label)
            shutil.copyfile(ts, copy)
            plural_only = ["-pluralonly"] if ts in args.plural_only else []
            run = subprocess.run([args.lupdate, "-silent", *plural_only, *includes, "@" + args.sources, "-ts", copy],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout + run.stderr)
                problems.append(f"{label}: lupdate failed ({run.returncode})")
                continue
            problems += problems_in(copy, label)
    unique = list(dict.fromkeys(problems))
    for p in unique:
        print(p)
    total = sum(1 for _ in ET.parse(ts_files[0]).getroot().iter("message"))
    if unique:
        print(f"{len(unique)} problem(s). Update the files with: cmake --build --preset default --target "
              f"update_translations, then translate in Qt Linguist (linguist translations/balcony_xx.ts).")
        return 1
    print(f"{len(ts_files)} translation(s) complete, {total} messages each, nothing new in the sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
