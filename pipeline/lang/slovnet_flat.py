"""slovnet's NER model (natasha's ``NewsNERTagger``) run over a whole document at once.

slovnet's own executor pads every batch of 8 sequences to its longest one and runs its convolutions
batch by batch; on news text, cut into many short sentence groups, most of that work is padding and
small matrix products. Here the same weights run once per document: every piece's embeddings are
laid end to end, each followed by one zero row, so that every convolution (kernel 3, padding 1) sees
zeros beyond a piece's edges, exactly as slovnet's padding gives; the separator rows are zeroed again
after each layer, as slovnet zeroes its pad positions. Each layer is then three large matrix
products (one per kernel position). The CRF decoding is slovnet's own, over all pieces in one batch.
The tags equal slovnet's up to float rounding of the summation order. A text of more than
``GROUP_WORDS`` words (about 50,000 characters; no news article of ../shared/corpora/news) runs in
groups of pieces of that size, so that its cost and memory grow linearly with its length.

Written by hand (about 40 lines of numpy) because slovnet has no API for it; the model's layout is
read from slovnet's ``exec`` modules and checked at load time (``FlatNER.from_tagger``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

GROUP_WORDS = 8192  # words run at once: a whole news article; the arrays of longer texts stay cache-sized


@dataclass(frozen=True)
class FlatLayer:
    kernels: tuple[np.ndarray, ...]  # one (in, out) matrix per kernel position
    bias: np.ndarray
    scale: np.ndarray  # batch norm folded: (x - mean) / std * weight + bias == x * scale + shift
    shift: np.ndarray

    def __call__(self, x: np.ndarray, pad: np.ndarray) -> np.ndarray:
        n = len(x)
        padded = np.zeros((n + 2, x.shape[1]), dtype=x.dtype)
        padded[1:-1] = x
        y = padded[0:n] @ self.kernels[0]
        for k in range(1, len(self.kernels)):
            y += padded[k:n + k] @ self.kernels[k]
        y += self.bias
        np.maximum(y, 0, out=y)  # ReLU, then batch norm, as slovnet's CNNEncoderLayer
        y *= self.scale
        y += self.shift
        y[pad] = 0
        return y


class FlatNER:
    """``tags(pieces)``: one list of BIO tags per piece (a piece: a non-empty list of words)."""

    def __init__(self, tagger) -> None:
        infer = tagger.infer
        model = infer.model
        self.encoder, self.emb, self.head = infer.encoder, model.emb, model.head
        self.tags_vocab = infer.decoder.tags_vocab
        self.layers = tuple(adapt_slovnet_layer(layer) for layer in model.encoder.layers)

    def emissions(self, pieces: list[list[str]]) -> list[np.ndarray]:
        """The tag scores (words x tags) of each piece, before the CRF."""
        words_vocab, shapes_vocab = self.encoder.words_vocab, self.encoder.shapes_vocab
        word_ids, shape_ids, starts = [words_vocab.pad_id], [shapes_vocab.pad_id], []
        for words in pieces:
            ids, shapes = self.encoder.item(words)
            starts.append(len(word_ids))
            word_ids += ids + [words_vocab.pad_id]
            shape_ids += shapes + [shapes_vocab.pad_id]
        word_ids, shape_ids = np.array(word_ids), np.array(shape_ids)
        pad = word_ids == words_vocab.pad_id
        x = self.emb(word_ids, shape_ids)
        x[pad] = 0
        for layer in self.layers:
            x = layer(x, pad)
        scores = self.head(x)
        return [scores[start:start + len(words)] for start, words in zip(starts, pieces)]

    def tags(self, pieces: list[list[str]], group: int = GROUP_WORDS) -> list[list[str]]:
        """slovnet's CRF decoding of every piece, in one batch per ``group`` words or so."""
        pieces = [p for p in pieces if p]
        return [tags for batch in groups(pieces, group) for tags in self.batch_tags(batch)]

    def batch_tags(self, pieces: list[list[str]]) -> list[list[str]]:
        scores = self.emissions(pieces)
        lengths = [len(s) for s in scores]
        batch = np.zeros((len(scores), max(lengths), scores[0].shape[1]), dtype=scores[0].dtype)
        mask = np.zeros(batch.shape[:2], dtype=bool)
        for n, piece in enumerate(scores):
            batch[n, :len(piece)] = piece
            mask[n, :len(piece)] = True
        decoded = self.head.crf.decode(batch, mask)
        return [[self.tags_vocab.decode(int(i)) for i in ids[:length]] for ids, length in zip(decoded, lengths)]


def groups(pieces: list[list[str]], size: int) -> list[list[list[str]]]:
    """Consecutive pieces in groups of at most ``size`` words (a longer piece alone)."""
    found: list[list[list[str]]] = []
    words = size
    for piece in pieces:
        if words + len(piece) > size:
            found.append([])
            words = 0
        found[-1].append(piece)
        words += len(piece)
    return found


def adapt_slovnet_layer(layer) -> FlatLayer:
    """One of slovnet's ``CNNEncoderLayer`` (Conv1d, ReLU, BatchNorm1d) as a ``FlatLayer``."""
    weight = layer.conv.weight.array  # filters x in x kernel
    if weight.shape[2] != 2 * layer.conv.padding + 1:
        raise ValueError(f"slovnet conv with kernel {weight.shape[2]} and padding {layer.conv.padding} "
                         "is not supported: pin natasha/slovnet to a version with 'same' convolutions")
    norm = layer.norm
    scale = (norm.weight.array / norm.std.array).astype(weight.dtype)
    shift = (norm.bias.array - norm.mean.array * scale).astype(weight.dtype)
    kernels = tuple(np.ascontiguousarray(weight[:, :, k].T) for k in range(weight.shape[2]))
    return FlatLayer(kernels, layer.conv.bias.array, scale, shift)
