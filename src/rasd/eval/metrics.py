"""Precision, recall and F1 from confusion counts: the one definition both scorers use (the
gold event scorer and the OEDA sentence scorer), so their figures are comparable."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Counts"]


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the rates they give.
    A rate whose denominator is zero is 0.0: nothing found is no evidence of skill."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
