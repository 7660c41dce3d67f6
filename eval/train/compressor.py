"""Train the headline compressor: ``python -m eval.train compressor``.

Data: ``compression/google_compression_eval.jsonl`` (Filippova & Altun 2013: a news lead
sentence and its deletion-only compression, derived from the headline); every 10th pair is
held out for validation.  Optional extra: lead sentence / headline alignments from
``dev/bbc_headlines_dev.jsonl`` (words of the lead that the headline reuses are "keep").
Labels come from an in-order alignment of the compression's words to the sentence's.
Fixed seed.  Reports token-level F1 and compression ratio on the held-out pairs.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from summarize.compressor import Compressor, build_net, decode, word_inputs, words

from ..config import data_dir

SEED = 0


def _norm(w: str) -> str:
    return w.lower().replace("\u2019", "'").strip("'")


def align(sentence_words: list[str], compression_words: list[str]) -> np.ndarray:
    """Keep labels (n,): the compression's words matched in order, greedily."""
    y = np.zeros(len(sentence_words), dtype=np.float32)
    j = 0
    comp = [_norm(w) for w in compression_words if _norm(w)]
    for i, w in enumerate(sentence_words):
        if j < len(comp) and _norm(w) == comp[j]:
            y[i] = 1.0
            j += 1
    return y


def google_pairs(data: str | None = None) -> list[tuple[str, list[str], np.ndarray, str]]:
    """(id, words, labels, split) for every Google compression pair that aligns fully."""
    out = []
    path = data_dir(data) / "compression" / "google_compression_eval.jsonl"
    with open(path, encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            r = json.loads(line)
            ws = words(r["sentence"])
            comp = words(r["compression"])
            y = align(ws, comp)
            if y.sum() < 0.9 * len([w for w in comp if _norm(w)]):
                continue  # the compression is not a clean deletion of this tokenisation
            out.append((r["id"], ws, y, "val" if k % 10 == 9 else "train"))
    return out


def bbc_pairs(data: str | None = None) -> list[tuple[str, list[str], np.ndarray, str]]:
    """Lead-sentence words the BBC headline reuses, where it reuses most of its words."""
    from summarize.sentences import split

    out = []
    with open(data_dir(data) / "dev" / "bbc_headlines_dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            sents = split(" ".join(r["article"].split()))
            if not sents:
                continue
            ws = words(sents[0])
            head = {_norm(w) for w in words(r["headline"]) if w[0].isalnum()}
            y = np.array([1.0 if _norm(w) in head else 0.0 for w in ws], dtype=np.float32)
            if head and y.sum() >= 0.6 * len(head):
                out.append((r["id"], ws, y, "train"))
    return out


def token_f1(pred: set[int], gold: set[int]) -> float:
    """F1 of kept-word index sets."""
    if not pred and not gold:
        return 1.0
    tp = len(pred & gold)
    if not tp:
        return 0.0
    p, r = tp / len(pred), tp / len(gold)
    return 2 * p * r / (p + r)


def _batch(ids, pairs, X, mean, std):
    import torch

    width = max(len(pairs[i][1]) for i in ids)
    xb = np.zeros((len(ids), width, X[ids[0]].shape[1]), np.float32)
    yb = np.zeros((len(ids), width), np.float32)
    mb = np.zeros((len(ids), width), np.float32)
    for k, i in enumerate(ids):
        n = len(pairs[i][1])
        xb[k, :n] = (X[i] - mean) / std
        yb[k, :n] = pairs[i][2]
        mb[k, :n] = 1.0
    lengths = torch.tensor([len(pairs[i][1]) for i in ids])
    return torch.tensor(xb), torch.tensor(yb), torch.tensor(mb), lengths


def encode_pairs(pairs, encoder):
    """(token states, model inputs, train indices, validation indices) of ``pairs``."""
    states = encoder.word_states([p[1] for p in pairs])
    X = [word_inputs(st, p[1]) for st, p in zip(states, pairs)]
    tr = [i for i, p in enumerate(pairs) if p[3] == "train"]
    va = [i for i, p in enumerate(pairs) if p[3] == "val"]
    return states, X, tr, va


def train(pairs, encoder, epochs: int = 10, seed: int = SEED):
    """Fit the BiLSTM tagger, keeping the epoch with the best validation token F1."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    states, X, tr, va = encode_pairs(pairs, encoder)
    Xtr = np.concatenate([X[i] for i in tr])
    mean, std = Xtr.mean(0), Xtr.std(0) + 1e-6
    net = build_net(Xtr.shape[1])
    opt = torch.optim.AdamW(net.parameters(), lr=2e-3, weight_decay=1e-3)
    best = (-1.0, None, -1)
    history = []
    for ep in range(epochs):
        net.train()
        perm = rng.permutation(tr)
        for i in range(0, len(perm), 32):
            xb, yb, mb, lengths = _batch(list(perm[i:i + 32]), pairs, X, mean, std)
            opt.zero_grad()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                net(xb, lengths), yb, reduction="none")
            loss = (loss * mb).sum() / mb.sum()
            loss.backward()
            opt.step()
        net.eval()
        f1 = _val_f1(net, va, pairs, X, mean, std)
        history.append(round(f1, 4))
        if f1 > best[0]:
            best = (f1, {k: v.clone() for k, v in net.state_dict().items()}, ep)
    net.load_state_dict(best[1])
    net.eval()
    model = Compressor(mean.astype(np.float32), std.astype(np.float32), net)
    f1s, f1b, ratios, gold_ratios = [], [], [], []
    for i in va:
        ws, y = pairs[i][1], pairs[i][2]
        probs = model.keep_probs(states[i], ws)
        gold = set(np.flatnonzero(y).tolist())
        f1s.append(token_f1(set(np.flatnonzero(probs >= 0.5).tolist()), gold))
        kept = decode(ws, probs, max_words=len(ws), min_words=1)
        f1b.append(token_f1(set(kept), gold))
        ratios.append(len(kept) / len(ws))
        gold_ratios.append(len(gold) / len(ws))
    info = {"best_epoch": best[2], "val_token_f1_history": history,
            "train_pairs": len(tr), "val_pairs": len(va),
            "val_token_f1": round(float(np.mean(f1s)), 4),
            "val_token_f1_decoded": round(float(np.mean(f1b)), 4),
            "val_compression_ratio": round(float(np.mean(ratios)), 3),
            "val_gold_compression_ratio": round(float(np.mean(gold_ratios)), 3)}
    return model, info


def _val_f1(net, va, pairs, X, mean, std) -> float:
    import torch

    f1 = []
    with torch.no_grad():
        for i in range(0, len(va), 64):
            ids = va[i:i + 64]
            xb, _, _, lengths = _batch(ids, pairs, X, mean, std)
            p = torch.sigmoid(net(xb, lengths)).numpy()
            for k, j in enumerate(ids):
                n = len(pairs[j][1])
                f1.append(token_f1(set(np.flatnonzero(p[k, :n] >= 0.5).tolist()),
                                   set(np.flatnonzero(pairs[j][2]).tolist())))
    return float(np.mean(f1))


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-bbc", action="store_true", help="Google pairs only")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--data-dir")
    args = ap.parse_args(argv)
    from summarize.encoder import get_encoder

    t0 = time.time()
    pairs = google_pairs(args.data_dir)
    if not args.no_bbc:
        pairs += bbc_pairs(args.data_dir)
    model, info = train(pairs, get_encoder().load(), args.epochs)
    info.update({"seed": SEED, "seconds": round(time.time() - t0, 1),
                 "data": ["compression/google_compression_eval.jsonl"] +
                         ([] if args.no_bbc else ["dev/bbc_headlines_dev.jsonl"]),
                 "command": "python -m eval.train compressor", "published_reference":
                 "deletion LSTM (Filippova et al. 2015): about 0.82 token F1 on this data"})
    print(json.dumps(info, indent=2))
    if not args.no_save:
        model.save(info=info)
        print("saved summarize/models/compressor.npz and compressor.json")


if __name__ == "__main__":
    main()
