"""ROUGE as an ``evaluate`` metric module, offline, around Google's ``rouge_score``.

Loaded by path, never from the hub::

    >>> import evaluate, os
    >>> rouge = evaluate.load(os.path.dirname(__file__))
    >>> out = rouge.compute(predictions=["The cat sat on the mat."],
    ...                     references=["The cat sat on a mat."])
    >>> round(out["rouge1"], 2), round(out["rouge2"], 2)
    (83.33, 60.0)
    >>> out = rouge.compute(predictions=["Police arrested two men.\\nThe men were charged."],
    ...                     references=[["Two men were charged.", "Police made arrests."]],
    ...                     use_aggregator=False)
    >>> [round(x, 2) for x in out["rouge1"]]
    [66.67]

Scores are F1 x 100 (as published), ``use_stemmer=True`` by default.  ROUGE-Lsum expects
sentences separated by newlines on both sides; this module does not split text itself
(callers join their sentences with ``\\n``).  With several references per prediction the
best-scoring reference counts, per ROUGE type.  ``use_aggregator=False`` returns per-example
lists; otherwise means.
"""

import datasets
import evaluate
from rouge_score import rouge_scorer

_CITATION = """@inproceedings{lin-2004-rouge,
  title = "{ROUGE}: A Package for Automatic Evaluation of Summaries",
  author = "Lin, Chin-Yew", booktitle = "Text Summarization Branches Out", year = "2004",
  pages = "74--81"}"""
_DESCRIPTION = "ROUGE-1/2/L/Lsum F1 x 100 with rouge_score, stemming on, computed offline."
_KWARGS = """
Args:
    predictions: list of strings (sentences separated by newlines for ROUGE-Lsum).
    references: list of strings, or list of lists of strings (several references).
    rouge_types: default ["rouge1", "rouge2", "rougeL", "rougeLsum"].
    use_stemmer: Porter stemming, default True.
    use_aggregator: mean over examples (True, default) or per-example lists (False).
Returns:
    dict rouge type -> F1 x 100 (float, or list of floats per example).
"""

TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]


@evaluate.utils.file_utils.add_start_docstrings(_DESCRIPTION, _KWARGS)
class Rouge(evaluate.Metric):
    """ROUGE F1 x 100 via rouge_score."""

    def _info(self):
        return evaluate.MetricInfo(
            description=_DESCRIPTION,
            citation=_CITATION,
            inputs_description=_KWARGS,
            features=[
                datasets.Features({"predictions": datasets.Value("string"),
                                   "references": datasets.Sequence(datasets.Value("string"))}),
                datasets.Features({"predictions": datasets.Value("string"),
                                   "references": datasets.Value("string")}),
            ],
            codebase_urls=["https://github.com/google-research/google-research/tree/master/rouge"],
        )

    def _compute(self, predictions, references, rouge_types=None, use_stemmer=True,
                 use_aggregator=True):
        types = list(rouge_types or TYPES)
        scorer = rouge_scorer.RougeScorer(types, use_stemmer=use_stemmer)
        per = {t: [] for t in types}
        for pred, refs in zip(predictions, references):
            refs = [refs] if isinstance(refs, str) else list(refs)
            best = {t: 0.0 for t in types}
            for ref in refs:
                scores = scorer.score(ref, pred)
                for t in types:
                    best[t] = max(best[t], scores[t].fmeasure * 100)
            for t in types:
                per[t].append(best[t])
        if not use_aggregator:
            return per
        return {t: (sum(v) / len(v) if v else 0.0) for t, v in per.items()}
