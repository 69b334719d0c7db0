"""The lines of the frozen sets (data/eval), in the normal form training lines are compared in: the scripts that write
training files leave any such line out. Also the labelled sets those scripts read their single messages from."""
import glob, json, os, unicodedata

def key(text):
    return "".join(c for c in unicodedata.normalize("NFKC", text).lower() if c.isalnum())

def frozen_keys(root):
    keys = set()
    for path in glob.glob(os.path.join(root, "data", "eval", "*.json")):
        d = json.load(open(path, encoding="utf-8"))
        keys.update(key(m["text"]) for m in d.get("messages", []))
        for items in (d.get("conversations", []), d.get("requests", [])):
            for c in items: keys.update(key(t) for t in c["turns"])
    return keys

def labelled_sets(root):
    """The messages written for training (data/understanding/messages), then the development sets (data/eval-dev)."""
    return sorted(glob.glob(os.path.join(root, "data", "understanding", "messages", "*.json"))) + sorted(glob.glob(os.path.join(root, "data", "eval-dev", "*.json")))
