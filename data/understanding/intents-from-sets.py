#!/usr/bin/env python3
"""Writes intents.sets.tsv: labelled shopper messages taken from the development sets (data/eval-dev, their single
messages) and from the follow-up conversations (data/understanding/followups, each first turn and each later turn that
starts a subject of its own), all written from the handbook only by authors who never saw the bot. The intent model
trains on it beside intents.train.tsv. A line that normalises to a line of a frozen set (data/eval), of intents.test.tsv
or of intents.train.tsv is left out.
usage: python3 data/understanding/intents-from-sets.py"""
import glob, json, os
from frozen_lines import frozen_keys, key

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
here = os.path.join(root, "data", "understanding")

def tsv_keys(name):
    return {key(l.split("\t")[2]) for l in open(os.path.join(here, name), encoding="utf-8").read().split("\n")[1:] if l.count("\t") == 2}

taken = frozen_keys(root) | tsv_keys("intents.test.tsv") | tsv_keys("intents.train.tsv")
rows = []

def add(intent, lang, text):
    k = key(text)
    if not k or k in taken: return
    taken.add(k)
    rows.append(f"{intent}\t{lang}\t{' '.join(text.split())}")

for path in sorted(glob.glob(os.path.join(root, "data", "eval-dev", "*.json"))):
    for m in json.load(open(path, encoding="utf-8")).get("messages", []):
        add(m["intent"], m["lang"], m["text"])
for path in sorted(glob.glob(os.path.join(here, "followups", "*.json"))):
    for c in json.load(open(path, encoding="utf-8"))["conversations"]:
        for i, t in enumerate(c["turns"]):
            if i == 0 or not t["follows"]: add(t["intent"], c["lang"], t["text"])

with open(os.path.join(here, "intents.sets.tsv"), "w", encoding="utf-8") as f:
    f.write("label\tlanguage\ttext\n" + "\n".join(rows) + "\n")
print(f"{len(rows)} lines")
