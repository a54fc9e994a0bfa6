"""Every form of the site, found from the URL map: each field in turn gets each hostile value
(the other fields as the page filled them), is sent twice or left out, and the whole form is
sent as JSON with the CSRF header. Never a 5xx; a refusal writes nothing and says what is
wrong next to the field, in Vietnamese; NUL and control characters in a text field are
refused with that field's message."""

import functools
import itertools
import re

import pytest
from flask import url_for
from werkzeug.routing.converters import AnyConverter

from storefront.producers.models import ProducerStatus
from tests.hostile import html_forms
from tests.hostile.values import (
    BEYOND_64_BITS,
    FIELD_VALUES,
    ID_IN_NAMES,
    NOT_FOR_TEXT,
    REFUSED_IN_TEXT,
    VALUES_BY_KIND,
)
from tests.hostile.walk import TEXT_KINDS, Walker
from tests.hostile.world import FORM_PAGES, World, role_of
from tests.web import bare_app

# Rules taking POST that are not forms of a page. Keep this tiny (asserted below).
NOT_FORMS = {
    # Stripe's signed JSON body, not a browser's form: tests/payments/test_webhooks.py sends it
    # malformed, unsigned, replayed and out of order.
    "payments.stripe_webhook",
}
# States of the world a rule's page is walked in, beyond its URL's own choices (a rejected
# producer's page offers the office nothing: tests/test_admin_review.py).
STATES = {
    "admin.producer": {"status": [s.value for s in ProducerStatus if s != ProducerStatus.REJECTED]}
}
# Pages showing, empty, the form that another page shows filled in: there every value is sent;
# here a post is refused for its empty required fields whatever the value, so a short table.
SAME_FORM_AS = {
    "portal.new_product": "portal.edit_product",
    "portal.new_tour": "portal.edit_tour",
    "portal.new_orchard": "portal.edit_orchard",
    "portal.new_tree": "portal.edit_tree",
    "portal.new_plan": "portal.edit_plan",
}
SHORT_TABLE = ("nul", "crlf", "long", "beyond_64_bits", "invalid_choice")
# Rules whose form talks to the card provider when it is accepted.
NEEDS_STRIPE = {"payments.pay"}
LAST_NUMBER = re.compile(r"[0-9]+(?=[^0-9]*$)")  # the id in "qty-12" or "variants-0-price"
ENDS_IN_ID = re.compile(r"-[0-9]+$")  # "stock-<variant id>": a view reads the id itself


def _cases():
    cases = []
    rules = sorted(bare_app().url_map.iter_rules(), key=lambda r: (r.rule, r.endpoint))
    for rule in rules:
        if "POST" not in rule.methods or rule.endpoint in NOT_FORMS:
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


def _case_id(case) -> str:
    endpoint, _rule, choice = case
    return endpoint + "".join(f"[{value}]" for value in choice.values())


def test_only_the_webhook_is_left_out_and_every_post_only_rule_has_its_page():
    app = bare_app()
    posting = {r.endpoint for r in app.url_map.iter_rules() if "POST" in r.methods}
    assert posting >= NOT_FORMS and len(NOT_FORMS) <= 1
    post_only = {
        r.endpoint
        for r in app.url_map.iter_rules()
        if "POST" in r.methods and "GET" not in r.methods
    }
    assert post_only - NOT_FORMS == set(FORM_PAGES), "say which page shows each form"
    assert len(CASES) >= len(posting) - len(NOT_FORMS)
    assert set(SAME_FORM_AS) | set(SAME_FORM_AS.values()) <= posting


def _values_for(kind: str, short: bool) -> dict[str, str]:
    """The hostile values worth sending to a field of this kind (`short`: a few of them)."""
    if short:
        return {name: FIELD_VALUES[name] for name in SHORT_TABLE}
    if kind in TEXT_KINDS:
        return {name: v for name, v in FIELD_VALUES.items() if name not in NOT_FOR_TEXT}
    names = VALUES_BY_KIND.get(kind, VALUES_BY_KIND["choice"])
    return {name: FIELD_VALUES[name] for name in names}


def _hostile_data(form: html_forms.Form, short: bool = False):
    """(label, name, value label, data) for each field in turn: each hostile value, a list,
    the field left out, a hostile id in its name."""
    default = form.default_data()
    tokens = [name for name in form.names() if name.endswith("csrf_token")]
    for name in form.names():
        if name in tokens:
            continue
        kind = form.kind_of(name)
        values = dict(_values_for(kind, short))
        if "invalid_choice" in values and kind not in TEXT_KINDS:
            values["invalid_choice"] = "9" * 9  # a number, but not one of the options
        for label, value in values.items():
            yield f"{name}={label}", name, label, {**default, name: value}
        kept = default.get(name, "")
        yield f"{name}=list", name, "list", {**default, name: [kept or "1", "2"]}
        others = {k: v for k, v in default.items() if k != name}
        yield f"{name}=missing", name, "missing", others
        ids = ID_IN_NAMES if ENDS_IN_ID.search(name) else {"beyond_64_bits": BEYOND_64_BITS}
        for label, number in ids.items() if LAST_NUMBER.search(name) else ():
            renamed = LAST_NUMBER.sub(number, name)
            yield f"{renamed} ({label} in the name)", name, label, {**others, renamed: kept}
    for name, label in itertools.product(tokens, ("nul", "long")):
        yield f"{name}={label}", name, label, {**default, name: FIELD_VALUES[label]}


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_hostile_values_in_every_field(app, client, database, request, case):
    endpoint, rule_text, choice = case
    if endpoint in NEEDS_STRIPE:
        request.getfixturevalue("stripe_settings")
    rules = {(r.endpoint, r.rule): r for r in app.url_map.iter_rules()}
    rule = rules[endpoint, rule_text]
    page_endpoint = FORM_PAGES.get(endpoint, endpoint)
    page_rule = next(r for r in app.url_map.iter_rules() if r.endpoint == page_endpoint)
    world = World(app, client, subject=endpoint)
    world.prepare(endpoint, choice)
    world.log_in(role_of(endpoint))
    with app.test_request_context():
        path = url_for(endpoint, **world.url_values(rule, choice))
        page_url = url_for(
            page_endpoint, **world.url_values(page_rule, choice), **world.query(page_endpoint)
        )
    shown = client.get(page_url)
    assert shown.status_code == 200, (page_url, shown.status_code)
    form = html_forms.parse(shown.get_data(as_text=True), page_url).form_posting_to(path)
    assert form is not None, f"no form posting to {path} on {page_url}"
    walker = Walker(client)
    multipart = {"content_type": "multipart/form-data"} if form.enctype.startswith("multi") else {}
    post = functools.partial(walker.send, method="POST", url=form.action, form_path=path)

    baseline = post("as filled", data=form.default_data(), **multipart)
    already_invalid = baseline.invalid if baseline else set()
    for label, name, value_label, data in _hostile_data(form, short=endpoint in SAME_FORM_AS):
        value = data.get(name, "")
        answer = post(
            label, data=data, hostile=value if isinstance(value, str) else "", **multipart
        )
        must_refuse = (
            value_label in REFUSED_IN_TEXT
            and form.kind_of(name) in TEXT_KINDS
            and name not in already_invalid
        )
        if answer is not None and must_refuse and name not in answer.invalid:
            walker.failures.append(f"{label}: accepted ({answer.status}), not refused at the field")

    token = next((v for k, v in form.default_data().items() if k.endswith("csrf_token")), "")
    as_json = post("JSON body", json=form.default_data(), headers={"X-CSRFToken": token})
    if as_json is not None and as_json.status not in (400, 415):
        walker.failures.append(f"JSON body: answered {as_json.status}, not refused")
    assert not walker.failures, "\n".join([f"{endpoint} {path}", *walker.failures])
