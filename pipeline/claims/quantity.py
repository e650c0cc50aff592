"""The working record of one quantity while it is read (shared by the reading, joining and filtering steps)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Quantity:
    """One quantity while it is being read; ``PUBLIC_KEYS`` are what callers get."""

    start: int
    end: int
    value: float
    unit: str = "count"
    scale: float = 1.0
    decimals: int = 0
    currency_given: bool = False
    unit_given: bool = False
    words: bool = False
    value_low: float | None = None
    value_high: float | None = None
    change: str = "="
    hedge: str | None = None
    noun: str | None = None
    extras: dict = field(default_factory=dict)
