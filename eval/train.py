"""Train the models that ship in ``summarize/models/``: ``python -m eval.train scorer``.

Data: the dev files only (``dev/cnndm_dev``, ``dev/xsum_validation``,
``dev/bbc_headlines_dev``, ``dev/neus_train``), never ``eval/``.  Every 5th document of
each file is held out for validation.  Labels: the greedy ROUGE oracle of each parsed
document against its reference (brief, summary, headline or neutral summary).
Fixed seed; minutes on 2 CPU cores.  Writes the weights and a JSON card with the data,
seed, timing and validation metrics next to them.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from .config import data_dir

# (dataset, reference field of Example, oracle size, weight of its documents)
SOURCES = [("cnndm-dev", "briefs", 4, 4.0), ("xsum-dev", "briefs", 1, 1.0),
           ("bbc-dev", "headlines", 1, 1.0), ("neus-train", "briefs", 3, 1.0)]
SEED = 0


def build_examples(limit: int | None = None, chunk: int = 64):
    """Per document: (source, split, inputs (n, k), labels (n,), weight, doc, ref tokens, emb)."""
    from summarize import InputError, Summarizer
    from summarize.engines.common import embed_documents, mark_duplicates, sentence_flags
    from summarize.features import sentence_features
    from summarize.scorer_model import scorer_inputs

    from . import data as datamod
    from .oracle import greedy, tokenize

    s = Summarizer()
    engine = s.engine.load()
    out = []
    for name, field, k, weight in SOURCES:
        _, _, examples = datamod.load(name, limit=limit)
        for start in range(0, len(examples), chunk):
            batch, refs, splits = [], [], []
            for idx, e in enumerate(examples[start:start + chunk], start):
                ref = getattr(e, field)
                if not ref:
                    continue
                try:
                    batch.append(s.parse(e.text))
                except InputError:
                    continue
                refs.append(ref[0])
                splits.append("val" if idx % 5 == 4 else "train")
            embs = embed_documents(engine.encoder, batch)
            mark_duplicates(batch, embs)
            for doc, emb, ref, split in zip(batch, embs, refs, splits):
                X = sentence_features(doc, emb["sentences"], emb["title"], emb["headings"],
                                      sentence_flags(doc))
                ref_toks = tokenize(ref)
                chosen = greedy([tokenize(x.text) for x in doc.sentences], ref_toks, k)
                y = np.zeros(len(doc.sentences), dtype=np.float32)
                y[chosen] = 1.0
                out.append({"source": name, "split": split, "x": scorer_inputs(X, emb["sentences"]),
                            "y": y, "w": weight, "doc": doc, "ref": ref_toks,
                            "emb": emb["sentences"], "k": k})
        print(f"{name}: {sum(1 for o in out if o['source'] == name)} documents", flush=True)
    return out


def _val_rouge(model_fn, items, k: int = 3) -> float:
    """Mean ROUGE-1 F1 x 100 of the top-k sentences (source order) on cnndm val docs."""
    from .oracle import ngram_f1, tokenize

    vals = []
    for it in items:
        if it["source"] != "cnndm-dev" or it["split"] != "val":
            continue
        scores = model_fn(it["x"])
        top = sorted(np.argsort(-scores)[:k])
        toks = [t for i in top for t in tokenize(it["doc"].sentences[i].text)]
        vals.append(ngram_f1(toks, it["ref"], 1) * 100)
    return float(np.mean(vals)) if vals else float("nan")


def train_scorer(items, hidden: int = 128, epochs: int = 40, lr: float = 1e-3,
                 seed: int = SEED):
    """Fit the MLP; returns (LearnedScorer, info dict)."""
    import torch

    from summarize.features import FEATURES
    from summarize.scorer_model import LearnedScorer

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    tr = [it for it in items if it["split"] == "train"]
    va = [it for it in items if it["split"] == "val"]
    Xtr = np.concatenate([it["x"] for it in tr])
    ytr = np.concatenate([it["y"] for it in tr])
    wtr = np.concatenate([np.full(len(it["y"]), it["w"] / max(1, len(it["y"])) ** 0.5,
                                  dtype=np.float32) for it in tr])
    mean, std = Xtr.mean(0), Xtr.std(0) + 1e-6
    norm = lambda a: (a - mean) / std  # noqa: E731
    Xva = np.concatenate([it["x"] for it in va])
    yva = np.concatenate([it["y"] for it in va])
    net = torch.nn.Sequential(torch.nn.Linear(Xtr.shape[1], hidden), torch.nn.ReLU(),
                              torch.nn.Dropout(0.2), torch.nn.Linear(hidden, 1))
    opt = torch.optim.AdamW(net.parameters(), lr=lr, weight_decay=1e-3)
    pos = float(ytr.mean())
    lossf = torch.nn.BCEWithLogitsLoss(reduction="none",
                                       pos_weight=torch.tensor((1 - pos) / max(pos, 1e-3)))
    xt, yt, wt = (torch.tensor(norm(Xtr)), torch.tensor(ytr), torch.tensor(wtr))
    xv, yv = torch.tensor(norm(Xva)), torch.tensor(yva)
    best = (float("inf"), None, -1)
    history = []
    for ep in range(epochs):
        net.train()
        perm = rng.permutation(len(xt))
        for i in range(0, len(perm), 512):
            b = perm[i:i + 512]
            opt.zero_grad()
            loss = (lossf(net(xt[b]).squeeze(1), yt[b]) * wt[b]).sum() / wt[b].sum()
            loss.backward()
            opt.step()
        net.eval()
        with torch.no_grad():
            vloss = float(lossf(net(xv).squeeze(1), yv).mean())
        history.append(round(vloss, 4))
        if vloss < best[0]:
            best = (vloss, {k: v.clone() for k, v in net.state_dict().items()}, ep)
    net.load_state_dict(best[1])
    sd = {k: v.numpy() for k, v in net.state_dict().items()}
    model = LearnedScorer(mean.astype(np.float32), std.astype(np.float32),
                          sd["0.weight"].T.copy(), sd["0.bias"].copy(),
                          sd["3.weight"][0].copy(), float(sd["3.bias"][0]), FEATURES)
    fn = lambda x: model_scores(model, x)  # noqa: E731
    info = {"epochs_run": epochs, "best_epoch": best[2], "val_loss": round(best[0], 4),
            "val_loss_history": history, "train_sentences": int(len(xt)),
            "val_sentences": int(len(xv)), "positive_rate": round(pos, 4),
            "val_cnndm_top3_rouge1": round(_val_rouge(fn, items), 2),
            "val_cnndm_lead3_rouge1": round(_val_rouge(lambda x: -np.arange(len(x), dtype=float),
                                                       items), 2)}
    return model, info


def model_scores(model, x: np.ndarray) -> np.ndarray:
    """Scores from precomputed model inputs (bypasses feature assembly)."""
    z = (x - model.mean) / model.std
    return np.maximum(z @ model.w1 + model.b1, 0) @ model.w2 + model.b2


def main(argv=None):
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("what", choices=["scorer", "compressor"])
    ap.add_argument("--limit", type=int, help="documents per source (for a quick run)")
    ap.add_argument("--epochs", type=int, default=40)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args(argv)
    if args.what == "compressor":
        import sys

        from .train_compressor import main as train_compressor

        return train_compressor((argv if argv is not None else sys.argv[1:])[1:])
    t0 = time.time()
    items = build_examples(args.limit)
    t1 = time.time()
    model, info = train_scorer(items, args.hidden, args.epochs)
    info.update({"seed": SEED, "data": [s[0] for s in SOURCES], "data_dir": str(data_dir()),
                 "feature_seconds": round(t1 - t0, 1), "train_seconds": round(time.time() - t1, 1),
                 "command": "python -m eval.train scorer"})
    print(json.dumps(info, indent=2))
    if not args.no_save:
        model.save(info=info)
        print("saved summarize/models/scorer.npz and scorer.json")


if __name__ == "__main__":
    main()
