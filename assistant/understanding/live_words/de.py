"""German: questions only live data answers (see the package's docstring for the names).

Umlauts are read without their dots ("Öffnungszeiten" is "offnungszeiten", "für" is
"fur") and "ß" as "ss". "Morgen" is tomorrow and the morning alike: both are signs of
now. "Pfund" is a weight as well as sterling, so a currency is a rate only next to
another one."""

from __future__ import annotations

_DAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?"
_CURRENCY = (
    r"(?:euros?|dollars?|pfund(?: sterling)?|franken|schweizer franken|yen|yuan|rubel|kronen?|"
    r"zloty|pesos?)"
)
_VEHICLE = (
    r"(?:flug|fluge|flieger|zug|zuge|ice|ic|regionalbahn|bahn|s bahn|u bahn|bus|strassenbahn|"
    r"tram|fahre)"
)

NOW = [
    r"heute|heut|(?:uber)?morgen|jetzt|gerade|grad|momentan|aktuell\w*|derzeit|zurzeit",
    r"gestern|vorhin|heute (?:abend|nacht|fruh|nachmittag|morgen|mittag)",
    r"diese[nms]? (?:woche|wochenende|monat|jahr|abend|nachmittag)|am wochenende",
    rf"am {_DAY}|{_DAY}|neueste\w*|letzte[nmrs]? (?:nacht|abend)|live",
    r"drauss?en|nachste[nmrs]? (?:woche|tage)|wird es|wird das|in der welt",
]

TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "weather": (
        [
            r"\bwetter\w*\b|\bvorhersage\b|\bregenschirm\b|\buv index\b|\bluftqualitat\b",
            r"\bwie (?:warm|kalt|heiss) (?:ist|wird) es\b|\bwie ?viel grad\b",
            r"\bwird es (?:\w+ ){0,3}(?:regnen|schneien|gewittern|warm|kalt|heiss|sonnig|"
            r"sturmisch)\b",
            r"^(?:regnet|schneit|gewittert|sturmt) es\b(?! (?:im|oft|viel|immer))",
            r"\bist es drauss?en\b|\bscheint (?:heute |morgen |gerade |jetzt )?(?:\w+ )*die sonne",
        ],
        [
            r"\b(?:regen\w*|regnet|schnee\w*|schneit|gewitter|sturm|wind\w*|sonne\w*|sonnig)\b",
            r"\b(?:wolk\w*|nebel|kalt|warm|heiss|frost|temperatur\w*|grad|hitze|jacke)\b",
        ],
    ),
    "travel": (
        [
            r"\bflugstatus\b|\bflug [a-z]{0,3} ?\d{1,4}\b",
            rf"\b{_VEHICLE}\b.*\b(?:verspatung|verspatet|punktlich|gelandet|gestartet|"
            r"annulliert|gestrichen|fallt aus|ausgefallen|gleis|gate)\b",
            rf"\bnachste[nrs]? {_VEHICLE}\b|\bwann fahrt (?:der|die|das) (?:nachste|letzte)\b",
            r"\bstreik bei der bahn\b|\bbahnstreik\b",
        ],
        [rf"\b{_VEHICLE}\b.*\b(?:fahrt|kommt|landet|startet|abfahrt|ankunft)\b"],
    ),
    "hours": (
        [
            r"\boffnungszeit\w*\b|\bwann (?:offnet|offnen|schliesst|schliessen)\b",
            r"\bwann (?:macht|machen) .{1,40} (?:auf|zu)\b|\bbis wann (?:hat|haben|ist|sind)\b",
        ],
        [r"\b(?:geoffnet|offen|geschlossen|auf|zu)$|\b(?:geoffnet|geschlossen)\b"],
    ),
    "exchange": (
        [
            r"\bwechselkurs\w*\b|\bkurs (?:des|vom|von) (?:euro|dollar|franken|pfund|yen)\b",
            rf"\bwie steht (?:der |das |die )?{_CURRENCY}\b",
            rf"\b{_CURRENCY}\b.*\b{_CURRENCY}\b",
            rf"\bwie ?viel ist (?:ein |eine )?{_CURRENCY} (?:wert|gerade|heute|jetzt)\b",
        ],
        [],
    ),
    "markets": (
        [
            r"\baktie\w*\b.*\b(?:kostet|kosten|kurs|preis|wert|steht|stehen)\b",
            r"\b(?:kostet|kurs|preis|wert) (?:der |einer |eine |die )?aktie\w*\b",
            r"\bdax\b|\bdow jones\b|\bnasdaq\b|\bwall street\b|\bborsenkurs\w*\b",
            r"\bbitcoin\b.*\b(?:wert|kostet|preis|kurs|steht)\b",
            r"\b(?:was kostet|preis fur|preis von|kurs von) (?:der |das |ein )?(?:benzin|diesel|"
            r"sprit|gold|silber|ol|heizol|bitcoin|strom)\b",
            r"\b(?:benzin|sprit|diesel|gold|ol|heizol|strom)preis\w*\b",
            r"\bwie (?:lauft|steht) (?:es an )?(?:die|der) borse\b",
        ],
        [r"\b(?:borse|aktien|markte|markt|benzin|diesel|sprit|gold)\b"],
    ),
    "elections": (
        [
            r"\bwer hat (?:die )?\w*wahl\w* gewonnen\b|\bwahlergebnis\w*\b|\bumfrage\w*\b",
            r"\bhochrechnung\w*\b|\bprognose zur \w*wahl\b|\bwahlbeteiligung\b|\bsonntagsfrage\b",
            r"\bwer (?:liegt vorne?|fuhrt) (?:bei|in) der \w*wahl\b",
            r"\bwer liegt (?:bei|in) der \w*wahl vorne?\b",
        ],
        [r"\b(?:\w*wahl\w*|stimmen|kandidat\w*|kanzler\w*|burgermeister\w*)\b"],
    ),
    "sports": (
        [
            r"\bwer hat (?:gestern |heute )?(?:das|die|den) (?:spiel|derby|rennen|finale|etappe|"
            r"pokal|match)\b|\bspielstand\b|\bwie steht es\b|\bwie stehts\b",
            r"\btabelle\w*\b|\bbundesliga\w*\b(?!.*\b(?:gegrundet|geschichte)\b)",
            r"\bergebnis (?:von|vom|des) (?!\w*wahl)\w+",
            r"\b(?:spiel|match|derby|finale|rennen)\w* (?:ausgegangen|ausgegeben)\b",
            r"\bwann spielt\b|\bgegen wen spielt\b|\bnachste[ns]? spiel\b",
        ],
        [
            r"\b(?:gespielt|gewonnen|verloren|tore?|rennen|finale|unentschieden)\b",
        ],
    ),
    "traffic": (
        [
            r"\bstau\w*\b|\bverkehr\b|\bverkehrslage\b|\bbaustelle\w*\b|\bsperrung\w*\b",
            r"\bist die (?:autobahn|a ?\d+|strasse|brucke|b ?\d+)\b.*\b(?:frei|gesperrt|voll|"
            r"dicht|zu)\b",
        ],
        [r"\b(?:autobahn|a\d{1,3}|strassen?|umleitung|unfall)\b"],
    ),
    "news": (
        [
            r"\bnachrichten\b|\bschlagzeilen\b|\bneuigkeiten\b|\btagesschau\b",
            r"\bwas (?:ist|passiert|geht|gibt es)\b.*\bin der welt\b",
            r"\bwas gibt es neues (?:in|aus|bei|von)\b",
        ],
        [r"\b(?:passiert|neues|meldung\w*|angekundigt)\b"],
    ),
    "local": (
        [
            r"\bin der nahe\b|\bin meiner nahe\b|\bhier in der gegend\b|\bum die ecke\b",
            r"\bim (?:fernsehen|tv|kino)\b|\bfernsehprogramm\b|\bkinoprogramm\b",
            r"\blotto\w*\b|\beurojackpot\b|\bgewinnzahlen\b|\bnotdienst\b|\bstromausfall\b",
            r"\bwo (?:ist|bleibt) mein (?:paket|packchen|bestellung)\b",
        ],
        [],
    ),
}

STATEMENT = [
    r"^(?:(?:also|naja|und|aber|oh) )?(?:ich (?:liebe|mag|hasse|finde|habe|hatte|bin|war)|"
    r"wir (?:haben|hatten|sind|waren)|mir (?:gefallt|gefiel))\b",
    r"^(?:das|der|die|den) \w+(?: \w+){0,5} (?:war|waren|hat mir)\b",
]

NOT_LIVE = [
    # Grad eines Dings, nicht der Luft: Kochen, Gefrieren, Backofen, Winkel
    r"\b(?:kocht|kochen|siedet|sieden|siedepunkt|schmilzt|schmelzpunkt|gefrierpunkt)\b|"
    r"\bgefriert wasser\b|\b(?:back)?ofen\b|\bbacken\b|\bwinkel\b|\bdreieck\b",
    # explanations, definitions, commands
    r"^(?:warum|wieso|weshalb|erklar\w*|definier\w*|beschreib\w*)\b|\bwas verursacht\b",
    r"\bwie (?:funktionier\w*|entsteh\w*|entstand|misst man|berechnet man|spielt man|"
    r"macht man|wird (?:\w+ )?(?:gemessen|berechnet|gezahlt|gewahlt|vorhergesagt))\b",
    r"^was (?:ist|sind) (?:ein |eine |einen |der |die |das )?\w+$",
    r"\bwas (?:bedeutet|heisst|meint)\b|\bbedeutung (?:von|des)\b|\bunterschied zwischen\b",
    r"\bauf (?:englisch|spanisch|franzosisch|deutsch)\b|^ubersetz\w*\b|\bins (?:englische|"
    r"spanische|franzosische|deutsche)\b",
    r"\b(?:die|der|das|den) (?:tur|turen|fenster|deckel|dose|datei|augen|mund|app|browser|tab|"
    r"wasserhahn|regenschirm|blumen?|wunde|kuhlschrank|ofen|kaffee|tee|suppe|wasser)\b",
    r"^(?:erinnere|stell|stelle|notier\w*|schreib\w*|erstell\w*|mach |erzahl\w*|sag mir ein)",
    # history and the past
    r"\bgeschichte (?:der|des|von)\b|\bwer hat (?:\w+ )*(?:erfunden|gegrundet|entdeckt)\b",
    r"\bin welchem jahr\b|\bzum ersten mal\b|\baller zeiten\b|\bjahrhundert\w*\b",
    r"\b(?:romer\w*|antik\w*|mittelalter\w*)\b|\bweltkrieg\w*\b|\bberliner mauer\b",
    # other worlds, fiction, climate
    r"\bauf dem (?:mars|mond|jupiter|saturn|merkur|pluto)\b|\bauf der venus\b",
    r"\bauf (?:einem )?anderen planeten\b|\bim weltall\b|\bder sonne\b|\boberflache\b",
    r"\b(?:im|in dem|in der) (?:roman|buch|film|serie|videospiel|marchen)\b|\bam ende von\b",
    r"\b(?:normalerweise|gewohnlich|ublicherweise|meistens|im durchschnitt|in der regel|oft|"
    r"haufig)\b",
    r"\bim (?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|"
    r"dezember|fruhling|fruhjahr|sommer|herbst|winter)\b|\bin welchem monat\b",
]

ASKING = (
    r"^(?:was|wie|wer|wann|wo|welche\w*|gibt es|ist|sind|hat|haben|wird|werden|regnet|"
    r"brauche|kannst|sag mir)\b"
)

REPLY = "Ich kann {what} nicht abrufen: Ich arbeite offline, ohne aktuelle Informationen. {where}"

SAID: dict[str, tuple[str, str]] = {
    "weather": (
        "das Wetter und die Vorhersage",
        "Eine Wetter-App oder -Website oder das Lokalradio weiß es.",
    ),
    "travel": (
        "den aktuellen Stand von Flügen, Zügen oder Bussen",
        "Die App oder Website des Anbieters zeigt den aktuellen Stand.",
    ),
    "hours": (
        "aktuelle Öffnungszeiten",
        "Die Website des Ortes oder eine Karten-App zeigt die Öffnungszeiten.",
    ),
    "exchange": (
        "die heutigen Wechselkurse",
        "Deine Bank oder eine Währungs-App kennt den heutigen Kurs.",
    ),
    "markets": (
        "aktuelle Kurse von Aktien, Kryptowährungen oder Rohstoffen",
        "Eine Finanz-App oder -Website hat die aktuellen Zahlen.",
    ),
    "elections": (
        "Wahlergebnisse oder Umfragen",
        "Eine Nachrichten-Website hat die Ergebnisse.",
    ),
    "sports": (
        "Spielstände oder aktuelle Ergebnisse",
        "Eine Sport-App oder -Website hat sie.",
    ),
    "traffic": (
        "die aktuelle Verkehrslage",
        "Eine Karten- oder Verkehrs-App zeigt sie.",
    ),
    "news": (
        "die heutigen Nachrichten",
        "Eine Nachrichten-App, eine Website oder das Radio hat sie.",
    ),
    "local": (
        "das aktuelle Programm oder was gerade in deiner Nähe los ist",
        "Eine Karten-, Veranstaltungs- oder Programm-App weiß es.",
    ),
}
