"""The renderer: ``partial()`` (a template rendered with given values, kept for the build pass), how output is
escaped, and data files written without a JSON encoder."""

from __future__ import annotations

import jinja2
from hypothesis import given, settings, strategies as st

from markupsafe import Markup

from sitegen.jsonout import json_bytes
from sitegen.pages import timeline
from sitegen.pages.common import Card
from sitegen.render import jinja_speed
from sitegen.render.renderer import Partials


def _partials(templates: dict[str, str]) -> tuple[Partials, list[str]]:
    rendered: list[str] = []
    env = jinja2.Environment(loader=jinja2.DictLoader(templates), autoescape=True, undefined=jinja2.StrictUndefined)
    env.globals["seen"] = lambda name: rendered.append(name) or ""
    partials = Partials(env, limit=4096)
    env.globals["partial"] = partials
    return partials, rendered


def card(slug: str, title: str) -> Card:
    made = Card(title=title)
    made.memo_key = ("article_card", slug)
    return made


def test_a_card_is_rendered_once_per_pass():
    partials, rendered = _partials({"card.html": "{{ seen(a.title) }}<h{{ level }}>{{ a.title }}</h{{ level }}>"})
    first = partials("card.html", a=card("kharkiv", "Strike on <Kharkiv>"), level=2)
    assert partials("card.html", a=card("kharkiv", "Strike on <Kharkiv>"), level=2) is first
    assert first == "<h2>Strike on &lt;Kharkiv&gt;</h2>"
    assert rendered == ["Strike on <Kharkiv>"]


def test_other_cards_other_variables_and_values_without_a_key_render_again():
    partials, rendered = _partials({"card.html": "{{ seen(a.title) }}<h{{ level }}>{{ a.title }}</h{{ level }}>"})
    partials("card.html", a=card("a", "A"), level=2)
    assert partials("card.html", a=card("a", "A"), level=3) == "<h3>A</h3>"
    assert partials("card.html", a=card("b", "B"), level=2) == "<h2>B</h2>"
    plain = {"title": "C"}  # a plain dict (a copy of a card, changed) is never taken from the memo
    partials("card.html", a=plain, level=2)
    assert partials("card.html", a=plain, level=2) == "<h2>C</h2>"
    assert len(rendered) == 5


def test_a_new_pass_renders_again_and_a_partial_sees_only_what_it_is_given():
    partials, rendered = _partials({"card.html": "{{ seen('x') }}{{ a }}{{ page is defined }}",
                                    "page.html": "{% set page = 1 %}{{ partial('card.html', a=a) }}"})
    env = partials.env
    value = "v"
    assert env.get_template("page.html").render(a=value) == "vFalse"
    partials.clear()
    assert env.get_template("page.html").render(a=value) == "vFalse"
    assert rendered == ["x", "x"]


@settings(max_examples=500)
@given(st.text(), st.dates(), st.text(), st.text(), st.sampled_from(["Event", "Article"]))
def test_a_timeline_event_is_written_as_its_json(unique_id, day, headline, text, group):
    """TimelineJS events are written without a JSON encoder per event: the bytes must be the encoder's."""
    expected = json_bytes({"unique_id": unique_id, "start_date": {"year": day.year, "month": day.month, "day": day.day},
                           "text": {"headline": headline, "text": text}, "group": group})
    assert timeline._event(unique_id, day, headline, text, group) == expected


_ESCAPING = {
    "page.html": (
        "{{ v }}|{{ v|e }}|{{ v ~ m }}|{{ m }}|{{ m|e }}|{{ n }}|{{ none }}|{{ v if n else m }}|{{ v|safe|e }}|"
        "{% set b %}<i>{{ v }}</i>{{ m }}{% endset %}{{ b }}|{{ b|e }}|{{ b ~ v }}|"
        "{% macro mac(x) %}<u>{{ x }}</u>{% endmacro %}{{ mac(v) }}|{{ mac(v)|e }}|"
        "{% filter upper %}{{ v }}{% endfilter %}|{% for c in [v, m, n] %}{{ c }}{% endfor %}|"
        "{% include 'inc.html' %}|{{ [v]|join(m) }}|{{ '%s<%s'|format(v, m) }}|{{ v|title }}|{{ {'k': v}.k }}"
    ),
    "inc.html": "<p>{{ v }}</p>{{ m }}",
}


@settings(max_examples=300)
@given(st.text(alphabet="a<>&\"'; Кї\u2028", max_size=12))
def test_output_is_escaped_exactly_as_jinja_escapes_it(value):
    """Output expressions skip making a Markup of each escaped value: every way a value reaches the page
    (blocks, macros, includes, filters, joins) must come out as Jinja's own autoescaping writes it."""
    ours = jinja_speed.Environment(loader=jinja2.DictLoader(_ESCAPING), autoescape=True)
    jinjas = jinja2.Environment(loader=jinja2.DictLoader(_ESCAPING), autoescape=True)
    values = {"v": value, "m": Markup("<b>&amp;</b>"), "n": 3}
    assert ours.get_template("page.html").render(values) == jinjas.get_template("page.html").render(values)


def test_the_speed_adapter_is_in_effect_with_the_installed_jinja_and_markupsafe():
    """jinja_speed leans on internals: a compiled template calls a module-level ``escape`` (which it
    replaces), and markupsafe has ``_escape_inner``. An upgrade that changes either fails here, rather than
    silently losing the speed (or, worse, the escaping)."""
    import markupsafe

    env = jinja_speed.Environment(loader=jinja2.DictLoader({"t.html": "{{ v }}"}), autoescape=True)
    template = env.get_template("t.html")
    assert jinja_speed.in_effect(template)
    assert jinja_speed._escape_inner is markupsafe._escape_inner
    assert template.render(v="<b>") == "&lt;b&gt;"

