"""Training rasd's learned decisions from labelled data, and scoring them honestly.

The labelled data:

- gold reports (`../shared/eval/gold/train`, `gold/dev`): every candidate the rules propose
  is labelled by the scorer's own pairing (an event if it pairs with a gold event), and every
  sentence that told a candidate is labelled by whether a gold event's evidence holds it;
- the OEDA ASSAULT sentences of the `train` half only (the `test` half is refused);
- reviewers' decisions in a rasd database: accepted and corrected events are events, rejected
  ones are not.

`train` fits the models deterministically; `cross_validate` trains on K-1 folds of reports
and scores the held fold with the product's own extraction (`rasd.extract`'s path).
"""

from rasd.learn.data import (
    LabelledReport,
    LabelledSentence,
    load_gold_reports,
    load_oeda_sentences,
    load_review_reports,
)
from rasd.learn.train import TrainingResult, cross_validate, train

__all__ = [
    "LabelledReport",
    "LabelledSentence",
    "TrainingResult",
    "cross_validate",
    "load_gold_reports",
    "load_oeda_sentences",
    "load_review_reports",
    "train",
]
