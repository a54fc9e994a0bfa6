"""Files the site hands out for download: CSV tables that Excel opens with their Vietnamese
names intact."""

import csv
import io
from collections.abc import Iterable, Sequence

from flask import Response


def csv_response(filename: str, header: Sequence[object], rows: Iterable[Sequence[object]]):
    """A CSV attachment: a UTF-8 BOM (Excel then reads UTF-8), a header row, then the rows;
    values are written as str() of each cell, None as empty."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([str(cell) for cell in header])
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    return Response(
        "\ufeff" + out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
