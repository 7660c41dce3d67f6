"""Train the well-formedness judge: ``python -m eval.train wellformed``.

Data: the Google compression pairs (``compression/google_compression_eval.jsonl``, as the
compressor reads them; every 10th pair held out).  For each sentence, positives: its gold
compression and the whole sentence; negatives, made from the gold compression:

- ``drop``: a run of 1-3 of its words, with a verb or a function word, taken out (a lost
  verb or object: "The council voted [to close] the library");
- ``cut``: cut short after a word that is not at a clause's end ("The council voted to");
  (cut at a clause's end, the gold is a positive: ``clause``; so is the gold without its
  articles, in headline style: ``headline``);
- ``head``: its first 1-3 words gone, leaving a lower-case opener ("voted to close the
  library");
- ``salad``: as many of the sentence's words, picked at random, in order.

Fixed seed.  Reports the held-out AUC per kind of negative and the accuracy at 0.5.
"""

from __future__ import annotations

import argparse
import json
import re
import time

import numpy as np

from summarize.wellformed import WellFormed, build_net, mask_features

from .compressor import encode_pairs, google_pairs

SEED = 0
KINDS = ("gold", "whole", "headline", "clause", "drop", "cut", "head", "salad")
# headline style leaves these out of a well-formed compression ("Council votes to close library")
_HEADLINE_DROP = frozenset("a an the".split())
_STRUCTURE = re.compile(r"^(?:of|to|in|on|at|for|by|with|from|the|a|an|and|that|is|are|was|were|"
                        r"has|have|had|will|would|can|could|said|says|\w+ed|\w+s)$")
# a cut right before one of these ends a clause, not a phrase
_CLAUSE_START = frozenset("as while because although though after before when which who whose "
                          "where and but since until amid including despite".split())


def _alnum(ws: list[str]) -> np.ndarray:
    return np.array([w[0].isalnum() or w[0] == "$" for w in ws])


def examples(ws: list[str], gold: np.ndarray, rng) -> list[tuple[np.ndarray, float, str]]:
    """(mask, label, kind) for one sentence: the positives and one negative of each kind."""
    is_word = _alnum(ws)
    kept = np.flatnonzero(gold * is_word)
    out = [(gold.astype(np.float32), 1.0, "gold"), (np.ones(len(ws), np.float32), 1.0, "whole")]
    if len(kept) < 5:
        return out
    lower = [w.lower() for w in ws]
    m = gold * np.array([w not in _HEADLINE_DROP for w in lower], np.float32)
    if not np.array_equal(m, gold) and (m * is_word).sum() >= 4:
        out.append((m, 1.0, "headline"))
    clause_ends = [k for k in range(4, len(kept) - 1)
                   if ws[kept[k] + 1] in (",", ";") or lower[kept[k] + 1] in _CLAUSE_START]
    if clause_ends:
        m = gold.copy()
        m[kept[rng.choice(clause_ends) + 1:]] = 0.0
        out.append((m, 1.0, "clause"))
    # a run that holds a verb or a function word (taking out only modifiers often leaves a
    # sentence: "the [new] library")
    runs = [(a, b) for a in range(len(kept) - 1) for b in range(a + 1, min(a + 4, len(kept)))
            if any(_STRUCTURE.match(lower[i]) for i in kept[a:b])]
    if runs:
        a, b = runs[rng.integers(len(runs))]
        m = gold.copy()
        m[kept[a:b]] = 0.0
        out.append((m, 0.0, "drop"))
    ends = [k for k in range(3, len(kept) - 1)
            if kept[k] + 1 < len(ws) and ws[kept[k] + 1] not in (",", ".", ";", ":")
            and lower[kept[k] + 1] not in _CLAUSE_START]
    if ends:
        m = gold.copy()
        m[kept[rng.choice(ends) + 1:]] = 0.0
        out.append((m, 0.0, "cut"))
    # the subject gone: what is left opens with a lower-case word ("voted to close ..."), not
    # with a name ("[Record producer] Terry Melcher dies")
    heads = [k for k in (1, 2, 3) if k < len(kept) - 2 and ws[kept[k]][:1].islower()]
    if heads:
        m = gold.copy()
        m[kept[:heads[rng.integers(len(heads))]]] = 0.0
        out.append((m, 0.0, "head"))
    words = np.flatnonzero(is_word)
    pick = rng.choice(words, size=min(len(kept), len(words)), replace=False)
    m = np.zeros(len(ws), np.float32)
    m[pick] = 1.0
    if not np.array_equal(m * is_word, gold * is_word):
        out.append((m, 0.0, "salad"))
    return out


def _batch(items, X, mean, std):
    import torch

    width = max(len(X[i]) for i, _, _, _ in items)
    d = X[items[0][0]].shape[1] + 3
    xb = np.zeros((len(items), width, d), np.float32)
    kb = np.zeros((len(items), width), np.float32)
    for b, (i, mask, _, _) in enumerate(items):
        n = len(X[i])
        xb[b, :n] = (np.concatenate([X[i], mask_features(mask)], axis=1) - mean) / std
        kb[b, :n] = mask
    y = torch.tensor([lab for _, _, lab, _ in items], dtype=torch.float32)
    lengths = torch.tensor([len(X[i]) for i, _, _, _ in items])
    return torch.tensor(xb), torch.tensor(kb), lengths, y


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """Probability that a random positive outscores a random negative."""
    if not len(pos) or not len(neg):
        return float("nan")
    both = np.concatenate([pos, neg])
    ranks = both.argsort().argsort() + 1.0
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def train(pairs, encoder, epochs: int = 6, seed: int = SEED):
    """Fit the judge, keeping the epoch with the best held-out AUC (gold against all)."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    _, X, tr, va = encode_pairs(pairs, encoder)
    val_items = [(i, *e) for i in va for e in examples(pairs[i][1], pairs[i][2], rng)]
    sample = np.concatenate([np.concatenate([X[i], mask_features(pairs[i][2])], axis=1)
                             for i in tr])
    mean, std = sample.mean(0), sample.std(0) + 1e-6
    net = build_net(sample.shape[1])
    opt = torch.optim.AdamW(net.parameters(), lr=3e-3, weight_decay=1e-3)
    best = (-1.0, None, -1, {})
    history = []
    for ep in range(epochs):
        net.train()
        items = [(i, *e) for i in tr for e in examples(pairs[i][1], pairs[i][2], rng)]
        order = rng.permutation(len(items))
        for s in range(0, len(order), 128):
            xb, kb, lengths, y = _batch([items[j] for j in order[s:s + 128]], X, mean, std)
            opt.zero_grad()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net(xb, kb, lengths), y)
            loss.backward()
            opt.step()
        net.eval()
        scores = _scores(net, val_items, X, mean, std)
        report = _report(scores, val_items)
        history.append(report["auc"])
        if report["auc"] > best[0]:
            best = (report["auc"], {k: v.clone() for k, v in net.state_dict().items()}, ep, report)
    net.load_state_dict(best[1])
    net.eval()
    model = WellFormed(mean.astype(np.float32), std.astype(np.float32), net)
    info = {"best_epoch": best[2], "val_auc_history": history, "train_pairs": len(tr),
            "val_pairs": len(va), **best[3]}
    return model, info


def _scores(net, items, X, mean, std) -> np.ndarray:
    import torch

    out = []
    with torch.no_grad():
        for s in range(0, len(items), 128):
            xb, kb, lengths, _ = _batch(items[s:s + 128], X, mean, std)
            out.append(torch.sigmoid(net(xb, kb, lengths)).numpy())
    return np.concatenate(out)


def _report(scores: np.ndarray, items) -> dict:
    kinds = np.array([kind for *_, kind in items])
    labels = np.array([lab for _, _, lab, _ in items])
    gold = scores[kinds == "gold"]
    out = {"auc": round(auc(gold, scores[labels == 0]), 4),
           "accuracy_at_0.5": round(float(((scores >= 0.5) == (labels == 1)).mean()), 4)}
    for k in KINDS:
        if k != "gold":  # a positive kind near 0.5 reads as well formed as the gold
            out[f"auc_gold_vs_{k}"] = round(auc(gold, scores[kinds == k]), 4)
    return out


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--data-dir")
    args = ap.parse_args(argv)
    from summarize.encoder import get_encoder

    t0 = time.time()
    model, info = train(google_pairs(args.data_dir), get_encoder().load(), args.epochs)
    info.update({"seed": SEED, "seconds": round(time.time() - t0, 1),
                 "data": ["compression/google_compression_eval.jsonl"],
                 "command": "python -m eval.train wellformed"})
    print(json.dumps(info, indent=2))
    if not args.no_save:
        model.save(info=info)
        print("saved summarize/models/wellformed.npz and wellformed.json")


if __name__ == "__main__":
    main()
