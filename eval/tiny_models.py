"""Tiny (and full-size) randomly initialised seq2seq models built locally, for tests and
the abstractive benchmark.

A word-level tokenizer is trained with the ``tokenizers`` library on a fixture text,
models are built from a config and ``save_pretrained`` to a folder, so the engine's real
``from_pretrained(path)`` code runs.  Nothing is downloaded.
"""

from __future__ import annotations

from pathlib import Path

SPECIALS_BART = ["<pad>", "<s>", "</s>", "<unk>", "<mask>"]
SPECIALS_T5 = ["<pad>", "</s>", "<unk>"]


def _tokenizer(text: str, specials: list[str], bos: bool, max_len: int):
    from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.WhitespaceSplit(),
                                                 pre_tokenizers.Punctuation()])
    tok.train_from_iterator([text], trainers.WordLevelTrainer(special_tokens=specials))
    if bos:
        tok.post_processor = processors.TemplateProcessing(
            single="<s> $A </s>", special_tokens=[("<s>", tok.token_to_id("<s>")),
                                                   ("</s>", tok.token_to_id("</s>"))])
    else:
        tok.post_processor = processors.TemplateProcessing(
            single="$A </s>", special_tokens=[("</s>", tok.token_to_id("</s>"))])
    from tokenizers import decoders

    tok.decoder = decoders.WordPiece(prefix="##")  # joins words with spaces
    kw = dict(tokenizer_object=tok, eos_token="</s>", pad_token="<pad>", unk_token="<unk>",
              model_max_length=max_len)
    if bos:
        kw.update(bos_token="<s>", mask_token="<mask>")
    return PreTrainedTokenizerFast(**kw)


TINY = dict(d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
            decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32)
# The sizes of facebook/bart-large-cnn (406M parameters); the weights here are random.
BART_LARGE = dict(d_model=1024, encoder_layers=12, decoder_layers=12, encoder_attention_heads=16,
                  decoder_attention_heads=16, encoder_ffn_dim=4096, decoder_ffn_dim=4096,
                  vocab_size=50264)


def build_bart(folder: Path, text: str, max_len: int = 64, sizes: dict | None = None) -> Path:
    """A BART (1 tiny layer by default, or ``BART_LARGE``) with ``max_len`` positions."""
    import torch
    from transformers import BartConfig, BartForConditionalGeneration

    torch.manual_seed(0)
    tok = _tokenizer(text, SPECIALS_BART, True, max_len)
    shape = {**TINY, "vocab_size": len(tok), **(sizes or {})}
    cfg = BartConfig(**shape, max_position_embeddings=max_len,
                     pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id,
                     eos_token_id=tok.eos_token_id, decoder_start_token_id=tok.eos_token_id,
                     forced_eos_token_id=tok.eos_token_id)
    BartForConditionalGeneration(cfg).save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder


def build_t5(folder: Path, text: str, max_len: int = 64) -> Path:
    """A 1-layer T5 saved to ``folder`` (relative positions; the tokenizer sets the limit)."""
    import torch
    from transformers import T5Config, T5ForConditionalGeneration

    torch.manual_seed(0)
    tok = _tokenizer(text, SPECIALS_T5, False, max_len)
    cfg = T5Config(vocab_size=len(tok), d_model=16, d_kv=8, d_ff=32, num_layers=1,
                   num_decoder_layers=1, num_heads=2, pad_token_id=tok.pad_token_id,
                   eos_token_id=tok.eos_token_id, decoder_start_token_id=tok.pad_token_id)
    T5ForConditionalGeneration(cfg).save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder


def build_encoder(folder: Path, text: str, model_type: str = "bert", max_len: int = 64) -> Path:
    """A tiny random sentence encoder (BERT, or DistilBERT to exercise the transformers path)
    with a word-piece tokenizer trained on ``text``, saved as safetensors + tokenizer.json."""
    import torch
    from tokenizers import BertWordPieceTokenizer
    from transformers import AutoConfig, AutoModel, BertTokenizerFast

    torch.manual_seed(0)
    wp = BertWordPieceTokenizer(lowercase=True)
    wp.train_from_iterator([text], vocab_size=300, min_frequency=1)
    folder.mkdir(parents=True, exist_ok=True)
    wp.save_model(str(folder))
    BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), model_max_length=max_len) \
        .save_pretrained(folder)
    if model_type == "bert":
        cfg = AutoConfig.for_model("bert", vocab_size=wp.get_vocab_size(), hidden_size=16,
                                   num_hidden_layers=2, num_attention_heads=2,
                                   intermediate_size=32, max_position_embeddings=max_len)
    else:
        cfg = AutoConfig.for_model(model_type, vocab_size=wp.get_vocab_size(), dim=16,
                                   n_layers=1, n_heads=2, hidden_dim=32,
                                   max_position_embeddings=max_len)
    AutoModel.from_config(cfg).save_pretrained(folder)
    return folder
