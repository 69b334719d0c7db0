#!/usr/bin/env python3
"""Writes intents.sets.tsv: labelled shopper messages, all written from the handbook only by authors who never saw the bot,
taken from the messages written for training (data/understanding/messages), the development sets (data/eval-dev: their
single messages, and the first turns of the gift sets but one as `recommendation`) and the follow-up conversations
(data/understanding/followups: each first turn, and each later turn that starts a subject of its own). The intent model
trains on it beside intents.train.tsv. A line that normalises to a line of a frozen set (data/eval), of intents.test.tsv
or of intents.train.tsv is left out.
usage: python3 data/understanding/intents-from-sets.py"""
import glob, json, os
from frozen_lines import frozen_keys, key, labelled_sets

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

# gifts-dev6, gifts-dev7, gifts-dev8 and gifts-dev9 stay request sets neither the intent model nor the shopping judge learned from (see shopping-from-sets.py).
for path in labelled_sets(root):
    d = json.load(open(path, encoding="utf-8"))
    for m in d.get("messages", []): add(m["intent"], m["lang"], m["text"])
    if os.path.basename(path) not in ("gifts-dev6.json", "gifts-dev7.json", "gifts-dev8.json", "gifts-dev9.json"):
        for r in d.get("requests", []): add("recommendation", r["lang"], r["turns"][0])
for path in sorted(glob.glob(os.path.join(here, "followups", "*.json"))):
    for c in json.load(open(path, encoding="utf-8"))["conversations"]:
        for i, t in enumerate(c["turns"]):
            if i == 0 or not t["follows"]: add(t["intent"], c["lang"], t["text"])

with open(os.path.join(here, "intents.sets.tsv"), "w", encoding="utf-8") as f:
    f.write("label\tlanguage\ttext\n" + "\n".join(rows) + "\n")
print(f"{len(rows)} lines")
