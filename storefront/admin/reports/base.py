"""What every report section is made of: the scope it is read for (a period and an area), its
tables of typed cells, its chart, and the registry the dashboard, the exports and the
reporting calendar walk.

A section is one module that registers a `Section` with a `read(scope)` function answering a
`Result`. Cells are typed (text, whole numbers, VND, per cent, dates), so each export writes
them as what they are; `Result.to_json` and `from_json` keep them as figures in a snapshot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from storefront.places import DONG_THAP, province_name, ward_name

TEXT, COUNT, MONEY, PERCENT, DAY = "text", "count", "money", "percent", "date"
KINDS = (TEXT, COUNT, MONEY, PERCENT, DAY)
MAX_BARS = 8  # a chart on a phone stays readable: the largest bars, the rest as "others"
PAGE_ROWS, PRINT_ROWS = 10, 100  # of a detail table, on a page and in a PDF


@dataclass(frozen=True)
class Scope:
    """The period (both days included) and the area (None: the whole province)."""

    start: date
    end: date
    ward_code: int | None = None
    today: date | None = None

    @property
    def area(self) -> str:
        return ward_name(self.ward_code) if self.ward_code else province_name(DONG_THAP)

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "ward_code": self.ward_code}  # fmt: skip


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT


@dataclass
class Table:
    """A titled table; the last row is a total when `total` says so. A `detail` table lists
    items (products, certificates) rather than sums: pages and the PDF show its first rows,
    the CSV and XLSX files all of them."""

    key: str
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    total: bool = False
    detail: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "columns": [[c.title, c.kind] for c in self.columns],
            "rows": [[_cell_json(v, c.kind) for v, c in zip(row, self.columns, strict=True)]
                     for row in self.rows],
            "total": self.total,
            "detail": self.detail,
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Table:
        columns = [Column(title, kind) for title, kind in data["columns"]]
        rows = [[_cell_value(v, c.kind) for v, c in zip(row, columns, strict=True)]
                for row in data["rows"]]  # fmt: skip
        return cls(data["key"], data["title"], columns, rows, data["total"], data["detail"])


def _cell_json(value: Any, kind: str) -> Any:
    return value.isoformat() if kind == DAY and isinstance(value, date) else value


def _cell_value(value: Any, kind: str) -> Any:
    return date.fromisoformat(value) if kind == DAY and isinstance(value, str) else value


@dataclass
class Chart:
    """Bars drawn from one table: its label column and one figure column."""

    title: str
    table: str  # the key of the table it draws
    value_column: int = 1


@dataclass
class Result:
    """What a section says for a scope: headline figures, tables and charts."""

    key: str
    title: str
    figures: list[tuple[str, Any, str]] = field(default_factory=list)  # label, value, kind
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    note: str = ""

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "figures": [list(f) for f in self.figures],
            "tables": [t.to_json() for t in self.tables],
            "charts": [[c.title, c.table, c.value_column] for c in self.charts],
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Result:
        return cls(
            data["key"],
            data["title"],
            [tuple(f) for f in data["figures"]],
            [Table.from_json(t) for t in data["tables"]],
            [Chart(*c) for c in data["charts"]],
            data["note"],
        )


@dataclass(frozen=True)
class Section:
    key: str
    title: Callable[[], str]  # in the reader's language, asked when the report is drawn
    read: Callable[[Scope], Result]
    position: int
    on_dashboard: bool = True  # the yearly traceability report is sent, not shown here


SECTIONS: dict[str, Section] = {}


def register(section: Section) -> Section:
    SECTIONS[section.key] = section
    return section


def sections(*, dashboard_only: bool = False) -> list[Section]:
    found = sorted(SECTIONS.values(), key=lambda s: s.position)
    return [s for s in found if s.on_dashboard or not dashboard_only]


def section(key: str) -> Section | None:
    return SECTIONS.get(key)


def percent(part: int, whole: int) -> float:
    """A share as a fraction (0.5 for 50 %), 0 when there is no whole; four decimals."""
    return round(part / whole, 4) if whole else 0.0
