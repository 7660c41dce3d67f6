"""The learned headline compressor: keep or drop each word of a sentence.

A small bidirectional LSTM tagger over the frozen encoder's token states (the first word
piece of each word) plus a few surface features, trained
by ``python -m eval.train compressor`` on the Google sentence-compression pairs (whose
compressions were derived from headlines).  Decoding keeps the most probable words under
a word budget, in their original order, with simple grammatical constraints: no leading
preposition or conjunction, no trailing function word, balanced quotes and brackets, and
at least one verb-like word.

    words (n,) -> token states (n, d) -> [state, surface] (n, d + s) -> relu(proj) (n, 128)
           -> BiLSTM (n, 2 x 64) -> linear -> keep logits (n,)

It does not decide which sentence to compress (``headlines`` does).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).parent / "models"
WEIGHTS = MODEL_DIR / "compressor.npz"
CONFIG = MODEL_DIR / "compressor.json"

WORD = re.compile(r"\$?\d[\d,.]*%?|[\w][\w'\u2019.-]*[\w]|\w|[^\w\s]")
# the comma or full stop WORD glues to a number ("2025,", "2026."): the mark, not the number's
NUMBER_MARK = re.compile(r"(?<=\d)[.,]$")
_FUNCTION_START = frozenset("and or but of to in on at for by with from as that which who "
                            "while when after before because although though , . ; : - ' \"".split())
_FUNCTION_END = frozenset("the a an of to in on at for by with from and or but as that which who "
                          "is are was were be has have had will would its his her their than , ; : -"
                          .split())
_VERBISH = re.compile(r"^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|"
                      r"must|should|do|does|did|says|said|won|lost|hit|made|took|got|left|told|"
                      r"found|led|set|cut|put|held|met|paid|sent|kept|ran|fell|rose|gave|came|"
                      r"went|saw|became|began|broke|shot|wrote|\w+ed|\w+s)$")
SURFACE = ("rel_pos", "is_punct", "is_title", "is_upper", "is_digit", "log_len", "first", "last",
           "in_parens", "clauses_before", "capital_inside", "after_break", "before_break",
           "attribution")
_ATTRIBUTION = frozenset("said says told according added reported".split())


def words(sentence: str) -> list[str]:
    """The words (and punctuation marks) of a sentence, as the compressor sees them."""
    return WORD.findall(sentence)


def word_spans(sentence: str) -> list[tuple[int, int]]:
    """Character spans of ``words(sentence)``."""
    return [m.span() for m in WORD.finditer(sentence)]


def surface_features(ws: list[str]) -> np.ndarray:
    """(n, len(SURFACE)) surface features of each word."""
    n = len(ws)
    out = np.zeros((n, len(SURFACE)), dtype=np.float32)
    depth = commas = 0
    for i, w in enumerate(ws):
        if w == "(":
            depth += 1
        out[i] = [i / max(1, n - 1), float(not w[0].isalnum() and w[0] != "$"),
                  float(w[:1].isupper()), float(w.isupper() and len(w) > 1),
                  float(any(c.isdigit() for c in w)), np.log1p(len(w)) / 3, float(i == 0),
                  float(i == n - 1), float(depth > 0), min(commas, 3) / 3,
                  float(w[:1].isupper() and i > 0), float(i > 0 and ws[i - 1] in (",", "(", "-")),
                  float(i < n - 1 and ws[i + 1] in (",", ")", ".")),
                  float(w.lower() in _ATTRIBUTION)]
        if w == ")":
            depth = max(0, depth - 1)
        if w == ",":
            commas += 1
    return out


def word_inputs(states: np.ndarray, ws: list[str]) -> np.ndarray:
    """Model inputs (n, d + s): each word's state and its surface features."""
    return np.concatenate([states, surface_features(ws)], axis=1).astype(np.float32)


def build_net(inputs: int, proj: int = 128, hidden: int = 64):
    """The tagger: projection, a bidirectional LSTM, one keep logit per word."""
    import torch

    class Tagger(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.proj = torch.nn.Linear(inputs, proj)
            self.lstm = torch.nn.LSTM(proj, hidden, batch_first=True, bidirectional=True)
            self.out = torch.nn.Linear(2 * hidden, 1)
            self.drop = torch.nn.Dropout(0.2)

        def forward(self, x, lengths=None):  # (b, n, inputs) -> (b, n)
            h = run_lstm(self.lstm, self.drop(torch.relu(self.proj(x))), lengths)
            return self.out(self.drop(h)).squeeze(-1)

    return Tagger()


def run_lstm(lstm, h, lengths=None):
    """``lstm`` over a batch (b, n, d); with ``lengths``, each sentence at its own length
    (padding does not feed the backward direction)."""
    import torch

    if lengths is None:
        return lstm(h)[0]
    packed = torch.nn.utils.rnn.pack_padded_sequence(h, lengths, batch_first=True,
                                                     enforce_sorted=False)
    return torch.nn.utils.rnn.pad_packed_sequence(lstm(packed)[0], batch_first=True,
                                                  total_length=h.shape[1])[0]


def save_net(net, mean: np.ndarray, std: np.ndarray, weights: Path, config: Path,
             card: dict) -> None:
    """Write a torch module's weights with its input normalisation (npz) and a JSON card."""
    weights.parent.mkdir(parents=True, exist_ok=True)
    arrays = {f"net.{k}": v.detach().numpy() for k, v in net.state_dict().items()}
    np.savez_compressed(weights, mean=mean, std=std, **arrays)
    config.write_text(json.dumps(card, indent=2) + "\n")


def load_net(net, weights: Path):
    """Fill ``net`` from ``save_net``'s file: (mean, std, net in eval mode)."""
    import torch

    z = np.load(weights)
    net.load_state_dict({k[4:]: torch.tensor(z[k]) for k in z.files if k.startswith("net.")})
    net.eval()
    return z["mean"], z["std"], net


@dataclass
class Compressor:
    """Keep/drop tagger; ``keep_probs(states, words)`` -> (n,) probabilities."""

    mean: np.ndarray
    std: np.ndarray
    net: object  # a torch module from build_net, in eval mode

    def keep_probs(self, states: np.ndarray, ws: list[str]) -> np.ndarray:
        """Probability that each word is kept."""
        import torch

        z = (word_inputs(states, ws) - self.mean) / self.std
        with torch.inference_mode():
            logit = self.net(torch.tensor(z, dtype=torch.float32)[None])[0]
        return torch.sigmoid(logit).numpy()

    def save(self, weights: Path = WEIGHTS, config: Path = CONFIG, info: dict | None = None):
        """Write the weights (npz) and a JSON card."""
        save_net(self.net, self.mean, self.std, weights, config,
                 {"surface": list(SURFACE), "inputs": int(self.mean.shape[0]), **(info or {})})


def load(weights: Path = WEIGHTS, config: Path = CONFIG) -> Compressor:
    """Load a compressor from its files."""
    card = json.loads(config.read_text())
    if tuple(card["surface"]) != SURFACE:
        raise ValueError("compressor weights were trained on other features; retrain them")
    return Compressor(*load_net(build_net(int(card["inputs"])), weights))


def load_shipped() -> Compressor | None:
    """The shipped compressor, or None if the package has none."""
    if not (WEIGHTS.exists() and CONFIG.exists()):
        return None
    return load()


def decode(ws: list[str], probs: np.ndarray, max_words: int, min_words: int = 4) -> list[int]:
    """Indices of the kept words: the most probable ones under the budget, in order.

    Words are counted without punctuation.  Constraints: no leading function word or
    punctuation, no trailing function word, balanced quotes/brackets, one verb-like word.
    """
    is_word = [w[0].isalnum() or w[0] == "$" for w in ws]
    order = np.argsort(-probs)
    keep: set[int] = set()
    n_words = 0
    for i in order:
        if probs[i] < 0.5 and n_words >= min_words:
            break
        if is_word[i] and n_words >= max_words:
            continue
        keep.add(int(i))
        n_words += is_word[i]
    kept = _repair(ws, sorted(keep))
    while kept and ws[kept[0]].lower() in _FUNCTION_START:
        kept.pop(0)
    while kept and ws[kept[-1]].lower() in _FUNCTION_END:
        kept.pop()
    for open_, close in (("(", ")"), ('"', '"'), ("\u201c", "\u201d")):
        if open_ == close:
            if sum(ws[i] == open_ for i in kept) % 2:
                kept = [i for i in kept if ws[i] != open_]
        elif sum(ws[i] == open_ for i in kept) != sum(ws[i] == close for i in kept):
            kept = [i for i in kept if ws[i] not in (open_, close)]
    if kept and not any(_VERBISH.match(ws[i].lower()) for i in kept):
        verbs = [i for i in range(len(ws)) if _VERBISH.match(ws[i].lower()) and kept[0] < i]
        if verbs:
            kept = sorted(set(kept) | {max(verbs[:3], key=lambda i: probs[i])})
    return kept


_GAP_WORDS = frozenset("to of for in at on said says is was are were has have had will would "
                       "be been 's".split())


def _repair(ws: list[str], kept: list[int]) -> list[int]:
    """Keep names whole ("Port Calder") and fill one-word gaps of function words."""
    keep = set(kept)
    for i in list(keep):  # a kept capitalised word takes its name neighbours along
        if i > 0 and ws[i][:1].isupper() and ws[i].isalpha():
            j = i - 1
            while j > 0 and ws[j][:1].isupper() and ws[j].isalpha() and j not in keep:
                keep.add(j)
                j -= 1
            j = i + 1
            while j < len(ws) and ws[j][:1].isupper() and ws[j].isalpha() and j not in keep:
                keep.add(j)
                j += 1
    ordered = sorted(keep)
    for a, b in zip(ordered, ordered[1:]):
        if b - a == 2 and ws[a + 1].lower() in _GAP_WORDS:
            keep.add(a + 1)
    return sorted(keep)


_NEGATION = frozenset("not n't no never neither nor none nobody nothing cannot".split())
# what a negation holds in its scope: deleting it makes the sentence deny more ("isn't [just]
# about looks", "not [always] right", "never [fully] recovered")
_NEGATED_SCOPE = frozenset("just only merely simply solely necessarily always entirely fully "
                           "completely quite all yet exactly really".split())


# a verb whose object pronoun a deletion may not drop ("lets [you] remove the paddle")
_CAUSATIVE = frozenset("let lets letting make makes making help helps helping".split())
_OBJECT_PRONOUNS = frozenset("you us them me him her".split())


def _negates(word: str) -> bool:
    """A negation, also inside a contraction ("isn't", "won’t")."""
    return word in _NEGATION or word.endswith(("n't", "n\u2019t"))


_REPORT_GAP = frozenset("said says say told tells announced added reported according claimed "
                        "stated explained warned insisted argued".split())
_NEEDS_NEXT = frozenset("the a an of to in at for with by from on into about as than its his her "
                        "their our my your this that these those how".split())  # ("how [much]")
_PREPOSITIONS = frozenset("of in at for with by from on into about as to over under after".split())
# nouns that need their "of": "all sorts of ...", "a number of ...", "dozens of ..."
_QUANTITY_NOUNS = frozenset("sort sorts kind kinds type types number lot lots dozens hundreds "
                            "thousands millions billions majority minority handful couple bunch "
                            "series share part".split())


_CLAUSE_WORDS = frozenset("and but that which who whom whose while whereas although because "
                          "when where after before since".split())


def _crosses_clause(gap: list[str]) -> bool:
    """A deleted span that holds a clause boundary (or is simply very long)."""
    if len(gap) > 12 or ";" in gap:
        return True
    return "," in gap and bool(_CLAUSE_WORDS & set(gap))


def _splits_brackets(ws: list[str], kept: list[int]) -> bool:
    """Whether a deletion keeps words inside brackets but not both brackets ("southern Arabia
    [(]Yemen[)]" would read "southern Arabia Yemen")."""
    keep, opened = set(kept), None
    for i, w in enumerate(ws):
        if w == "(":
            opened = i
        elif w == ")" and opened is not None:
            inside = any(k in keep for k in range(opened + 1, i))
            if inside and not (opened in keep and i in keep):
                return True
            opened = None
    return False


def well_formed(ws: list[str], kept: list[int], clauses: frozenset = frozenset()) -> bool:
    """Simple grammatical checks on a deletion (``clauses``: spans (a, b) known to be whole
    clauses, by ``headline_units``, whose deletion may hold a negation or be long).

    At least 4 words; a function word keeps the word that followed it ("the money", not
    "the put"); a gap that began with a preposition does not glue a common noun to a
    name ("profits TimeWarner"); the result does not open with a lower-case verb that
    had a subject in the sentence ("found 12 trillion ...").  Faithfulness: no gap
    inside the headline removes a reporting verb (that would put the reported words in
    the speaker's mouth: "Whitfield [said crews] had been called in") or a negation
    ("America is [no longer] for sale"), a gap may not end near the "that" of a clause
    whose verb it deletes (the reported clause would become the main one), and a gap of
    more than 4 words inside it that crosses a clause boundary must be an aside between
    commas or brackets (otherwise it glues two clauses together: "The cuts will [...,
    and that ...] pay"), and an opening subordinate clause keeps its conjunction or goes
    whole (``_subordinate_glued``).
    """
    if sum(ws[i][0].isalnum() for i in kept) < 4 or _splits_brackets(ws, kept):
        return False
    for a, b in zip(kept, kept[1:]):
        if b == a + 1:
            continue
        gap = [w.lower() for w in ws[a + 1:b]]
        whole = (a + 1, b) in clauses
        if _REPORT_GAP & set(gap) or (any(map(_negates, gap)) and not whole):
            return False
        if ws[a].lower() in _CAUSATIVE and gap[0] in _OBJECT_PRONOUNS:
            return False  # "this option lets [you] remove the paddle": the verb needs its object
        if _negates(ws[a].lower()) and gap[0] in _NEGATED_SCOPE:
            return False  # "isn't [just about] looking great": the negation now denies more
        if len(gap) >= 2 and "that" in gap[-3:] and gap[0] != "that":
            return False  # "The governor [would like us to know that (her)] state is on meth"
        if len(gap) > 4 and _crosses_clause(gap) and not whole and not (
                gap[0] in (",", "(", "-", "\u2014") and gap[-1] in (",", ")", "-", "\u2014")):
            return False
        if ws[a].lower() in _NEEDS_NEXT:
            return False
        if gap[0] == "of" and ws[a].lower() in _QUANTITY_NOUNS:
            return False  # "All sorts [of historical] cross-currents play"
        if (ws[a + 1].lower() in _PREPOSITIONS and ws[a][:1].islower() and ws[b][:1].isupper()
                and ws[a].lower() not in _FUNCTION_END):
            return False
    if _subordinate_glued(ws, kept):
        return False
    first = ws[kept[0]]
    return not (kept[0] > 0 and first[:1].islower() and _VERBISH.match(first.lower()))


SUBORDINATORS = frozenset("although though while because when if as after since unless whereas "
                           "once before until".split())


def _subordinate_glued(ws: list[str], kept: list[int]) -> bool:
    """Whether a sentence that opens with a subordinate clause lost its conjunction and the
    clause's end, so that the clause's subject takes the main clause's verb ("[Even though]
    Céline Dion [is a pop icon, people have occasionally] chosen to focus on her body")."""
    low = [w.lower() for w in ws[:2]]
    if not low or not (low[0] in SUBORDINATORS or low[:2] in (["even", "though"], ["even", "if"])):
        return False
    comma = next((i for i, w in enumerate(ws) if w == "," or w.endswith(",")), None)
    return comma is not None and 0 not in kept and kept[0] <= comma < kept[-1] \
        and any(a <= comma < b - 1 for a, b in zip(kept, kept[1:]))


def _orphan_commas(ws: list[str], kept: list[int]) -> set[int]:
    """Kept commas of an aside whose words are gone, before the verb ("Khaleel, [22,] started"
    would read "Khaleel, started")."""
    from lemminflect import getAllLemmas

    def verb(w: str) -> bool:  # a finite verb's form, not a plural noun ("plums")
        parts = getAllLemmas(w) if w.isalpha() and w.islower() else {}
        return bool(_VERBISH.match(w)) and "VERB" in parts and "NOUN" not in parts \
            or w in ("is", "are", "was", "were", "has", "have", "had", "will", "would")

    out = set()
    for a, b in zip(kept, kept[1:]):
        if b - a >= 2 and ws[a] == "," and ws[b - 1].endswith(",") and verb(ws[b]):
            out.add(a)  # "Khaleel, | 22, | started"
    for a, b, c in zip(kept, kept[1:], kept[2:]):
        if ws[b] == "," and b - a >= 2 and ws[a + 1] == "," and c == b + 1 and verb(ws[c]):
            out.add(b)  # "Khaleel | , 22 | , started"
    return out


def detokenize(ws: list[str], kept: list[int]) -> str:
    """Join kept words with spaces, punctuation attached; a bracket left empty goes, and so
    does the comma of an aside that went before the verb."""
    orphans = _orphan_commas(ws, kept)
    kept = [i for i in kept if i not in orphans]
    out, inside = "", False  # (inside a straight quotation: its closing mark attaches left)
    for i in kept:
        w = ws[i]
        closing = w == '"' and inside
        if out and (w[0].isalnum() or w[0] in "$(\"\u201c#&@") and not closing \
                and not out.endswith(("(", "\u201c", "#", "@")) and not (out.endswith('"') and inside):
            out += " "
        inside = not inside if w == '"' else inside
        out += w
    out = re.sub(r"\s+([,.;:!?%)\u201d])", r"\1", out)
    out = re.sub(r"(?<=\S/) (?=\S)|(?<=\d:) (?=\d)", "", out)  # "$50/month", "1:1", not "$50/ month", "1: 1"
    out = re.sub(r"\s*(?:\(\s*\)|\[\s*\])", "", out)
    return out.strip(" ,;:-")
