"""Every page of the site, found from the URL map, with hostile query strings: each argument
the page reads (learned by opening it, not from a list) gets ids beyond 64 bits, -1, NUL,
letters, 5,000 digits, a repeated value...; text in the path gets the same. Never a 5xx."""

import itertools

import pytest
from flask import Request, url_for
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.routing.converters import AnyConverter, UnicodeConverter
from werkzeug.utils import cached_property

from storefront.producers.models import ProducerStatus
from tests.hostile.values import QUERY_VALUES
from tests.hostile.walk import Walker
from tests.hostile.world import World, role_of
from tests.web import bare_app

# GET rules that are not pages: files sent as they are stored, which read no argument.
NOT_PAGES = {"static", "media.file"}
STATES = {"admin.producer": {"status": [s.value for s in ProducerStatus]}}
# Every page reads ?lang=; one page is enough to walk it.
EVERYWHERE = {"lang"}


def _cases():
    cases = []
    rules = sorted(bare_app().url_map.iter_rules(), key=lambda r: (r.rule, r.endpoint))
    for rule in rules:
        if "GET" not in rule.methods or rule.endpoint in NOT_PAGES:
            continue
        axes = {
            name: sorted(converter.items)
            for name, converter in rule._converters.items()
            if isinstance(converter, AnyConverter)
        }
        axes.update(STATES.get(rule.endpoint, {}))
        for combination in itertools.product(*axes.values()):
            cases.append((rule.endpoint, rule.rule, dict(zip(axes, combination, strict=True))))
    return cases


CASES = _cases()


class _ReadArguments(ImmutableMultiDict):
    """Query arguments that remember which names the page asked for."""

    asked: set[str] = set()

    def __getitem__(self, key):
        self.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.asked.add(key)
        return super().__contains__(key)

    def getlist(self, key, type=None):
        self.asked.add(key)
        return super().getlist(key, type)


class _ListeningRequest(Request):
    @cached_property
    def args(self):
        return _ReadArguments(super().args)


def test_only_files_are_left_out():
    getting = {r.endpoint for r in bare_app().url_map.iter_rules() if "GET" in r.methods}
    assert getting >= NOT_PAGES and len(NOT_PAGES) <= 2


@pytest.mark.parametrize(
    "case", CASES, ids=[c[0] + "".join(f"[{v}]" for v in c[2].values()) for c in CASES]
)
def test_hostile_query_strings_on_every_page(app, client, database, monkeypatch, case):
    endpoint, rule_text, choice = case
    rule = {(r.endpoint, r.rule): r for r in app.url_map.iter_rules()}[endpoint, rule_text]
    world = World(app, client, subject=endpoint)
    world.prepare(endpoint, choice)
    world.log_in(role_of(endpoint))
    values = world.url_values(rule, choice)
    query = {k: str(v) for k, v in world.query(endpoint).items()}
    monkeypatch.setattr(app, "request_class", _ListeningRequest)
    asked: set[str] = set()
    monkeypatch.setattr(_ReadArguments, "asked", asked)
    with app.test_request_context():
        url = url_for(endpoint, **values)
    walker = Walker(client)
    plain = walker.send("as linked", "GET", url, query_string=query)
    assert plain is not None and plain.status < 400, (url, plain and plain.status)
    names = sorted(asked - (set() if endpoint == "main.home" else EVERYWHERE))
    for name, (label, value) in itertools.product(names, QUERY_VALUES.items()):
        walker.send(f"?{name}={label}", "GET", url, query_string={**query, name: value})
    for name in names:
        walker.send(f"?{name} twice", "GET", url, query_string={**query, name: ["1", "2"]})
    texts = [n for n, c in rule._converters.items() if type(c) is UnicodeConverter]
    for name, label in itertools.product(texts, ("nul", "long", "letters", "beyond_64_bits")):
        with app.test_request_context():
            hostile = url_for(endpoint, **{**values, name: QUERY_VALUES[label]})
        walker.send(f"<{name}>={label}", "GET", hostile, query_string=query)
    assert not walker.failures, "\n".join([f"{endpoint} {url} reads {names}", *walker.failures])
