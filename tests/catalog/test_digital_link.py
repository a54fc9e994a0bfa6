"""Parsing GS1 Digital Link paths as the standard says: a 14-digit GTIN with its check digit,
key qualifiers in order, AI values of character set 82 within their length, percent-encoding,
and the query's data attributes (AI 17 expiry, linkType)."""

from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storefront.catalog.digital_link import (
    DigitalLinkError,
    LotLink,
    lot_path,
    parse_gtin_path,
    parse_trace_path,
)

GTIN = "08935049501237"
# GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1).
CSET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


def refused(path: str, query: str = "") -> str:
    parse = parse_gtin_path if path.startswith("/01/") else parse_trace_path
    with pytest.raises(DigitalLinkError) as caught:
        parse(path, query)
    assert caught.value.status == 404
    return caught.value.code


def test_a_lot_path_with_expiry():
    link = parse_gtin_path(f"/01/{GTIN}/10/ABC-1", "17=261231")
    assert link == LotLink("ABC-1", gtin=GTIN, expiry=date(2026, 12, 31))


def test_day_00_is_the_last_day_of_the_month():
    assert parse_gtin_path(f"/01/{GTIN}/10/A", "17=270200").expiry == date(2027, 2, 28)


def test_the_gtin_alone():
    assert parse_gtin_path(f"/01/{GTIN}") == GTIN


def test_link_type_and_epcis_suffix():
    link = parse_gtin_path(f"/01/{GTIN}/10/A/epcis", "linkType=all")
    assert link.epcis and link.link_type == "all" and link.lot_code == "A"


def test_an_encoded_slash_stays_in_the_lot_and_epcis_is_only_a_real_segment():
    assert parse_gtin_path(f"/01/{GTIN}/10/A%2FB").lot_code == "A/B"
    link = parse_gtin_path(f"/01/{GTIN}/10/A%2Fepcis")
    assert link.lot_code == "A/epcis" and not link.epcis


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/01/08935049501238/10/A", ""),  # wrong check digit
        ("/01/8935049501237/10/A", ""),  # GTIN-13: the path takes 14 digits
        ("/01/0893504950123/10/A", ""),
        ("/01/089350495012377/10/A", ""),
        ("/01/0893504950123X/10/A", ""),
        ("/01/０８９３５０４９５０１２３７/10/A", ""),  # full-width digits
        (f"/01/{GTIN}/21/S1/10/A", ""),  # qualifiers out of order
        (f"/01/{GTIN}/10/A/10/B", ""),  # a qualifier twice
        (f"/01/{GTIN}/22/V1/10/A", ""),  # a CPV: we have no such lots
        (f"/01/{GTIN}/10/A/21/S1", ""),  # serials are another path
        (f"/01/{GTIN}/10/", ""),
        (f"/01/{GTIN}/10/A%20B", ""),  # space: not in character set 82
        (f"/01/{GTIN}/10/L%C3%B4", ""),  # "Lô": not in character set 82
        (f"/01/{GTIN}/10/A%23B", ""),  # "#"
        (f"/01/{GTIN}/10/A~B", ""),  # "~"
        (f"/01/{GTIN}/10/%FF", ""),  # not UTF-8
        (f"/01/{GTIN}/10/" + "A" * 21, ""),  # AI 10 holds at most 20
        (f"/01/{GTIN}/10/A", "17=261301"),  # month 13
        (f"/01/{GTIN}/10/A", "17=260230"),  # 30 February
        (f"/01/{GTIN}/10/A", "17=26123"),
        (f"/01/{GTIN}/10/A", "17=2612311"),
        (f"/01/{GTIN}/10/A", "17=abcdef"),
        (f"/01/{GTIN}/10/A", "17="),
        (f"/01/{GTIN}/10/A", "10=B"),  # key qualifiers belong in the path
        (f"/01/{GTIN}/10/A", "01=" + GTIN),
        (f"/01/{GTIN}/epcis", ""),
        ("/02/08935049501237/10/A", ""),
        ("/trace/Bad_Slug/A", ""),
        ("/trace/slug/A%20B", ""),
        ("/trace/slug/" + "B" * 21, ""),
        ("/trace/slug/A", "17=261340"),
    ],
)
def test_malformed_paths_are_refused(path, query):
    refused(path, query)


def test_unknown_query_parameters_are_ignored():
    assert parse_gtin_path(f"/01/{GTIN}/10/A", "utm_source=zalo&lang=en").lot_code == "A"


def _fake_lot(code: str, gtin: str | None = "8935049501237", best_before=None):
    variant = SimpleNamespace(gtin=gtin)
    return SimpleNamespace(
        code=code, variant=variant, product=SimpleNamespace(slug="tra-sen"), best_before=best_before
    )


@given(
    code=st.text(alphabet=CSET_82, min_size=1, max_size=20),
    best_before=st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2049, 12, 31))),
)
def test_lot_codes_round_trip_through_lot_path_and_the_parser(code, best_before):
    for gtin in ("8935049501237", None):
        path, _, query = lot_path(_fake_lot(code, gtin, best_before)).partition("?")
        link = parse_gtin_path(path, query) if gtin else parse_trace_path(path, query)
        assert link.lot_code == code
        assert link.expiry == (best_before if gtin else None)
        assert not link.epcis
