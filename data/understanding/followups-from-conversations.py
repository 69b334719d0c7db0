#!/usr/bin/env python3
"""Writes followups.train.tsv from the labelled conversations in data/understanding/followups/*.json (written from the
handbook only, by authors who never saw the bot): for every turn after one about a rule the bot remembers as its topic, a
line `follows` or `new`, the text being that topic as one word and then the turn ("topicshippingpolicy and for hainan?").
Each conversation's first turn, a question of its own, is also paired with another rule's topic, as `new`: a question
in another rule's words starts that rule. A line that normalises to a line of the frozen sets (data/eval) is left out.
usage: python3 data/understanding/followups-from-conversations.py"""
import glob, json, os, random
from frozen_lines import frozen_keys, key

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
# The intents DialogueState remembers as a topic (its RuleSlots).
rules = ["shipping_policy", "return_policy", "return_request", "quality_issue", "refund_status", "invoice", "price_protection",
         "coupon_membership", "payment", "cancel_order", "human_agent", "change_address", "product_question"]

def line(label, lang, topic, text):
    return f"{label}\t{lang}\ttopic{topic.replace('_', '')} {' '.join(text.split())}"

frozen = frozen_keys(root)

random.seed(20261130)
rows = []
for path in sorted(glob.glob(os.path.join(root, "data", "understanding", "followups", "*.json"))):
    for c in json.load(open(path, encoding="utf-8"))["conversations"]:
        turns, lang = c["turns"], c["lang"]
        if any(key(t["text"]) in frozen for t in turns): continue
        for before, turn in zip(turns, turns[1:]):
            if before["intent"] in rules:
                rows.append(line("follows" if turn["follows"] else "new", lang, before["intent"], turn["text"]))
        first = turns[0]
        other = random.choice([r for r in rules if r != first["intent"] and {r, first["intent"]} != {"return_policy", "return_request"}])
        rows.append(line("new", lang, other, first["text"]))

with open(os.path.join(root, "data", "understanding", "followups.train.tsv"), "w", encoding="utf-8") as f:
    f.write("label\tlanguage\ttext\n" + "\n".join(rows) + "\n")
print(f"{len(rows)} lines, {sum(r.startswith('follows') for r in rows)} follows")
