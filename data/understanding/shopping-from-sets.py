#!/usr/bin/env python3
"""Writes shopping.train.tsv: single messages labelled `shops` (the shopper wants products shown: asks for ideas, names a
kind of thing, describes who or what it is for, a budget or what to leave out, also beside a rule question) or `other`.
From: the messages authored for it (data/understanding/shopping/*.tsv, written from the handbook and the catalogue only);
the first turns of the gift development sets (data/eval-dev/gifts-*.json, but one kept out) as `shops`; the single messages of the other
development sets and of data/understanding/messages, and the first turns of the follow-up conversations, by their intent; the intent model's lines, by theirs.
A line that normalises to a line of the frozen sets (data/eval) is left out.
usage: python3 data/understanding/shopping-from-sets.py [--without NAME ...]"""
import glob, json, os, sys
from frozen_lines import frozen_keys, key, labelled_sets

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
# gifts-dev6, gifts-dev7, gifts-dev8 and gifts-dev9 are kept out so that development sets remain that the judge never learned from (its figures say how the judge
# does on requests it has not seen); add it, and the next one, when another such set is written.
without = {"gifts-dev6", "gifts-dev7", "gifts-dev8", "gifts-dev9"} | (set(sys.argv[sys.argv.index("--without") + 1:]) if "--without" in sys.argv else set())
frozen = frozen_keys(root)
rows, seen = [], set()

def add(shops, lang, text):
    text = " ".join(text.split())
    k = key(text)
    if not k or k in frozen or k in seen: return
    seen.add(k)
    rows.append(f"{'shops' if shops else 'other'}\t{lang}\t{text}")

for path in sorted(glob.glob(os.path.join(root, "data", "understanding", "shopping", "*.tsv"))):
    lang = os.path.basename(path).split("-")[0]
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 2 and fields[0] in ("shops", "not"): add(fields[0] == "shops", lang, fields[1])

for path in labelled_sets(root):
    if os.path.basename(path)[:-5] in without: continue
    d = json.load(open(path, encoding="utf-8"))
    for r in d.get("requests", []): add(True, r["lang"], r["turns"][0])
    for m in d.get("messages", []):
        if m.get("intent"): add(m["intent"] == "recommendation", m["lang"], m["text"])

for path in sorted(glob.glob(os.path.join(root, "data", "understanding", "followups", "*.json"))):
    for c in json.load(open(path, encoding="utf-8"))["conversations"]:
        add(c["turns"][0]["intent"] == "recommendation", c["lang"], c["turns"][0]["text"])

for line in open(os.path.join(root, "data", "understanding", "intents.train.tsv"), encoding="utf-8").read().split("\n")[1:]:
    fields = line.split("\t")
    if len(fields) == 3: add(fields[0] == "recommendation", fields[1], fields[2])

with open(os.path.join(root, "data", "understanding", "shopping.train.tsv"), "w", encoding="utf-8") as f:
    f.write("label\tlanguage\ttext\n" + "\n".join(rows) + "\n")
print(f"{len(rows)} lines, {sum(r.startswith('shops') for r in rows)} shops")
