"""Deterministic benchmark corpus: a sitegen site and, optionally, the equivalent Hugo and Pelican sites.

    python -m benchmarks.corpus OUT_DIR --articles 10000 [--speakers 200] [--notes 1000] [--seed 1]
                                [--hugo DIR] [--pelican DIR]

Everything comes from ``random.Random`` seeded with strings derived from ``--seed`` (no wall clock,
no hash randomisation), so the same arguments always write byte-identical files. Each article has
its own generator (seeded with the seed and its index), which keeps the text of article ``i`` the
same whichever output formats are asked for.

The three sites carry the same articles (titles, dates, bodies, tags, places, quotes, events) and
notes, laid out the way each tool expects; see ``benchmarks/README.md`` for how the work is kept
comparable.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys
import time
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

# Written at the top of every generated folder; lets the generator (and the harness) recognise a
# folder it may wipe and regenerate, and tells which parameters made it.
MARKER_NAME = ".benchmark-corpus.json"

# ---------------------------------------------------------------------------------------------
# Fixed vocabulary. Order matters: words are drawn with Zipf-like weights by rank, so the common
# function words come first, as in real prose.
# ---------------------------------------------------------------------------------------------

WORDS = """
the of and to in a on that for was said with by as at from is it has were have its after
their an but not be which had been they are this who more than also over would two new
forces military officials said Ukraine's Russian Ukrainian war city region front attack attacks
strikes strike drone drones missile missiles air defence troops soldiers people civilians
government president minister ministry defence foreign week day night morning overnight since
during while against near around about into could will may still only one three four several
many most some other further first last early late recent latest early-morning long-range
power energy grid plant station infrastructure damage damaged destroyed hit hits struck killed
wounded injured dead casualties residents homes buildings village villages town towns district
regional local national international allies partners western support aid package weapons
ammunition shells artillery tanks vehicles systems launchers units brigade battalion positions
line lines offensive counteroffensive advance advances retreat withdrawal assault assaults
defensive trenches fortifications mines minefields bridge bridges road roads rail railway port
ports ship ships shipping grain exports corridor sea coast river dam reservoir water heating
electricity outages blackout blackouts repair repairs crews engineers workers teams rescue
emergency services evacuation evacuated shelter shelters sirens alerts warning warned called
told reporters statement briefing interview television address confirmed denied claimed
reported according data figures estimate estimates analysts observers monitors investigators
prosecutors court case cases charges evidence crimes violations rights law laws parliament
vote voted bill budget funding billion million dollars euros sanctions assets banks economy
prices inflation markets oil gas fuel exports imports trade companies industry production
factory factories plants supply supplies shortage shortages logistics delivery deliveries
training recruits mobilisation conscription service volunteers veterans families children
schools hospitals doctors patients medicine health winter summer spring autumn cold heat
talks negotiations proposal proposals plan plans agreement deal ceasefire peace security
guarantees summit meeting meetings leaders delegation envoy mission observers inspectors
nuclear safety reactor reactors agency international monitoring team teams report reports
pressure threat threats risk risks danger dangerous difficult situation remains remained
continued continues began started ended expected likely possible unclear uncertain
significant major minor heavy intense fierce sporadic repeated renewed fresh new old
border borders territory territories occupied liberated control controlled held captured
retook regained lost losses gains days weeks months hours years time after-action
because however although despite yet so then now later before again already often never
we they he she them our us you your it's don't won't can't Ukraine's Russia's Europe's
""".split()

# Grammatical Ukrainian sentences, used verbatim for some quotes by Ukrainian speakers.
UKRAINIAN_QUOTES = [
    "Ми тримаємо оборону і не відступимо.",
    "Енергетики працюють цілодобово, щоб повернути світло в домівки.",
    "Вночі ворог атакував місто дронами, є пошкодження житлових будинків.",
    "Евакуація з прифронтових громад триває.",
    "Нам потрібно більше систем протиповітряної оборони, і потрібно зараз.",
    "Ситуація складна, але контрольована.",
    "Усі рятувальні служби працюють на місці удару.",
    "Кожен звільнений населений пункт ми розміновуємо крок за кроком.",
    "Допомога партнерів рятує життя наших людей.",
    "Ми фіксуємо кожен воєнний злочин і передаємо докази до суду.",
    "Школи в області продовжать навчання в укриттях.",
    "Обмін полоненими відбувся, додому повернулися наші захисники.",
]

# Places, each written one way only (a place never appears both in Latin and in Cyrillic, so two
# spellings can never turn into one slug). About a fifth are written in Cyrillic.
PLACES = [
    "Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Запоріжжя", "Херсон", "Mykolaiv", "Донецьк",
    "Sumy", "Chernihiv", "Poltava", "Kryvyi Rih", "Маріуполь", "Мелітополь", "Бахмут", "Авдіївка",
    "Покровськ", "Kramatorsk", "Слов'янськ", "Kostiantynivka", "Chasiv Yar", "Toretsk", "Вугледар",
    "Kupiansk", "Izium", "Lyman", "Енергодар", "Nikopol", "Orikhiv", "Гуляйполе", "Robotyne",
    "Токмак", "Бердянськ", "Nova Kakhovka", "Генічеськ", "Сєвєродонецьк", "Лисичанськ", "Луганськ",
    "Крим", "Севастополь", "Сімферополь", "Керч", "Донбас", "Vinnytsia", "Cherkasy", "Zhytomyr",
    "Rivne", "Lutsk", "Ternopil", "Ivano-Frankivsk", "Uzhhorod", "Chernivtsi", "Khmelnytskyi",
    "Kropyvnytskyi", "Bila Tserkva", "Kremenchuk", "Marinka", "Balakliia", "Bucha", "Irpin",
    "Hostomel", "Borodianka", "Vasylkiv", "Okhtyrka", "Trostianets", "Vovchansk", "Velyka Novosilka",
    "Kurakhove", "Selydove", "Myrnohrad", "Druzhkivka", "Siversk", "Soledar", "Horlivka",
    "Yasynuvata", "Volnovakha", "Vasylivka", "Polohy", "Skadovsk", "Oleshky", "Hola Prystan",
    "Snihurivka", "Bashtanka", "Voznesensk", "Izmail", "Reni", "Bilhorod-Dnistrovskyi",
    "Chornomorsk", "Ochakiv", "Kinburn Spit", "Snake Island", "Chuhuiv", "Derhachi", "Zolochiv",
    "Lyptsi", "Kozacha Lopan", "Brovary", "Konotop", "Shostka", "Nizhyn", "Pryluky", "Uman",
    "Kamianets-Podilskyi", "Mukachevo", "Kovel", "Starokostiantyniv", "Myrhorod", "Pavlohrad",
    "Marhanets", "Kamianske", "Synelnykove", "Чорнобиль", "Alchevsk", "Makiivka", "Dzhankoi",
    "Yevpatoriia", "Feodosiia", "Белгород", "Курск", "Sudzha", "Bryansk", "Shebekino",
    "Rostov-on-Don", "Novorossiysk", "Taganrog", "Engels", "Москва", "St Petersburg", "Voronezh",
    "Krasnodar", "Yeysk", "Tuapse", "Minsk", "Mozyr", "Warsaw", "Rzeszów", "Brussels",
    "Washington", "London", "Paris", "Berlin", "Ankara", "Istanbul", "Geneva", "Vienna", "Tallinn",
    "Vilnius", "Riga", "Helsinki", "Chișinău", "Bucharest", "Budapest", "Bratislava", "Prague",
    "Rome", "Beijing", "Tehran", "Pyongyang", "New York", "The Hague", "Jeddah", "Ramstein",
    "Sea of Azov", "Black Sea", "Transnistria",
]

_BASE_TAGS = """
artillery sanctions air-defence drones missiles energy grain diplomacy humanitarian-aid
evacuation refugees war-crimes prisoners-of-war mobilisation conscription front-line
counteroffensive occupation annexation referendum nuclear-safety iaea nato eu g7 un icc
ceasefire negotiations peace-talks black-sea shipping ports railways power-grid blackouts
heating water-supply dams infrastructure reconstruction frozen-assets reparations economy
inflation budget central-bank oil gas pipelines price-cap exports weapons-deliveries tanks
f-16 long-range-strikes cruise-missiles ballistic-missiles glide-bombs shahed naval-drones
electronic-warfare cyberattacks disinformation propaganda censorship media-freedom journalists
casualties civilians children deportations filtration torture mass-graves investigations
tribunals sanctions-evasion shadow-fleet mercenaries north-korea iran china belarus moldova
georgia poland baltic-states hungary slovakia turkey us-congress us-aid european-council
enlargement accession-talks corruption reform parliament elections martial-law curfew
air-raid-alerts shelters medicine hospitals schools education culture heritage religion
church minorities crimea-bridge kerch-strait fortifications minefields demining landmines
cluster-munitions ammunition shells defence-industry procurement recruitment training
veterans rehabilitation prosthetics mental-health volunteers crowdfunding agriculture
food-security fertiliser logistics fuel refineries airfields airspace satellites intelligence
sabotage partisans espionage treason courts sentencing exchanges repatriation missing-persons
red-cross unicef world-bank imf debt bonds insurance housing displacement returnees
""".split()
_TAG_REGIONS = "kharkiv zaporizhzhia kherson donetsk luhansk kursk crimea odesa sumy dnipro kyiv mykolaiv".split()
_TAG_TOPICS = "offensive drone-strikes shelling evacuation reconstruction power-outages front occupation partisans humanitarian-corridor air-defence blackouts".split()


def _build_tags(count: int = 300) -> list[str]:
    tags = list(dict.fromkeys(_BASE_TAGS))
    for topic in _TAG_TOPICS:
        for region in _TAG_REGIONS:
            if len(tags) >= count:
                return tags
            tags.append(f"{region}-{topic}")
    return tags


TAGS = _build_tags()

OUTLETS = [
    ("Reuters", "www.reuters.com", "world/europe"),
    ("Associated Press", "apnews.com", "article"),
    ("AFP", "www.afp.com", "en/news"),
    ("BBC News", "www.bbc.com", "news/world-europe"),
    ("The Kyiv Independent", "kyivindependent.com", "news"),
    ("Ukrainska Pravda", "www.pravda.com.ua", "eng/news"),
    ("Suspilne", "suspilne.media", "news"),
    ("Hromadske", "hromadske.ua", "en/posts"),
    ("Meduza", "meduza.io", "en/news"),
    ("Novaya Gazeta Europe", "novayagazeta.eu", "articles"),
    ("The Guardian", "www.theguardian.com", "world"),
    ("Financial Times", "www.ft.com", "content"),
    ("Le Monde", "www.lemonde.fr", "en/international"),
    ("Der Spiegel", "www.spiegel.de", "international/world"),
    ("Al Jazeera", "www.aljazeera.com", "news"),
    ("RFE/RL", "www.rferl.org", "a"),
    ("Politico Europe", "www.politico.eu", "article"),
    ("ISW", "www.understandingwar.org", "backgrounder"),
]

# Name pools: (Latin, Cyrillic) pairs, so a speaker's native name is always the same person's.
_UA_FIRST = [("Oleksandr", "Олександр"), ("Andrii", "Андрій"), ("Serhii", "Сергій"),
             ("Dmytro", "Дмитро"), ("Mykola", "Микола"), ("Yurii", "Юрій"), ("Viktor", "Віктор"),
             ("Oleh", "Олег"), ("Taras", "Тарас"), ("Bohdan", "Богдан"), ("Vasyl", "Василь"),
             ("Ihor", "Ігор"), ("Olena", "Олена"), ("Iryna", "Ірина"), ("Nataliia", "Наталія"),
             ("Oksana", "Оксана"), ("Tetiana", "Тетяна"), ("Yuliia", "Юлія"),
             ("Kateryna", "Катерина"), ("Mariia", "Марія"), ("Halyna", "Галина"),
             ("Svitlana", "Світлана"), ("Anastasiia", "Анастасія"), ("Roman", "Роман")]
_UA_LAST = [("Kovalenko", "Коваленко"), ("Bondarenko", "Бондаренко"), ("Tkachenko", "Ткаченко"),
            ("Kravchenko", "Кравченко"), ("Oliinyk", "Олійник"), ("Shevchuk", "Шевчук"),
            ("Koval", "Коваль"), ("Polishchuk", "Поліщук"), ("Bondar", "Бондар"),
            ("Tkachuk", "Ткачук"), ("Marchenko", "Марченко"), ("Moroz", "Мороз"),
            ("Lysenko", "Лисенко"), ("Rudenko", "Руденко"), ("Savchenko", "Савченко"),
            ("Petrenko", "Петренко"), ("Klymenko", "Клименко"), ("Pavlenko", "Павленко"),
            ("Kovalchuk", "Ковальчук"), ("Melnyk", "Мельник"), ("Boiko", "Бойко"),
            ("Ponomarenko", "Пономаренко"), ("Vasylenko", "Василенко"), ("Levchenko", "Левченко"),
            ("Karpenko", "Карпенко"), ("Honchar", "Гончар"), ("Hnatiuk", "Гнатюк"),
            ("Yaremchuk", "Яремчук"), ("Danyliuk", "Данилюк"), ("Stepaniuk", "Степанюк")]
_RU_FIRST_M = [("Aleksandr", "Александр"), ("Sergei", "Сергей"), ("Dmitry", "Дмитрий"),
               ("Andrei", "Андрей"), ("Alexei", "Алексей"), ("Maxim", "Максим"),
               ("Ivan", "Иван"), ("Mikhail", "Михаил"), ("Nikolai", "Николай"), ("Pavel", "Павел")]
_RU_FIRST_F = [("Yelena", "Елена"), ("Olga", "Ольга"), ("Tatiana", "Татьяна"),
               ("Natalia", "Наталья"), ("Irina", "Ирина"), ("Anna", "Анна")]
_RU_LAST = [("Ivanov", "Иванов"), ("Smirnov", "Смирнов"), ("Kuznetsov", "Кузнецов"),
            ("Popov", "Попов"), ("Sokolov", "Соколов"), ("Lebedev", "Лебедев"),
            ("Kozlov", "Козлов"), ("Novikov", "Новиков"), ("Morozov", "Морозов"),
            ("Volkov", "Волков"), ("Zaitsev", "Зайцев"), ("Pavlov", "Павлов"),
            ("Golubev", "Голубев"), ("Vinogradov", "Виноградов"), ("Bogdanov", "Богданов"),
            ("Fyodorov", "Фёдоров")]
_WEST_FIRST = ["James", "Michael", "Sarah", "Anna", "Thomas", "Katarzyna", "Piotr", "Lukas",
               "Sophie", "Jean", "Marie", "Pierre", "Hans", "Ingrid", "Mark", "Laura", "David",
               "Emma", "Giulia", "Marco", "Jan", "Eva", "Tomas", "Aylin", "Mehmet", "Siobhan"]
_WEST_LAST = ["Miller", "Harrison", "Bennett", "Whitaker", "Dubois", "Lefèvre", "Moreau",
              "Schneider", "Fischer", "Becker", "Nowak", "Kowalczyk", "Wiśniewski", "Novák",
              "Lindqvist", "Johansson", "Rossi", "Bianchi", "van Dijk", "Jansen", "O'Connor",
              "Kaya", "Yılmaz", "Demir", "Andersen", "Virtanen"]
_EDITORS = ["Olha Marchuk", "Daniel Reeves", "Mariana Hrytsenko", "Claire Fontaine",
            "Petro Sydorenko", "Helen Whitfield"]

_UA_ROLES = [
    ("Governor of {oblast} Oblast", "{oblast} Regional Military Administration"),
    ("Mayor of {city}", "{city} City Council"),
    ("spokesperson for the Air Force", "Armed Forces of Ukraine"),
    ("spokesperson for the General Staff", "Armed Forces of Ukraine"),
    ("commander of a drone unit", "Armed Forces of Ukraine"),
    ("Deputy Minister of Energy", "Ministry of Energy of Ukraine"),
    ("Deputy Foreign Minister", "Ministry of Foreign Affairs of Ukraine"),
    ("member of parliament", "Verkhovna Rada"),
    ("regional prosecutor", "Office of the Prosecutor General"),
    ("head of the state emergency service in {oblast}", "State Emergency Service"),
    ("grid operator executive", "Ukrenergo"),
    ("volunteer coordinator", "a Kyiv-based charity"),
]
_RU_ROLES = [
    ("defence ministry spokesperson", "Ministry of Defence of Russia"),
    ("Duma deputy", "State Duma"),
    ("regional governor", "{city} regional administration"),
    ("military blogger", "independent Telegram channel"),
    ("occupation official", "Russian-installed administration"),
    ("exiled journalist", "independent Russian media"),
]
_WEST_ROLES = [
    ("defence analyst", "{thinktank}"),
    ("senior fellow", "{thinktank}"),
    ("NATO official", "NATO"),
    ("EU commissioner", "European Commission"),
    ("member of the European Parliament", "European Parliament"),
    ("IAEA inspector", "International Atomic Energy Agency"),
    ("UN humanitarian coordinator", "United Nations"),
    ("US senator", "United States Senate"),
    ("State Department spokesperson", "US Department of State"),
    ("economist", "{thinktank}"),
]
_THINKTANKS = ["Royal United Services Institute", "Centre for Eastern Studies", "Kiel Institute",
               "Carnegie Endowment", "International Crisis Group", "Chatham House"]
_OBLASTS = ["Kharkiv", "Zaporizhzhia", "Kherson", "Donetsk", "Sumy", "Odesa", "Mykolaiv",
            "Dnipropetrovsk", "Chernihiv", "Kyiv", "Lviv", "Poltava"]
_CITIES = ["Kharkiv", "Odesa", "Dnipro", "Mykolaiv", "Zaporizhzhia", "Sumy", "Kramatorsk",
           "Kherson", "Belgorod", "Kursk"]
_ANONYMOUS = [
    ("a senior US official", "US administration"),
    ("a Ukrainian military intelligence source", "Defence Intelligence of Ukraine"),
    ("a European diplomat", "European External Action Service"),
    ("a Russian official familiar with the talks", "Russian government"),
    ("a NATO military official", "NATO"),
    ("a soldier on the eastern front", "Armed Forces of Ukraine"),
    ("a resident of the occupied south", ""),
    ("an energy company engineer", ""),
    ("a humanitarian worker", "United Nations"),
    ("a Western intelligence official", ""),
]

_SUBJECTS = ["Ukrainian forces", "Russian troops", "Air defences", "EU ministers", "NATO allies",
             "The IAEA", "Kyiv", "Moscow", "Drone units", "Grain exporters", "Regional officials",
             "Rescue crews", "Energy workers", "Prosecutors", "Volunteers", "Lawmakers", "The G7",
             "Negotiators", "Engineers", "Residents", "Investigators", "Medics"]
_VERBS = ["repel", "report", "agree on", "debate", "restore", "condemn", "expand", "delay",
          "probe", "warn of", "push back", "secure", "announce", "reject", "count the cost of",
          "brace for", "prepare for", "call for"]
_OBJECTS = ["an overnight assault", "new sanctions", "power supplies", "a prisoner exchange",
            "drone attacks", "artillery shortages", "the grain corridor", "a ceasefire proposal",
            "mobilisation rules", "air-defence deliveries", "damage to the dam",
            "strikes on refineries", "evacuation routes", "frozen assets", "a new aid package",
            "a winter of blackouts", "missile strikes", "the front line", "mine clearance",
            "school reopenings", "rail links", "port traffic", "shelling"]
_CONTEXTS = ["at a press briefing", "in a televised address", "speaking to reporters",
             "on Telegram", "in a statement", "in an interview", "at a news conference",
             "during a visit to the front", "in a video address", "at a parliamentary hearing",
             "on social media", "in a radio interview"]
_HEADINGS = ["What we know", "The damage", "Reaction", "Background", "What happens next",
             "On the ground", "The numbers", "Diplomatic fallout", "Why it matters"]

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ё": "io", "ы": "y",
    "э": "e", "ъ": "", "'": "", "’": "",
}
_ACCENTS = str.maketrans("çșşțéèêëáàâäíîïóôöúùûüůñńłśźżýčřšžěďťňåøæığ",
                         "cssteeeeaaaaiiiooouuuuunnlszzycrszedtnaoaig")


def slugify(text: str) -> str:
    """ASCII slug for file names: Cyrillic transliterated, accents dropped, words joined by '-'."""
    lowered = "".join(_TRANSLIT.get(ch, ch) for ch in text.lower()).translate(_ACCENTS)
    return re.sub(r"[^a-z0-9]+", "-", lowered).strip("-")


_PLAIN_SCALAR = re.compile(r"[^\W\d_][\w'’ .\-]*[\w.]\Z|[^\W\d_]\Z")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def yaml_str(text: str) -> str:
    """A YAML scalar for text: plain when that is unambiguous (as an editor would write it),
    double-quoted otherwise. A JSON string is a valid YAML double-quoted scalar."""
    if _PLAIN_SCALAR.match(text) and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def yaml_quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _zipf_cum_weights(n: int, exponent: float) -> list[float]:
    return list(accumulate(1.0 / (rank + 1) ** exponent for rank in range(n)))


_WORD_CUM = _zipf_cum_weights(len(WORDS), 0.8)
_TAG_CUM = _zipf_cum_weights(len(TAGS), 0.9)
_PLACE_CUM = _zipf_cum_weights(len(PLACES), 0.9)

_START = datetime(2022, 2, 24, 5, 0)
_END = datetime(2026, 6, 30, 23, 0)


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def kyiv_offset(moment: datetime) -> str:
    """UTC offset of Kyiv local time (EU summer-time rule), as '+02:00' or '+03:00'."""
    summer = _last_sunday(moment.year, 3) <= moment.date() < _last_sunday(moment.year, 10)
    return "+03:00" if summer else "+02:00"


def _pick_distinct(rng: random.Random, population: list, cum_weights: list[float], count: int) -> list:
    picked: list = []
    while len(picked) < count:
        item = population[bisect_right(cum_weights, rng.random() * cum_weights[-1])]
        if item not in picked:
            picked.append(item)
    return picked


# ---------------------------------------------------------------------------------------------
# Model of the corpus
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str
    name_native: str
    role: str
    affiliation: str
    aliases: tuple[str, ...]
    anonymous: bool
    language: str = "en"  # not written out; picks the language of some verbatim quotes


@dataclass(frozen=True)
class Quote:
    speaker: str
    text: str
    context: str


@dataclass(frozen=True)
class Event:
    date: date
    title: str


@dataclass(frozen=True)
class Article:
    index: int
    slug: str
    title: str
    published: datetime
    date_only: bool
    outlet: str
    url: str
    author: str
    summary: str
    tags: tuple[str, ...]
    places: tuple[str, ...]
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...]
    body: str

    @property
    def folder(self) -> str:
        return f"{self.published.year:04d}/{self.published.month:02d}"

    @property
    def date_text(self) -> str:
        if self.date_only:
            return self.published.date().isoformat()
        return self.published.isoformat(timespec="seconds") + kyiv_offset(self.published)


@dataclass(frozen=True)
class Note:
    slug: str
    title: str
    published: date
    author: str
    articles: tuple[Article, ...]
    body: str


def make_speakers(count: int, seed: int) -> list[Speaker]:
    """``count`` speakers: Ukrainian, Russian and Western officials and experts, a few anonymous."""
    rng = random.Random(f"{seed}:speakers")
    speakers: list[Speaker] = []
    used_ids: set[str] = set()
    used_names: set[str] = set()
    anonymous_pool = list(_ANONYMOUS)
    while len(speakers) < count:
        roll = rng.random()
        if roll < 0.05 and anonymous_pool:
            name, affiliation = anonymous_pool.pop(0)
            speaker_id = "anonymous-" + slugify(name.split(" ", 1)[1])
            speakers.append(Speaker(speaker_id, name, name, "", affiliation, (), True))
            used_ids.add(speaker_id)
            continue
        fill = {"oblast": rng.choice(_OBLASTS), "city": rng.choice(_CITIES),
                "thinktank": rng.choice(_THINKTANKS)}
        if roll < 0.60:
            first, first_native = rng.choice(_UA_FIRST)
            last, last_native = rng.choice(_UA_LAST)
            role, affiliation = rng.choice(_UA_ROLES)
            language = "uk"
        elif roll < 0.78:
            female = rng.random() < 0.3
            first, first_native = rng.choice(_RU_FIRST_F if female else _RU_FIRST_M)
            last, last_native = rng.choice(_RU_LAST)
            if female:
                last, last_native = last + "a", last_native + "а"
            role, affiliation = rng.choice(_RU_ROLES)
            language = "ru"
        else:
            first = first_native = rng.choice(_WEST_FIRST)
            last = last_native = rng.choice(_WEST_LAST)
            role, affiliation = rng.choice(_WEST_ROLES)
            language = "en"
        name = f"{first} {last}"
        if name in used_names:
            continue
        speaker_id = slugify(name)
        if speaker_id in used_ids:
            continue
        used_names.add(name)
        used_ids.add(speaker_id)
        native = f"{first_native} {last_native}"
        aliases: list[str] = []
        if rng.random() < 0.6:
            aliases.append(last)
        if native != name and rng.random() < 0.5:
            aliases.append(native)
        role, affiliation = role.format(**fill), affiliation.format(**fill)
        speakers.append(Speaker(speaker_id, name, native, role, affiliation, tuple(aliases), False, language))
    return speakers


class _Prose:
    """Sentence and paragraph maker shared by articles and notes."""

    def __init__(self, rng: random.Random, speakers: list[Speaker]):
        self.rng = rng
        self.speakers = speakers

    def words(self, count: int) -> list[str]:
        return self.rng.choices(WORDS, cum_weights=_WORD_CUM, k=count)

    def sentence(self, low: int = 8, high: int = 24, plain: bool = False) -> str:
        """A sentence of news vocabulary; ``plain`` leaves out Markdown emphasis (for quotes, which
        sitegen shows verbatim)."""
        rng = self.rng
        words = self.words(rng.randint(low, high))
        roll = rng.random()
        if roll < 0.12:
            words.insert(rng.randrange(len(words)), "in " + rng.choice(PLACES))
        elif roll < 0.20 and self.speakers:
            speaker = rng.choice(self.speakers)
            if not speaker.anonymous:
                words.insert(rng.randrange(len(words)), speaker.name)
        elif roll < 0.24:
            words.insert(rng.randrange(len(words)), f"{rng.randint(2, 950)}")
        decoration = 1.0 if plain else rng.random()
        if decoration < 0.06:
            i = rng.randrange(len(words))
            words[i] = f"*{words[i]}*"
        elif decoration < 0.08 and len(words) > 3:
            i = rng.randrange(len(words) - 1)
            words[i:i + 2] = [f"**{words[i]} {words[i + 1]}**"]
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def link(self, text: str) -> str:
        _, domain, section = self.rng.choice(OUTLETS)
        path = slugify(text) or "story"
        return f"[{text}](https://{domain}/{section}/{path}-{self.rng.randint(1000, 99999)}/)"

    def paragraph(self) -> tuple[str, int]:
        rng = self.rng
        sentences = [self.sentence() for _ in range(rng.randint(3, 6))]
        if rng.random() < 0.25:
            i = rng.randrange(len(sentences))
            words = sentences[i].split(" ")
            start = rng.randrange(max(1, len(words) - 4))
            span = rng.randint(2, 4)
            linked = " ".join(words[start:start + span]).strip(".*")
            if linked and "*" not in linked:
                words[start:start + span] = [self.link(linked)]
                sentences[i] = " ".join(words)
                if not sentences[i].endswith("."):
                    sentences[i] += "."
        text = " ".join(sentences)
        return text, text.count(" ") + 1

    def body(self, target_words: int, quotes: tuple[Quote, ...] = (), speakers: dict | None = None) -> str:
        """Paragraphs up to ``target_words``, with each quote reported verbatim somewhere after the
        first paragraph, as a news article would (sitegen checks that quotes appear in the body)."""
        rng = self.rng
        blocks: list[str] = []
        total = 0
        heading_at = rng.randint(2, 4) if rng.random() < 0.3 else -1
        list_at = rng.randint(1, 4) if rng.random() < 0.25 else -1
        quote_at = rng.randint(1, 3) if quotes and rng.random() < 0.15 else -1
        while total < target_words:
            n = len(blocks)
            if n == heading_at:
                blocks.append("## " + rng.choice(_HEADINGS))
            if n == list_at:
                items = [" ".join(self.words(rng.randint(3, 9))) for _ in range(rng.randint(3, 5))]
                blocks.append("\n".join(f"- {item}" for item in items))
                total += sum(item.count(" ") + 1 for item in items)
            if n == quote_at:
                blocks.append("> " + quotes[0].text)
            text, count = self.paragraph()
            blocks.append(text)
            total += count
        for quote in quotes:
            blocks.insert(rng.randint(1, len(blocks)), quote_paragraph(rng, quote, speakers[quote.speaker]))
        return "\n\n".join(blocks) + "\n"


def quote_paragraph(rng: random.Random, quote: Quote, speaker: Speaker) -> str:
    """The quote as a reporter writes it into the text, in one of a few house styles."""
    who = speaker.name if not speaker.anonymous else speaker.name[0].upper() + speaker.name[1:]
    where = f" {quote.context}" if quote.context else ""
    text = quote.text
    if speaker.language == "uk" and not text.isascii():
        return f"«{text}» — {speaker.name_native}."
    style = rng.random()
    if style < 0.5 and text.endswith("."):
        # "…," she said: sitegen accepts the run-on comma for a quote that ends with a full stop.
        return f"“{text[:-1]},” {who} said{where}."
    if style < 0.8:
        role = f", {speaker.role}," if speaker.role else ""
        return f"{who}{role} said{where}: \"{text}\""
    return f"\"{text}\" {who} said{where}."


def make_article(index: int, total: int, seed: int, speakers: list[Speaker], speaker_cum: list[float]) -> Article:
    """Article ``index`` of ``total``; its slug may still collide and is made unique by the caller."""
    rng = random.Random(f"{seed}:article:{index}")
    prose = _Prose(rng, speakers)
    span = (_END - _START).total_seconds() / total
    published = _START + timedelta(seconds=int(span * index + rng.random() * span))
    published = published.replace(second=0)
    date_only = rng.random() < 0.4
    if date_only:
        published = published.replace(hour=0, minute=0)

    places = tuple(_pick_distinct(rng, PLACES, _PLACE_CUM, rng.randint(1, 3)))
    tags = tuple(_pick_distinct(rng, TAGS, _TAG_CUM, rng.randint(2, 5)))
    subject, verb, obj = rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS)
    title = f"{subject} {verb} {obj}"
    roll = rng.random()
    if roll < 0.5:
        title += f" {rng.choice(['in', 'near', 'around', 'outside'])} {places[0]}"
    elif roll < 0.65:
        title = f"{places[0]}: {title}"
    slug = slugify(title)

    quotes = []
    for speaker in _pick_distinct(rng, speakers, speaker_cum, rng.randint(2, 4)):
        if speaker.language == "uk" and rng.random() < 0.15:
            text = rng.choice(UKRAINIAN_QUOTES)
        else:
            text = prose.sentence(10, 35, plain=True)
        context = rng.choice(_CONTEXTS) if rng.random() < 0.5 else ""
        quotes.append(Quote(speaker.id, text, context))
    quotes = tuple(quotes)

    events = []
    for _ in range(rng.randint(1, 3)):
        day = published.date() - timedelta(days=rng.randint(0, 6))
        roll = rng.random()
        if roll < 0.5:
            event_title = f"{rng.choice(['Missile strike on', 'Drone attack on', 'Shelling of', 'Power cut in', 'Evacuation from'])} {rng.choice(places)}"
        else:
            event_title = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
        events.append(Event(day, event_title))
    events.sort(key=lambda event: event.date)

    outlet, domain, section = rng.choice(OUTLETS)
    url = f"https://{domain}/{section}/{slug}-{published:%Y-%m-%d}/"
    if rng.random() < 0.1:
        author = f"{outlet} staff"
    elif rng.random() < 0.5:
        author = f"{rng.choice(_WEST_FIRST)} {rng.choice(_WEST_LAST)}"
    else:
        author = f"{rng.choice(_UA_FIRST)[0]} {rng.choice(_UA_LAST)[0]}"

    summary = " ".join(prose.sentence(12, 26) for _ in range(rng.randint(1, 2)))
    body = prose.body(rng.randint(320, 500), quotes, {s.id: s for s in speakers})
    return Article(index, slug, title, published, date_only, outlet, url, author, summary, tags,
                   places, quotes, tuple(events), body)


def make_note(index: int, total: int, seed: int, speakers: list[Speaker], articles: list[Article]) -> Note:
    rng = random.Random(f"{seed}:note:{index}")
    prose = _Prose(rng, speakers)
    # Refer to articles from about the same time as the note.
    centre = int((index + rng.random()) / total * len(articles))
    window = range(max(0, centre - 40), min(len(articles), centre + 40))
    picked = sorted(rng.sample(window, min(len(window), rng.randint(1, 3))))
    referenced = tuple(articles[i] for i in picked)
    published = max(a.published.date() for a in referenced) + timedelta(days=rng.randint(0, 3))
    kind = rng.choice(["Editor's note", "Context", "Correction", "Week in review", "Explainer"])
    title = f"{kind}: {rng.choice(_OBJECTS)}"
    paragraphs = [prose.paragraph()[0] for _ in range(rng.randint(2, 5))]
    return Note(slugify(title), title, published, rng.choice(_EDITORS), referenced,
                "\n\n".join(paragraphs) + "\n")


def _unique(slug: str, used: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in used:
        candidate, n = f"{slug}-{n}", n + 1
    used.add(candidate)
    return candidate


# ---------------------------------------------------------------------------------------------
# Writers: one per tool
# ---------------------------------------------------------------------------------------------

SITE_TITLE = "War News Digest (benchmark corpus)"
SITE_DESCRIPTION = "Synthetic corpus for timing static-site generators; every person and quote is invented."
BASE_URL = "https://example.org/digest/"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _flow_list(items) -> str:
    return "[" + ", ".join(yaml_str(item) for item in items) + "]"


def _quote_line(quote: Quote) -> str:
    fields = [f"speaker: {quote.speaker}", f"text: {yaml_quoted(quote.text)}"]
    if quote.context:
        fields.append(f"context: {yaml_quoted(quote.context)}")
    return "  - {" + ", ".join(fields) + "}"


class SitegenWriter:
    """The site in sitegen's own content format."""

    def __init__(self, root: Path):
        self.root = root
        self.content = root / "content"

    def start(self, speakers: list[Speaker]) -> None:
        _write(self.content / "site.yaml", "\n".join([
            f"title: {yaml_quoted(SITE_TITLE)}",
            f"description: {yaml_quoted(SITE_DESCRIPTION)}",
            f"base_url: {yaml_quoted(BASE_URL)}",
            "language: en",
            "timezone: Europe/Kyiv",
            "per_page: 20",
            "feed_length: 30",
        ]) + "\n")
        lines = []
        for s in speakers:
            lines += [
                f"- id: {s.id}",
                f"  name: {yaml_quoted(s.name)}",
                f"  name_native: {yaml_quoted(s.name_native)}",
                f"  role: {yaml_quoted(s.role)}",
                f"  affiliation: {yaml_quoted(s.affiliation)}",
                f"  aliases: [{', '.join(yaml_quoted(a) for a in s.aliases)}]",
                f"  anonymous: {'true' if s.anonymous else 'false'}",
            ]
        _write(self.content / "speakers.yaml", "\n".join(lines) + "\n")

    def article(self, a: Article) -> None:
        lines = [
            "---",
            f"title: {yaml_quoted(a.title)}",
            f"date: {a.date_text}",
            f"source: {{outlet: {yaml_str(a.outlet)}, url: {yaml_quoted(a.url)}, author: {yaml_quoted(a.author)}}}",
            f"summary: {yaml_quoted(a.summary)}",
            f"tags: {_flow_list(a.tags)}",
            f"places: {_flow_list(a.places)}",
            "quotes:",
            *(_quote_line(q) for q in a.quotes),
            "events:",
            *(f"  - {{date: {e.date.isoformat()}, title: {yaml_quoted(e.title)}}}" for e in a.events),
            "---",
            "",
        ]
        _write(self.content / "articles" / a.folder / f"{a.slug}.md", "\n".join(lines) + a.body)

    def note(self, n: Note) -> None:
        lines = [
            "---",
            f"title: {yaml_quoted(n.title)}",
            f"date: {n.published.isoformat()}",
            f"author: {yaml_quoted(n.author)}",
            f"articles: [{', '.join(a.slug for a in n.articles)}]",
            "---",
            "",
        ]
        _write(self.content / "notes" / f"{n.slug}.md", "\n".join(lines) + n.body)


# Hugo templates: one page per article and note, paginated home/section/term lists, taxonomy
# indexes for tags, places and speakers, a feed for the site and for each term, and a sitemap -- the
# pages sitegen makes.
HUGO_CONFIG = """\
baseURL: {base_url}
locale: en
title: {title}
timeZone: Europe/Kyiv
buildFuture: true
enableRobotsTXT: false
disableKinds: []
pagination:
  pagerSize: 20
taxonomies:
  tag: tags
  place: places
  speaker: speakers
permalinks:
  page:
    posts: /:year/:month/:slug/
    notes: /notes/:slug/
outputs:
  home: [html, rss]
  section: [html]
  taxonomy: [html]
  term: [html, rss]
  page: [html]
params:
  description: {description}
"""

HUGO_LAYOUTS = {
    "baseof.html": """\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
<link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | absURL }}">
</head>
<body>
<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav><a href="{{ "tags/" | relURL }}">Tags</a> <a href="{{ "places/" | relURL }}">Places</a> <a href="{{ "speakers/" | relURL }}">Speakers</a> <a href="{{ "notes/" | relURL }}">Notes</a></nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ site.Params.description }}</footer>
</body>
</html>
""",
    "_partials/summary.html": """\
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
<div>{{ .Summary }}</div></li>
""",
    "_partials/pager.html": """\
{{ with .Paginator }}{{ if gt .TotalPages 1 }}<nav class="pager">{{ with .Prev }}<a href="{{ .URL }}">Newer</a>{{ end }} Page {{ .PageNumber }} of {{ .TotalPages }} {{ with .Next }}<a href="{{ .URL }}">Older</a>{{ end }}</nav>{{ end }}{{ end }}
""",
    "home.html": """\
{{ define "main" }}<h1>{{ site.Title }}</h1>
{{ $pager := .Paginate (site.GetPage "/posts").RegularPagesRecursive }}
<ul>{{ range $pager.Pages }}{{ partial "summary.html" . }}{{ end }}</ul>
{{ partial "pager.html" . }}{{ end }}
""",
    "single.html": """\
{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time>{{ with .Params.source }} · <a href="{{ .url }}">{{ .outlet }}</a>{{ with .author }}, {{ . }}{{ end }}{{ end }}</p>
<div class="summary">{{ .Summary }}</div>
{{ .Content }}
{{ with .Params.quotes }}<section><h2>Quotes</h2>{{ range . }}{{ $speaker := index hugo.Data.speakers .speaker }}
<blockquote><p>{{ .text }}</p><footer><a href="{{ printf "speakers/%s/" .speaker | relURL }}">{{ $speaker.name }}</a>{{ with $speaker.role }}, {{ . }}{{ end }}{{ with .context }} — {{ . }}{{ end }}</footer></blockquote>{{ end }}</section>{{ end }}
{{ with .Params.events }}<section><h2>Events</h2><ul>{{ range . }}<li>{{ .date }}: {{ .title }}</li>{{ end }}</ul></section>{{ end }}
<p>Tags: {{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
<p>Places: {{ range .GetTerms "places" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
</article>{{ end }}
""",
    "notes/single.html": """\
{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2 January 2006" }} · {{ .Params.author }}</p>
{{ .Content }}
<h2>Articles</h2>
<ul>{{ range .Params.articles }}{{ with site.GetPage . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>
</article>{{ end }}
""",
    "section.html": """\
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .RegularPagesRecursive }}
<ul>{{ range $pager.Pages }}{{ partial "summary.html" . }}{{ end }}</ul>
{{ partial "pager.html" . }}{{ end }}
""",
    "taxonomy.html": """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ $plural := .Data.Plural }}{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ if eq $plural "speakers" }}{{ with index hugo.Data.speakers .Name }}{{ .name }}{{ end }}{{ else }}{{ .Page.LinkTitle }}{{ end }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "term.html": """\
{{ define "main" }}{{ $speaker := "" }}{{ if eq .Data.Plural "speakers" }}{{ $speaker = index hugo.Data.speakers .Data.Term }}{{ end }}
<h1>{{ with $speaker }}{{ .name }}{{ else }}{{ .Title }}{{ end }}</h1>
{{ with $speaker }}<p>{{ .name_native }} · {{ .role }} · {{ .affiliation }}</p>{{ end }}
{{ $pager := .Paginate .Pages }}
<ul>{{ range $pager.Pages }}{{ partial "summary.html" . }}{{ end }}</ul>
{{ partial "pager.html" . }}{{ end }}
""",
    "rss.xml": """\
{{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<rss version="2.0"><channel>
<title>{{ site.Title }}</title><link>{{ .Permalink }}</link><description>{{ site.Params.description }}</description>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = (site.GetPage "/posts").RegularPagesRecursive }}{{ end }}
{{ range first 30 $pages }}<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><guid>{{ .Permalink }}</guid><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate><description>{{ .Summary | html }}</description></item>
{{ end }}</channel></rss>
""",
    "sitemap.xml": """\
{{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{{ range .Pages }}<url><loc>{{ .Permalink }}</loc>{{ if not .Lastmod.IsZero }}<lastmod>{{ .Lastmod.Format "2006-01-02" }}</lastmod>{{ end }}</url>
{{ end }}</urlset>
""",
}


class HugoWriter:
    """The equivalent Hugo site: posts with tags, places and speakers as taxonomies."""

    def __init__(self, root: Path):
        self.root = root
        self.content = root / "content"

    def start(self, speakers: list[Speaker]) -> None:
        _write(self.root / "hugo.yaml", HUGO_CONFIG.format(
            base_url=BASE_URL, title=yaml_quoted(SITE_TITLE), description=yaml_quoted(SITE_DESCRIPTION)))
        for name, text in HUGO_LAYOUTS.items():
            _write(self.root / "layouts" / name, text)
        lines = []
        for s in speakers:
            lines += [
                f"{s.id}:",
                f"  name: {yaml_quoted(s.name)}",
                f"  name_native: {yaml_quoted(s.name_native)}",
                f"  role: {yaml_quoted(s.role)}",
                f"  affiliation: {yaml_quoted(s.affiliation)}",
                f"  anonymous: {'true' if s.anonymous else 'false'}",
            ]
        _write(self.root / "data" / "speakers.yaml", "\n".join(lines) + "\n")
        _write(self.content / "posts" / "_index.md", "---\ntitle: Articles\n---\n")
        _write(self.content / "notes" / "_index.md", "---\ntitle: Notes\n---\n")

    def article(self, a: Article) -> None:
        speaker_ids = list(dict.fromkeys(q.speaker for q in a.quotes))
        lines = [
            "---",
            f"title: {yaml_quoted(a.title)}",
            f"date: {a.date_text}",
            f"slug: {a.slug}",
            f"summary: {yaml_quoted(a.summary)}",
            f"tags: {_flow_list(a.tags)}",
            f"places: {_flow_list(a.places)}",
            f"speakers: {_flow_list(speaker_ids)}",
            f"source: {{outlet: {yaml_str(a.outlet)}, url: {yaml_quoted(a.url)}, author: {yaml_quoted(a.author)}}}",
            "quotes:",
            *(_quote_line(q) for q in a.quotes),
            "events:",
            *(f"  - {{date: {yaml_quoted(e.date.isoformat())}, title: {yaml_quoted(e.title)}}}" for e in a.events),
            "---",
            "",
        ]
        _write(self.content / "posts" / a.folder / f"{a.slug}.md", "\n".join(lines) + a.body)

    def note(self, n: Note) -> None:
        paths = ", ".join(yaml_quoted(f"/posts/{a.folder}/{a.slug}") for a in n.articles)
        lines = [
            "---",
            f"title: {yaml_quoted(n.title)}",
            f"date: {n.published.isoformat()}",
            f"slug: {n.slug}",
            f"author: {yaml_quoted(n.author)}",
            f"articles: [{paths}]",
            "---",
            "",
        ]
        _write(self.content / "notes" / f"{n.slug}.md", "\n".join(lines) + n.body)


PELICAN_CONF = """\
# Equivalent Pelican site for the build benchmark (written by benchmarks/corpus.py).
# Run from this folder: relative paths below are relative to it.
AUTHOR = "Benchmark"
SITENAME = {title}
SITESUBTITLE = {description}
SITEURL = {site_url}
FEED_DOMAIN = SITEURL
PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["notes"]
TIMEZONE = "Europe/Kyiv"
DEFAULT_LANG = "en"
THEME = "simple"
THEME_TEMPLATES_OVERRIDES = ["templates"]

ARTICLE_URL = "{{date:%Y}}/{{date:%m}}/{{slug}}/"
ARTICLE_SAVE_AS = "{{date:%Y}}/{{date:%m}}/{{slug}}/index.html"
PAGE_URL = "notes/{{slug}}/"
PAGE_SAVE_AS = "notes/{{slug}}/index.html"
CATEGORY_URL = "places/{{slug}}/"
CATEGORY_SAVE_AS = "places/{{slug}}/index.html"
TAG_URL = "tags/{{slug}}/"
TAG_SAVE_AS = "tags/{{slug}}/index.html"
AUTHOR_URL = "speakers/{{slug}}/"
AUTHOR_SAVE_AS = "speakers/{{slug}}/index.html"

DEFAULT_PAGINATION = 20
PAGINATION_PATTERNS = (
    (1, "{{url}}", "{{save_as}}"),
    (2, "{{base_name}}/page/{{number}}/", "{{base_name}}/page/{{number}}/index.html"),
)
DIRECT_TEMPLATES = ["index", "tags", "categories", "authors", "archives", "sitemap"]
SITEMAP_SAVE_AS = "sitemap.xml"

# Like sitegen: one feed for the site and one for each tag, place and speaker, 30 entries each.
FEED_ALL_ATOM = None
FEED_ALL_RSS = "index.xml"
FEED_MAX_ITEMS = 30
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = "places/{{slug}}/index.xml"
TAG_FEED_RSS = "tags/{{slug}}/index.xml"
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = "speakers/{{slug}}/index.xml"
TRANSLATION_FEED_ATOM = None

# The simple theme would list every note and every category on every page: not comparable work.
DISPLAY_PAGES_ON_MENU = False
DISPLAY_CATEGORIES_ON_MENU = False

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""

PELICAN_SITEMAP = """\
<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{% for article in articles %}<url><loc>{{ SITEURL }}/{{ article.url }}</loc><lastmod>{{ article.date.strftime("%Y-%m-%d") }}</lastmod></url>
{% endfor %}{% for page in pages %}<url><loc>{{ SITEURL }}/{{ page.url }}</loc></url>
{% endfor %}{% for tag, _ in tags %}<url><loc>{{ SITEURL }}/{{ tag.url }}</loc></url>
{% endfor %}{% for category, _ in categories %}<url><loc>{{ SITEURL }}/{{ category.url }}</loc></url>
{% endfor %}{% for author, _ in authors %}<url><loc>{{ SITEURL }}/{{ author.url }}</loc></url>
{% endfor %}</urlset>
"""


class PelicanWriter:
    """The equivalent Pelican site: tags as tags, the first place as category, speakers as authors
    (Pelican has no custom taxonomies); quotes and events are appended to the Markdown body."""

    def __init__(self, root: Path):
        self.root = root
        self.content = root / "content"
        self.speakers: dict[str, Speaker] = {}

    def start(self, speakers: list[Speaker]) -> None:
        self.speakers = {s.id: s for s in speakers}
        _write(self.root / "pelicanconf.py", PELICAN_CONF.format(
            title=yaml_quoted(SITE_TITLE), description=yaml_quoted(SITE_DESCRIPTION),
            site_url=yaml_quoted(BASE_URL.rstrip("/"))))
        _write(self.root / "templates" / "sitemap.html", PELICAN_SITEMAP)

    def article(self, a: Article) -> None:
        names = list(dict.fromkeys(self.speakers[q.speaker].name for q in a.quotes))
        date_text = a.date_text.replace("T", " ")
        lines = [
            f"Title: {a.title}",
            f"Date: {date_text}",
            f"Slug: {a.slug}",
            f"Category: {a.places[0]}",
            f"Tags: {', '.join(a.tags)}",
            f"Authors: {', '.join(names)}",
            f"Places: {', '.join(a.places)}",
            f"Source: {a.outlet} {a.url} {a.author}",
            f"Summary: {a.summary}",
            "",
            a.body,
            "## Quotes",
            "",
        ]
        for q in a.quotes:
            speaker = self.speakers[q.speaker]
            byline = speaker.name + (f", {speaker.role}" if speaker.role else "")
            if q.context:
                byline += f" — {q.context}"
            lines += [f"> {q.text}", "", f"— {byline}", ""]
        lines += ["## Events", ""]
        lines += [f"- **{e.date.isoformat()}**: {e.title}" for e in a.events]
        _write(self.content / "articles" / a.folder / f"{a.slug}.md", "\n".join(lines) + "\n")

    def note(self, n: Note) -> None:
        links = [f"- [{a.title}]({{filename}}/articles/{a.folder}/{a.slug}.md)" for a in n.articles]
        lines = [
            f"Title: {n.title}",
            f"Date: {n.published.isoformat()}",
            f"Slug: {n.slug}",
            f"Author: {n.author}",
            "",
            n.body,
            "## Articles",
            "",
            *links,
        ]
        _write(self.content / "notes" / f"{n.slug}.md", "\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------------


def corpus_parameters(articles: int, speakers: int, notes: int, seed: int) -> dict:
    """The parameters that decide a corpus's bytes, with a fingerprint of this generator's source,
    so a cached corpus is regenerated when the generator changes."""
    source = Path(__file__).read_bytes()
    return {"articles": articles, "speakers": speakers, "notes": notes, "seed": seed,
            "generator": hashlib.sha256(source).hexdigest()[:12]}


def read_marker(folder: Path) -> dict | None:
    try:
        return json.loads((Path(folder) / MARKER_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def _prepare(folder: Path, kind: str) -> None:
    """Empty ``folder`` for a fresh corpus; refuse to wipe a folder this generator did not write."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        if read_marker(folder) is None:
            raise SystemExit(f"{folder}: not empty and not a generated corpus ({MARKER_NAME} missing); refusing to overwrite")
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    # Until the final marker replaces it, this one says "ours, unfinished": an interrupted run can be
    # wiped by the next, and its generator value matches no parameters, so nobody takes it as cached.
    _write(folder / MARKER_NAME, json.dumps({"kind": kind, "generator": "incomplete"}) + "\n")


def generate_site(out, articles: int = 10_000, speakers: int = 200, notes: int = 1000, seed: int = 1,
                  hugo=None, pelican=None, progress=None) -> dict:
    """Write the sitegen site to ``out`` and the Hugo and Pelican sites to ``hugo``/``pelican``; any of
    the three may be None to skip it. Same arguments, same bytes. Returns a summary: counts and the
    parameters."""
    if articles < 1 or speakers < 10 or notes < 0:
        raise ValueError("need at least 1 article and 10 speakers")
    params = corpus_parameters(articles, speakers, notes, seed)
    writers = []
    for folder, kind, writer_class in ((out, "sitegen", SitegenWriter), (hugo, "hugo", HugoWriter),
                                       (pelican, "pelican", PelicanWriter)):
        if folder is not None:
            _prepare(Path(folder), kind)
            writers.append((Path(folder), kind, writer_class(Path(folder))))

    speaker_list = make_speakers(speakers, seed)
    speaker_cum = _zipf_cum_weights(len(speaker_list), 1.0)
    for _, _, writer in writers:
        writer.start(speaker_list)

    used: set[str] = set()
    article_list: list[Article] = []
    words = 0
    for index in range(articles):
        article = make_article(index, articles, seed, speaker_list, speaker_cum)
        slug = _unique(article.slug, used)
        if slug != article.slug:
            article = Article(**{**article.__dict__, "slug": slug})
        for _, _, writer in writers:
            writer.article(article)
        words += article.body.count(" ") + 1
        # Notes need only titles, slugs and dates; drop the body to keep memory flat at 50,000.
        article_list.append(Article(**{**article.__dict__, "body": ""}))
        if progress and (index + 1) % 5000 == 0:
            progress(f"{index + 1} articles")

    used_notes: set[str] = set()
    for index in range(notes):
        note = make_note(index, notes, seed, speaker_list, article_list)
        note = Note(_unique(note.slug, used_notes), note.title, note.published, note.author,
                    note.articles, note.body)
        for _, _, writer in writers:
            writer.note(note)

    # The marker goes last: a folder without it is an interrupted run and gets regenerated.
    for folder, kind, _ in writers:
        _write(folder / MARKER_NAME, json.dumps({**params, "kind": kind}, indent=1, sort_keys=True) + "\n")
    return {"articles": articles, "speakers": len(speaker_list), "notes": notes,
            "body_words": words, "params": params}


def _load_speakers(site_dir: Path) -> list[Speaker]:
    import yaml  # sitegen's own dependency; only edits need it

    entries = yaml.safe_load((site_dir / "content" / "speakers.yaml").read_text("utf-8"))
    return [Speaker(e["id"], e.get("name") or e["id"], e.get("name_native") or "", e.get("role") or "",
                    e.get("affiliation") or "", tuple(e.get("aliases") or ()), bool(e.get("anonymous")))
            for e in entries]


def edit_one_article(site_dir, rng_or_index=0) -> Path:
    """Add one quote to one existing article of a sitegen site, as an editor would (to the front
    matter's ``quotes:`` list and, verbatim, to the end of the body), and return the file's path.
    ``rng_or_index`` is a ``random.Random`` (picks the article) or an int (the article's position in
    sorted path order, modulo the count). The new quote is derived from the file's path and how many
    quotes it already has, so repeated calls are deterministic too."""
    site_dir = Path(site_dir)
    files = sorted((site_dir / "content" / "articles").rglob("*.md"))
    if not files:
        raise FileNotFoundError(f"{site_dir}: no articles under content/articles")
    if isinstance(rng_or_index, random.Random):
        path = rng_or_index.choice(files)
    else:
        path = files[int(rng_or_index) % len(files)]
    text = path.read_text("utf-8")
    lines = text.split("\n")
    try:
        end = lines.index("---", 1)
        start = lines.index("quotes:", 0, end)
    except ValueError:
        raise ValueError(f"{path}: no front matter with a quotes: list") from None
    # The new item copies the list's indentation ("  - " here; editors may write "- ").
    first_item = re.match(r"( *)- ", lines[start + 1]) if start + 1 < end else None
    indent = first_item.group(1) if first_item else "  "
    last = start
    while last + 1 < end and (lines[last + 1].startswith(indent + "- ") or lines[last + 1].startswith(indent + "  ")):
        last += 1
    relative = path.relative_to(site_dir).as_posix()
    rng = random.Random(f"edit:{relative}:{last - start}")
    speaker = rng.choice(_load_speakers(site_dir))
    quote = Quote(speaker.id, _Prose(rng, []).sentence(12, 30, plain=True), rng.choice(_CONTEXTS))
    lines.insert(last + 1, indent + _quote_line(quote).lstrip())
    edited = "\n".join(lines).rstrip("\n") + "\n\n" + quote_paragraph(rng, quote, speaker) + "\n"
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(edited)
    os.replace(temporary, path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the sitegen site (gets content/)")
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--speakers", type=int, default=200)
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hugo", type=Path, help="also write the equivalent Hugo site here")
    parser.add_argument("--pelican", type=Path, help="also write the equivalent Pelican site here")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    summary = generate_site(args.out, articles=args.articles, speakers=args.speakers, notes=args.notes,
                            seed=args.seed, hugo=args.hugo, pelican=args.pelican,
                            progress=lambda message: print(message, file=sys.stderr))
    print(f"{summary['articles']} articles ({summary['body_words'] // summary['articles']} words each on average), "
          f"{summary['speakers']} speakers, {summary['notes']} notes in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
