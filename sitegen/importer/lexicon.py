"""Word lists the quote finder reads names and attributions by: speech verbs, titles and roles,
organisation words, nationalities, places, and words that start a sentence without naming anyone."""

from __future__ import annotations

import re
import unicodedata

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|noted|recalled|recounted|argued|warned|"
    "insisted|stressed|declared|vowed|acknowledged|admitted|replied|responded|answered|continued|claimed|concluded|"
    "tweeted|posted|stated|announced|urged|remarked|echoed|pleaded|predicted|observed|joked|conceded|cautioned|"
    "revealed|insists|warns|demanded|promised|read|reiterated|commented|boasted|shouted|telling|"
    "complained|lamented|hailed|countered|quipped|agreed|suggested|thundered|exclaimed|tell|explains|admits|"
    "describes|described|assures|assured|recounts|recalls|notes|testified|testifies|confirmed|confirms|replies|"
    "responds|emphasised|emphasized|urges|believes|reports|enumerates|wrote|put it|states|"
    # the present beside the past, as translated and feature pages write them: "emphasizes the 46-year-old"
    "emphasises|emphasizes|stresses|argues|concludes|complains|laments|sighs|whispers|exclaims|underlines|"
    "reiterates|adds|remembers|remembered|questioned|mentioned|continues|reflected|"
    "reflects|asserted|acknowledges|underlined|murmured|"
    # ("informed through Twitter", "informed reporters", "informed AFP", as told; not "keep you informed about")
    r"informed(?=\s+(?:[A-Z\"“]|(?:through|via|on|in|reporters|journalists|the\s+media|media|parliament)\b))")
# A calling named by its ending: "violinist", "rapper", "novelist", "spokeswoman".
CALLING = r"[a-z]+(?:er|or|ist|ian|man|woman)"
# People described by what they are: "the driver Serhiy", "a woman in tears", "this pensioner".
PERSON_NOUNS = (
    "soldier|serviceman|servicewoman|fighter|sniper|commander|officer|lieutenant|sergeant|captain|colonel|general|"
    "driver|resident|residents|woman|man|lady|girl|boy|pensioner|retiree|volunteer|medic|paramedic|nurse|doctor|"
    "teacher|farmer|mother|father|son|daughter|wife|husband|sister|brother|friend|neighbour|neighbor|grandmother|"
    "grandfather|granny|chaplain|priest|pastor|refugee|survivor|student|journalist|reporter|official|mayor|governor|"
    "spokesperson|spokesman|spokeswoman|minister|president|worker|engineer|miner|coordinator|activist|onlooker|"
    "witness|villager|evacuee|trainee|recruit|veteran|marine|gunner|pilot|scout|local|expert|analyst|diplomat|"
    "child|kid|baby|toddler|teenager|pupil|schoolgirl|schoolboy|niece|nephew|grandson|granddaughter|widow|"
    "commentator|prosecutor|investigator|rescuer|firefighter|surgeon|nun|monk|representative|lawyer|photographer|"
    "accountant|champion|medalist|medallist|athlete|swimmer|fencer|player|coach|footballer|singer|musician|artist|"
    "writer|poet|economist|scientist|researcher|curator|director|manager|historian|freshman|sophomore|guard|guardsman|"
    "guardswoman|bishop|archbishop|cardinal|rabbi|imam|deacon")
VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
# An adverb's slot before a verb, in lower case ("repeatedly said"; not "Mr Kelly continued", a surname in -ly).
ADVERB = r"(?:[a-z]+ly\s+)?"
# Verbs whose past tense does not end in -ed: "Putin drew an analogy", "Ivan stood in front of his house".
IRREGULAR_PAST = {"drew", "made", "took", "gave", "went", "came", "spoke", "saw", "met", "led", "left", "held", "kept",
                  "brought", "thought", "felt", "found", "stood", "sent", "began", "became", "fought", "won", "lost",
                  "put", "set", "ran", "got", "knew", "sought", "struck", "rose", "fell", "hit", "cut", "let", "paid",
                  "sat", "wore", "chose", "broke", "flew", "fled", "heard", "meant", "taught", "understood"}
# Clergy, often named by title and one name ("Metropolitan Agafangel", "Fr Witalij").
CLERGY = {"metropolitan", "patriarch", "archbishop", "bishop", "archpriest", "archdeacon", "deacon", "dcn", "rabbi",
          "imam", "fr", "rev", "reverend"}
ROLE_WORDS = CLERGY | {
    "judge", "pastor",
    "president", "prime", "minister", "secretary", "treasury", "kremlin", "spokesperson", "spokesman", "spokeswoman",
    "chancellor", "defence", "defense", "foreign", "deputy", "general", "gen", "maj", "lt", "col", "sgt", "capt", "dr",
    "mr", "mrs", "ms", "sir", "dame", "professor", "prof", "sen", "senator", "rep", "gov", "governor", "mayor",
    "ambassador", "chief", "director", "head", "commander", "colonel", "captain", "finance", "interior", "health",
    "climate", "affairs", "state", "press", "national", "security", "adviser", "advisor", "former", "retired",
    "lord", "lady", "king", "queen", "pope", "speaker", "leader", "chairman", "chair", "ceo", "economist",
    "analyst", "officer", "official", "envoy", "negotiator", "presidential", "regional", "military", "army",
    "navy", "air", "force", "first", "vice", "under", "assistant", "executive", "political", "un", "eu", "nato",
    "us", "u.s", "uk", "u.k", "e.u", "secretary-general", "opposition", "labour", "conservative", "republican",
    "democratic", "senior", "top", "moscow", "kyiv", "resident", "soldier", "reporter", "correspondent",
    "expert", "researcher", "professor", "dr.", "mr.", "mrs.", "ms.", "gen.", "maj.", "lt.", "col.", "sen.",
    "gov.", "prof.", "rep.", "qc", "mp", "mep", "rand", "corp", "corp.", "white", "house", "pentagon", "high",
    "commissioner", "refugees", "human", "rights", "then-president", "ex-president", "then-prime", "acting", "pm",
    "councillor", "councilor", "councilman", "councilwoman", "cllr", "alderman"}
# Offices written in capitals that no role word or calling names, ending an office before or after a name:
# "Delegate for Social Communications of …", "Freeport City Manager, Randy Roe", "Nora Roe, IRC Ukraine Team Lead,".
OFFICE_WORDS = {"delegate", "head", "chief", "lead", "representative", "envoy", "advocate", "founder", "co-founder",
                "manager", "administrator", "superintendent", "clerk", "coordinator"}
ORG_WORDS = {
    "ministry", "vatican", "department", "office", "council", "staff", "command", "house", "kremlin", "pentagon", "government",
    "watch", "institute", "agency", "forces", "operation", "commission", "bank", "embassy", "service", "police",
    "army", "military", "union", "nations", "committee", "organization", "organisation", "statement", "report",
    "group", "company", "administration", "authorities", "court", "parliament", "duma", "cabinet", "mission",
    "centre", "center", "foundation", "board", "bureau", "guard", "guards", "unit", "brigade", "battalion",
    "fund", "station", "channel", "affairs", "press", "times", "post", "news", "reuters", "interfax", "tass",
    "telegraph", "bbc", "cnn", "project", "ria", "sky", "associated", "gazprom", "nato", "eu", "un", "who",
    "university", "school", "researchers", "officials", "department", "party", "coalition", "alliance", "palace",
    "immigration", "network", "operator", "utility", "provider", "broadcaster", "outlet", "parish", "church", "cathedral",
    "diocese", "monastery", "hospital", "museum", "zoo", "theatre", "theater", "library", "academy", "federation",
    "association", "society", "charity"}
# Nationalities and faiths by name: never a surname, unlike a word that only has their shape ("Haughian").
NAMED_NATIONALITIES = re.compile(
    r"^(?:British|French|Dutch|Swiss|Greek|Thai|Czech|Irish|"
    r"Welsh|Scottish|Danish|Swedish|Finnish|Polish|Turkish|Kremlin|Western|Eastern|Northern|"
    r"Southern|Central|European|American|African|Israeli|Iraqi|Pakistani|Saudi|Qatari|Afghan|"
    r"Chechen|Kurdish|Soviet|Spanish|Belgian|Estonian|Latvian|Lithuanian|Ukrainian|Russian|"
    r"Belarusian|German|Italian|Mexican|Canadian|Australian|Japanese|Chinese|Korean|Indian|Syrian|Iranian|"
    r"Austrian|Hungarian|Romanian|Bulgarian|Moldovan|Georgian|Armenian|Slovak|Serbian|Croatian|"
    r"(?:Irish|English|French|Scots|Welsh|Dutch)(?:man|woman)|"
    # and faiths, which describe a person as a nationality does: "a Greek Catholic priest"
    r"Catholic|Orthodox|Protestant|Lutheran|Anglican|Methodist|Presbyterian|Evangelical|Pentecostal|Mennonite|"
    r"Hutterite|Jewish|Muslim)$")
NATIONALITIES = re.compile(rf"^[A-Z][a-z]{{2,}}(?:ian|ish|ese|ean)$|{NAMED_NATIONALITIES.pattern}")
# The words that introduce a person's name: "codenamed Flash", "a medic named Olha", "who gave his name as Yevhen".
GAVE_NAME = r"gave (?:his|her) (?:first |only |full )?name(?: only)? as"
# "known as" a person's chosen name, not a thing's new one ("platform X, formerly known as Twitter"); also to whom
# ("known to the world only as "Charcoal"").
KNOWN_AS = r"(?<!formerly )(?<!previously )known (?:to (?:the |his |her |their )?[a-z]+ )?(?:only |simply )?as"
NAMING = (rf"codenamed|code-named|nicknamed|call[ -]?sign|callsign|wartime name|nom de guerre|goes by|named|called|"
          rf"(?:who )?{GAVE_NAME}|identified (?:only )?as|{KNOWN_AS}|first name,?")
# Offices named with the place they govern: "the mayor of Kramatorsk", "the head of the region".
OFFICES = r"mayor|governor|head|chief|president|minister|leader|commander"
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|de|da|van|von|al-[\w-]+|bin|der|le|la|du|dos)$")


def fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    # letters of any script: a registry may name a speaker in Cyrillic only
    return " ".join(re.findall(r"[^\W_]+", text.replace("’", "").replace("'", "")))


# "says the Muscovite to “Vreme”": whom the words were given to, closing the phrase that names the speaker; an
# office held "to" a country names no one so ("the ambassador to Ukraine").
# ("says Kateryna Roe to her friend Sofia Doe": to a person described first)
GIVEN_TO_TAIL = re.compile(r"(?<![\w-])(?P<before>[\w'’-]+)\s+to\s+(?:(?:her|his|their|our|my)\s+(?:[a-z][\w-]*\s+){0,2})?"
                           r"[\"“‘]?(?P<to>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
                           r"[\"”’]?\s*$")
_OFFICES_TO = {"ambassador", "envoy", "representative", "delegate", "adviser", "advisor", "emissary", "consul", "nominee",
               "observer", "ambassadors", "envoys", "representatives", "delegates", "advisers", "advisors"}


def given_to_tail(phrase: str):
    """The match of a closing "to X" that names whom the words were given to, or None."""
    match = GIVEN_TO_TAIL.search(phrase)
    return match if match and match.group("before").casefold() not in _OFFICES_TO else None


def spelling(word: str) -> str:
    """A folded word with the letters and endings that transliterations of one Slavic surname write differently
    made one: "Zelenskyy", "Zelenskiy", "Zelensky" → "zelenski"; "Navrobskaya", "Navrobska" → "navrobska";
    "Bojkow" (German and Polish spelling), "Boykov" → "boykov"; "Kharchenko", "Harchenko"; "Issakov", "Isakov";
    "Dmitriyev", "Dmitriev"; "Chuckarov", "Chukarov"."""
    word = fold(word).replace("w", "v").replace("j", "y").replace("kh", "h").replace("ck", "k")
    word = re.sub(r"([b-df-hk-np-tvxz])\1", r"\1", word)
    word = re.sub(r"(?:skaya|skaia)$", "ska", word)
    word = re.sub(r"iy(?=[aeiou])", "i", word)  # "Dmitriyev", "Dmitriev"
    return re.sub(r"(?:iy|yy|yi|ij|ii|y)$", "i", word)


def word_tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'’-]*", text)



LEADING_CAPS = {
    "the", "a", "an", "any", "in", "on", "at", "when", "while", "after", "before", "earlier", "later", "almost", "asked",
    "speaking", "ahead", "amid", "but", "and", "as", "if", "meanwhile", "however", "since", "despite", "following",
    "during", "under", "with", "for", "from", "by", "to", "of", "it", "its", "it's", "it’s", "i", "i've", "i’ve",
    "we", "he", "she", "they", "this", "that", "these", "those", "there", "here", "now", "then", "yet", "still", "so",
    "also", "once", "even", "only", "both", "each", "every", "another", "other", "some", "many", "most", "more",
    "all", "no", "not", "everybody", "nobody", "one", "two", "three", "several", "last", "next", "back", "today",
    "yesterday", "tonight", "separately", "instead", "indeed", "overall", "ultimately", "asked", "addressing",
    "citing", "according", "like", "unlike", "outside", "inside", "within", "without", "although", "though",
    "because", "whether", "what", "who", "how", "why", "where", "which", "our", "their", "his", "her", "my", "your",
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have", "had",
    "photos", "watch", "exclusive", "read", "sixty", "fifty", "forty", "thirty", "twenty", "ten", "video", "videos",
    "footage", "images", "pictures", "audio", "satellite", "previously", "recently", "currently", "additionally",
    "moreover", "furthermore", "finally", "initially", "eventually", "subsequently", "consequently", "apparently",
    "reportedly", "unfortunately", "fortunately", "notably", "similarly", "likewise", "nevertheless", "nonetheless",
    "otherwise", "afterwards", "besides", "thus", "therefore", "hence", "first", "second", "third", "firstly",
    "secondly", "lastly", "importantly", "interestingly", "surprisingly", "sadly", "luckily", "specifically",
    "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "amidst", "amongst", "among", "across",
    "against", "along", "around", "behind", "beneath", "beside", "between", "beyond", "despite", "near", "over",
    "throughout", "through", "towards", "toward", "upon", "via", "whereas", "whilst", "until",
    # a number of people or things opening the sentence ("Dozens of Ukrainian families …"), a plain adjective
    "dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens", "numerous", "few", "various",
    "special"}
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "easter",
             "christmas"}
PLACES = {
    "russia", "ukraine", "moscow", "kyiv", "kiev", "washington", "beijing", "china", "britain", "london", "paris",
    "france", "germany", "berlin", "poland", "europe", "america", "belarus", "turkey", "iran", "israel", "japan",
    "india", "canada", "ottawa", "brussels", "italy", "rome", "spain", "sweden", "finland", "helsinki", "stockholm",
    "romania", "moldova", "bulgaria", "hungary", "budapest", "warsaw", "minsk", "crimea", "donbas", "donetsk",
    "luhansk", "kharkiv", "mariupol", "odessa", "odesa", "lviv", "bucha", "syria", "tehran", "taiwan", "qatar",
    "ireland", "dublin", "australia", "telegram", "twitter", "facebook", "youtube", "instagram", "tiktok", "west",
    "east", "north", "south", "ukrainians", "russians", "americans", "europeans", "nato", "eu", "un", "us", "uk",
    "u.s", "u.k", "u.s.", "u.k.", "e.u.", "g7", "g20", "cnn", "bbc", "reuters", "sky", "pbs", "cbs", "nbc", "abc",
    "fox", "afp", "ap", "interfax", "tass", "ria", "svt",
    # states, provinces and nations a local paper's people come from ("Ukrainian Utah resident Kateryna Hansen"),
    # not those that are also given names ("Georgia", "Virginia", "Carolina", "Alberta"); Ukraine's cities
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
    "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "wisconsin", "wyoming",
    "ontario", "quebec", "manitoba", "saskatchewan", "scotland", "wales", "england", "newfoundland",
    # the same abbreviated as American papers write them after a town ("from Snohomish, Wash., says"), not those
    # that are also names or words ("Conn", "Kan", "Miss", "Mo", "Del", "Ill", "Pa")
    "ariz", "calif", "colo", "fla", "minn", "neb", "okla", "ore", "tenn", "wash", "wyo",
    # the same of more than one word, as a name folds them (lexicon.fold): a text's "Nova Scotia’s Health Department"
    "new york", "new jersey", "new mexico", "new hampshire", "north carolina", "south carolina", "north dakota",
    "south dakota", "rhode island", "west virginia", "nova scotia", "new brunswick", "british columbia",
    "prince edward island", "northern ireland", "st louis", "st petersburg", "los angeles", "san francisco",
    "united states", "united kingdom", "great britain", "soviet union", "czech republic", "south africa",
    "new zealand", "south korea", "north korea", "saudi arabia", "united arab emirates", "hong kong", "sri lanka",
    "kherson", "zaporizhzhia", "dnipro", "mykolaiv", "sumy", "chernihiv", "poltava", "kramatorsk", "bakhmut",
    "avdiivka", "irpin", "vinnytsia", "zhytomyr", "ternopil", "uzhhorod", "chernivtsi", "rivne", "lutsk"}



ROLE_NOUNS = re.compile(r"^(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?P<noun>spokesman|spokeswoman|spokesperson|president|"
                         r"minister|chancellor|governor|mayor|ambassador|commander|general|leader|diplomat|secretary|"
                         r"premier|adviser|advisor|negotiator|envoy|chief|prime minister|foreign minister)$",
                         re.IGNORECASE)


# The last word of a name that names a place, an event or a thing, never someone who speaks: "the Second
# World War", "the Dnipro River", "Snake Island", "the Crimean Bridge". (Institutions that speak, "the White
# House", "the Elysee Palace", a hospital, are ORG_WORDS or read as institutions.)
THING_WORDS = {
    "war", "wars", "river", "island", "islands", "sea", "bridge", "plant", "region", "oblast", "square", "avenue",
    "mountains", "strait", "canal", "dam", "cathedral", "airport", "peninsula", "coast", "valley", "highway",
    "front", "cup", "games", "olympics", "prize", "treaty", "accords", "corridor", "reservoir", "airfield",
    "raion", "district", "province", "boulevard", "embankment", "railway", "motorway", "steppe", "forest",
    "federation", "republic", "kingdom", "emirates", "league", "championship", "contest", "festival", "station",
    "street", "stadium", "monastery", "lavra", "church", "hospital", "park", "lake", "gulf", "bay", "state",
    "county", "town", "village", "municipality", "borough", "township", "centre", "center", "museum", "theatre",
    "theater", "library", "school", "college", "cemetery", "memorial", "harbour", "harbor", "arena", "beach", "springs",
    "heights"}

AUXILIARY_WORDS = {"has", "have", "had", "was", "is", "were", "also", "then", "and", "but", "who", "which", "that"}
