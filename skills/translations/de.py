"""The built-in skills in German: their phrases, replies, descriptions and examples."""

from __future__ import annotations

_TIMER = "(timer|countdown|kurzzeitwecker|eieruhr)"
_SET = (
    "(stell|stelle|stellen sie|setz|setze|starte|start|mach|mache|erstelle|leg|lege|"
    "ich brauche|ich will|ich möchte|ich hätte gern)"
)
_CANCEL = "(lösch|lösche|stopp|stoppe|stop|beende|entferne|brich|cancel|schalte)"
_OFF = "[ab|aus]"
_WHERE = "in {place:phrase}"
_NOW = "[(jetzt|gerade|gerade eben|im moment|momentan|schon|denn)]"
_REMIND = "(erinnere|erinner|erinnern sie) mich"

PHRASES: dict[str, dict[str, list[str]]] = {
    "clock": {
        "time": [
            f"wie spät ist es {_NOW}",
            f"wie viel uhr ist es {_NOW}",
            f"wieviel uhr ist es {_NOW}",
            f"(wie viel|wieviel) uhr haben wir {_NOW}",
            f"(sag|sage|nenn) mir [bitte] die uhrzeit {_NOW}",
            "(die uhrzeit|uhrzeit) [bitte]",
            f"(weißt du|weisst du) wie spät es {_NOW} ist",
            f"wie spät ist es {_NOW} {_WHERE} {_NOW}",
            f"(wie viel|wieviel) uhr ist es {_NOW} {_WHERE} {_NOW}",
            f"(weißt du|weisst du|sag mir) wie spät es {_NOW} {_WHERE} ist",
            f"(sag|sage|nenn) mir die uhrzeit {_WHERE}",
            f"(die uhrzeit|uhrzeit) {_WHERE}",
        ],
        "date": [
            "(welcher tag|welches datum) ist heute",
            "(was|welcher tag|welches datum) haben wir heute",
            "was ist heute für ein tag",
            "der wievielte ist heute",
            "den wievielten haben wir [heute]",
            "(welcher tag|welches datum) ist (es|heute) [heute]",
            "(sag|sage|nenn) mir [bitte] das datum [von heute]",
            "(das datum|datum) [von heute]",
            "(welcher tag|welches datum) ist [es] [heute] in {place:phrase}",
        ],
    },
    "timers": {
        "set_timer": [
            f"{_SET} [einen|den|mir einen|mir den] {_TIMER} (auf|für|über|von) {{duration}}",
            f"{_SET} [einen|den|mir einen] {_TIMER} (auf|für) {{duration}} (namens|mit dem namen|"
            "für [den|die|das]) {name}",
            f"{_SET} [einen|den|mir einen] {{name:phrase}} {_TIMER} (auf|für) {{duration}}",
            f"{_TIMER} (auf|für|über|von) {{duration}}",
            f"{{duration:length}} {_TIMER}",
            f"{_SET} [einen|den|mir einen] {_TIMER}",
            "(sag|sage) mir in {duration:length} bescheid",
            "(weck|wecke|erinnere) mich in {duration:length}",
            f"{_SET} [einen|den|mir einen] (wecker|alarm) (in|für|auf) {{duration:length}}",
        ],
        "list_timers": [
            f"wie lange (läuft|dauert) der {_TIMER} noch",
            f"wie (lange|viel zeit) (ist|bleibt) [noch] (auf|beim) [dem] {_TIMER} [übrig]",
            f"wie viel zeit hat der {_TIMER} noch",
            "welche timer (habe ich|laufen|sind gestellt)",
            "(zeig|zeige|sag|nenne) mir [meine|die] timer",
            "(läuft|habe ich) [gerade|noch] (ein|einen) timer",
        ],
        "cancel_timer": [
            f"{_CANCEL} [den|meinen] {_TIMER} {_OFF}",
            f"{_CANCEL} [den|meinen] {{name:phrase}} {_TIMER} {_OFF}",
            f"{_CANCEL} [den|meinen] {_TIMER} (für|namens) {{name}} {_OFF}",
            f"(mach|mache) [den|meinen] {_TIMER} aus",
        ],
        "cancel_all_timers": [f"{_CANCEL} (alle|alle meine|meine|die) timer {_OFF}"],
        "set_alarm": [
            f"{_SET} [einen|den|mir einen|meinen] (wecker|alarm) (auf|für) {{time:daytime}}",
            f"{_SET} [einen|den|mir einen|meinen] (wecker|alarm) {{time:when}}",
            "(weck|wecke) mich {time:when}",
            "(wecker|alarm) (für|auf) {time:daytime}",
            "(wecker|alarm) {time:when}",
            f"{_SET} [einen|den|mir einen] (wecker|alarm)",
        ],
        "list_alarms": [
            "welche (wecker|alarme) (habe ich|sind gestellt)",
            "(wann|um wie viel uhr) (klingelt|geht) mein [nächster] wecker",
            "(zeig|zeige|sag|nenne) mir [meine|die] (wecker|alarme)",
        ],
        "cancel_alarm": [
            f"{_CANCEL} [den|meinen] (wecker|alarm) {_OFF}",
            f"{_CANCEL} [den|meinen] (wecker|alarm) (um|für) {{time}} {_OFF}",
            "(mach|mache) [den|meinen] (wecker|alarm) aus",
        ],
        "cancel_all_alarms": [f"{_CANCEL} (alle|alle meine|meine|die) (wecker|alarme) {_OFF}"],
    },
    "reminders": {
        "remind": [
            f"{_REMIND} {{when}} [daran] [dass] {{task}}",
            f"{_REMIND} daran [dass] {{when}} {{task}}",
            f"{_REMIND} [daran] [dass] {{task}} {{when}}",
            f"{{when}} {_REMIND} [daran] [dass] {{task}}",
            f"{_REMIND} {{when}} an {{task}}",
            f"{_REMIND} an {{task}} {{when}}",
            "(erstelle|mach|setz|leg) [mir] eine erinnerung {when} (für|an|zu) {task}",
            "(erstelle|mach|setz|leg) [mir] eine erinnerung (für|an|zu) {task} {when}",
            f"{_REMIND} (daran|an) [dass] {{task}}",
            f"{_REMIND} [dass] {{task}}",  # "erinnere mich, die Blumen um 6 zu gießen"
            "(erstelle|mach|setz|leg) [mir] eine erinnerung",
        ],
        "list_reminders": [
            "welche erinnerungen habe ich",
            "(zeig|zeige|sag|nenne|lies) mir [meine|die] erinnerungen [vor]",
            "(habe ich|gibt es) erinnerungen",
            "was sind meine erinnerungen",
        ],
        "cancel_reminder": [
            "(lösch|lösche|entferne|vergiss) [die|meine] erinnerung",
            "(lösch|lösche|entferne|vergiss) [die|meine] erinnerung (an|für) {task}",
            "(lösch|lösche|entferne|vergiss) (alle|alle meine|meine|die) erinnerungen",
        ],
    },
    "notes": {
        "add_note": [
            "(notiere|notier|schreib|schreibe) [mir] [auf] [dass] {text}",
            "(mach|mache|erstelle|schreib) [mir] eine notiz [dass|:] {text}",
            "(neue notiz|notiz) [:] {text}",
            "(mach|mache|erstelle|schreib) [mir] eine notiz",
        ],
        "read_notes": [
            "(lies|lese|zeig|zeige|sag|nenne) mir [alle] meine notizen [vor]",
            "(welche|wie viele) notizen habe ich",
            "habe ich notizen",
            "was habe ich (notiert|aufgeschrieben)",
        ],
        "delete_last_note": ["(lösch|lösche|entferne) [die|meine] letzte notiz"],
        "delete_all_notes": ["(lösch|lösche|entferne) (alle|alle meine|meine|die) notizen"],
        "add_todo": [
            "(setz|setze|schreib|schreibe|pack) {item} auf [meine|die] (aufgabenliste|to-do-liste|"
            "todo-liste|todo liste|to do liste|liste)",
            "(füge|füg) {item} (zu|zur) [meiner|der] (aufgabenliste|to-do-liste|todo-liste) hinzu",
        ],
        "read_todos": [
            "(lies|zeig|zeige|sag) mir [meine|die] (aufgabenliste|to-do-liste|todo-liste) [vor]",
            "was (steht|ist) auf meiner (aufgabenliste|to-do-liste|todo-liste)",
            "was muss ich [heute] (tun|erledigen)",
        ],
        "complete_todo": [
            "(hake|hak|streiche|markiere) {item:phrase} (ab|als erledigt)",
            "{item:phrase} ist erledigt",
        ],
        "clear_todos": ["(lösch|lösche|leere) [meine|die] (aufgabenliste|to-do-liste|todo-liste)"],
    },
    "shopping": {
        "add": [
            "(setz|setze|schreib|schreibe|pack) {items} auf [meine|die|unsere] einkaufsliste",
            "(füge|füg) {items} (zu|zur) [meiner|der|unserer] einkaufsliste hinzu",
        ],
        "read": [
            "(lies|zeig|zeige|sag) mir [meine|die|unsere] einkaufsliste [vor]",
            "was (steht|ist) auf [meiner|der|unserer] einkaufsliste",
            "was (muss ich|müssen wir) einkaufen",
        ],
        "has": ["(steht|stehen|ist|sind) {item} auf [meiner|der|unserer] einkaufsliste"],
        "remove": [
            "(streich|streiche|nimm|lösch|lösche|entferne) {items:phrase} (von|aus) "
            "[meiner|der|unserer] einkaufsliste",
        ],
        "clear": ["(lösch|lösche|leere) [meine|die|unsere] einkaufsliste"],
    },
    "limits": {
        "messages": [
            "(schick|schicke|sende) [eine|einen] (nachricht|sms|mail|e-mail|whatsapp) an {what}",
            "(schreib|schreibe) [eine|einen] (nachricht|sms|mail|e-mail|whatsapp) an {what}",
            "(lies|lese) [mir] meine (nachrichten|mails|e-mails|sms) [vor]",
            "habe ich [neue] (nachrichten|mails|e-mails)",
        ],
        "calls": ["(ruf|rufe) {who} an", "telefoniere mit {who}"],
        "shopping": ["(bestell|bestelle|kauf|kaufe) [mir] {what}"],
        "bookings": ["(reservier|reserviere|buch|buche) [mir] {what}"],
        "directions": [
            "(navigiere|führ mich|führe mich|bring mich) (zu|zum|zur|nach) {place}",
            "wie komme ich (zu|zum|zur|nach) {place}",
        ],
        "posting": ["(poste|teile|veröffentliche) {what} (auf|bei) {site}"],
        "music": [
            "(spiel|spiele) [mir] (etwas|ein bisschen|meine|meinen) {what}",
            "(spiel|spiele) {what} (musik|lieder|songs|playlist|radio)",
        ],
    },
    "calculator": {"calculate": ["(rechne|berechne) {expression} [aus]"]},  # convert: units.py
    "help": {
        "what_can_you_do": [
            "was kannst du [alles] [für mich] [tun|machen]",
            "was kannst du sonst noch",
            "welche (fähigkeiten|funktionen|skills) hast du",
            "was sind deine (fähigkeiten|funktionen)",
            "wobei kannst du mir helfen",
            "was kann ich dich fragen",
            "(hilfe|hilf mir|wie funktioniert das|wie benutze ich dich)",
        ]
    },
}

REPLIES: dict[str, str] = {
    "clock.now": "Es ist {time}.",
    "clock.there": "in {place} ist es {time}, {weekday}",
    "clock.unknown_place": "Die Zeitzone von {place} kenne ich nicht. Versuch eine große Stadt "
    "in der Nähe.",
    "clock.today": "Heute ist {date}.",
    "clock.date_there": "In {place} ist es {date}.",
    "timers.set": "Okay, {duration}, läuft ab jetzt.",
    "timers.set_named": "Okay, {name}-Timer auf {duration} gestellt.",
    "timers.exists": "Du hast schon einen {name}-Timer, mit noch {left}.",
    "timers.done": "Dein Timer über {duration} ist abgelaufen.",
    "timers.done_named": "Dein {name}-Timer ist abgelaufen.",
    "timers.away": "Während du weg warst, ist dein Timer über {duration} abgelaufen.",
    "timers.none": "Es läuft kein Timer.",
    "timers.left": "dein Timer {label} hat noch {left}",
    "timers.label": "über {duration}",
    "timers.cancelled": "Dein Timer {label} ist gelöscht.",
    "timers.cancelled_all": "Alle {count} Timer sind gelöscht.",
    "timers.which": "Du hast {count} Timer: {names}. Welchen?",
    "alarms.set": "Okay, Wecker auf {time} {day} gestellt.",
    "alarms.exists": "Du hast schon einen Wecker um {time}.",
    "alarms.ring": "Es ist {time}. Dein Wecker klingelt.",
    "alarms.away": "Während du weg warst, hat dein Wecker um {time} geklingelt.",
    "alarms.none": "Du hast keinen Wecker gestellt.",
    "alarms.list": "Du hast einen Wecker um {times}.",
    "alarms.cancelled": "Dein Wecker um {time} ist gelöscht.",
    "alarms.cancelled_all": "Alle {count} Wecker sind gelöscht.",
    "alarms.which": "Du hast {count} Wecker: {times}. Welchen?",
    "day.today": "heute",
    "day.tomorrow": "morgen",
    "day.other": "am {weekday}",
    "reminders.set": "Okay, ich erinnere dich {when} daran: {task}.",
    "reminders.set_that": "Okay, ich erinnere dich {when} daran, {task}.",
    "reminders.in": "in {duration}",
    "reminders.at": "{day} um {time}",
    "reminders.ring": "Erinnerung: {task}.",
    "reminders.away": "Während du weg warst, hattest du eine Erinnerung: {task}.",
    "reminders.none": "Du hast keine Erinnerungen.",
    "reminders.list": "Du hast {count} Erinnerungen: {items}.",
    "reminders.list_one": "Du hast eine Erinnerung: {items}.",
    "reminders.cancelled": "Okay, ich erinnere dich nicht daran: {task}.",
    "reminders.cancelled_all": "Alle {count} Erinnerungen sind gelöscht.",
    "reminders.no_such": "Du hast keine Erinnerung an {task}.",
    "notes.noted": "Notiert: {text}.",
    "notes.none": "Du hast keine Notizen.",
    "notes.list": "Du hast {count} Notizen. {items}.",
    "notes.list_one": "Du hast eine Notiz. {items}.",
    "notes.more": " Und {count} weitere.",
    "notes.confirm_all": "Alle {count} Notizen löschen?",
    "notes.confirm_one": "Deine einzige Notiz löschen?",
    "notes.confirm_last": "Deine letzte Notiz löschen, „{text}“?",
    "notes.deleted_all": "{count} Notizen gelöscht.",
    "notes.deleted_last": "Die Notiz „{text}“ ist gelöscht.",
    "todos.added": "{item} steht jetzt auf deiner Aufgabenliste. Das sind {count}.",
    "todos.empty": "Deine Aufgabenliste ist leer.",
    "todos.list": "Du hast {count} Aufgaben. {items}.",
    "todos.done": "{item} ist abgehakt.",
    "todos.not_there": "{item} steht nicht auf deiner Aufgabenliste.",
    "todos.confirm_clear": "Deine Aufgabenliste leeren, {count} Einträge?",
    "todos.cleared": "Deine Aufgabenliste ist leer.",
    "shopping.added": "Auf deine Einkaufsliste gesetzt: {items}. Das sind jetzt {count}.",
    "shopping.already": "Schon auf deiner Einkaufsliste: {items}.",
    "shopping.also_there": "Schon drauf: {items}.",
    "shopping.more": " und {count} weitere",
    "shopping.list_one": "Auf deiner Einkaufsliste steht {items}.",
    "shopping.list": "Auf deiner Einkaufsliste stehen {count} Sachen: {items}.",
    "shopping.empty": "Deine Einkaufsliste ist leer.",
    "shopping.has": "Ja, das steht auf deiner Einkaufsliste: {item}.",
    "shopping.has_not": "Nein, das steht nicht auf deiner Einkaufsliste: {item}.",
    "shopping.removed": "Von deiner Einkaufsliste gestrichen: {items}. Noch {count} übrig.",
    "shopping.not_there": "Nicht auf deiner Einkaufsliste: {items}.",
    "shopping.confirm_clear": "Deine Einkaufsliste leeren, {count} Sachen?",
    "shopping.cleared": "Deine Einkaufsliste ist jetzt leer.",
    "limits.messages": "Ich kann keine Nachrichten oder E-Mails senden oder lesen: Ich laufe "
    "nur auf diesem Computer und bin nicht mit deinen Konten verbunden. Ich kann eine Notiz "
    "machen oder dich erinnern.",
    "limits.calls": "Ich kann nicht telefonieren: Ich bin mit keinem Telefon verbunden. Ich "
    "kann dich ans Anrufen erinnern.",
    "limits.shopping": "Ich kann nichts bestellen oder kaufen: Ich gehe nie online. Ich kann "
    "es auf deine Einkaufsliste setzen.",
    "limits.bookings": "Ich kann nichts buchen: Ich gehe nie online. Ich kann dich daran erinnern.",
    "limits.directions": "Ich kann keine Wegbeschreibung geben: Ich habe keine Karten und "
    "weiß nicht, wo du bist.",
    "limits.posting": "Ich kann nichts posten: Ich gehe nie online.",
    "limits.music": "Ich kann keine Musik aussuchen. Ich kann anhalten, fortsetzen oder "
    "überspringen, was dein Player gerade spielt.",
    "calculator.result": "Das ist {value}.",
    "calculator.zero": "Durch null kann man nicht teilen.",
    "calculator.too_big": "Diese Zahl ist zu groß zum Aussprechen.",
    "calculator.unknown": "Das kann ich nicht ausrechnen: {expression}. Versuch etwa „zwölf mal "
    "sieben“.",
    "help.none": "Im Moment kann ich nur plaudern; keine Fähigkeit ist eingeschaltet.",
    "help.intro": "Das kann ich.",
    "help.item": "{description}: sag etwa „{example}“.",
    "help.outro": "Und du kannst einfach mit mir plaudern.",
}

ASKS = {
    "task": "Woran soll ich dich erinnern?",
    "when": "Wann soll ich dich erinnern?",
    "text": "Was soll in der Notiz stehen?",
    "duration": "Wie lange soll der Timer laufen?",
    "time": "Um wie viel Uhr soll der Wecker klingeln?",
    "fact": "Was soll ich mir merken?",
}
"""What a built-in skill asks for a slot the user did not say (by the slot's name)."""

DESCRIPTIONS = {
    "clock": "Uhrzeit und Datum, hier oder in einer anderen Stadt",
    "timers": "Timer und Wecker",
    "reminders": "Erinnerungen zu einer Uhrzeit oder nach einer Weile",
    "notes": "Notizen und eine Aufgabenliste",
    "shopping": "Eine Einkaufsliste",
    "calculator": "Rechnen",
    "memory": "Was ich mir für dich merken soll",
}
EXAMPLES = {
    "clock": "wie spät ist es in Tokio",
    "timers": "stell einen Timer auf zehn Minuten",
    "reminders": "erinnere mich um fünf daran, Mama anzurufen",
    "notes": "notiere Kaffee kaufen",
    "shopping": "setz Milch und Eier auf die Einkaufsliste",
    "calculator": "wie viel ist sieben mal acht",
    "help": "was kannst du",
}

WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
DATE = "{weekday}, der {day}. {month} {year}"
PRONOUNS = {
    "mein": "dein",
    "meine": "deine",
    "meinen": "deinen",
    "meinem": "deinem",
    "meiner": "deiner",
    "mich": "dich",
    "mir": "dir",
    "ich": "du",
}
CALCULATOR = [
    (r"\bmal\b|\bmultipliziert mit\b|\bx\b", " * "),
    (r"\bgeteilt durch\b|\bdurch\b|\bdividiert durch\b", " / "),
    (r"\bplus\b|\bund\b", " + "),
    (r"\bminus\b|\bweniger\b", " - "),
    (r"\bhoch\b", " ^ "),
    (r"\bim quadrat\b|\bquadrat\b", " ^ 2 "),
    (r"\b(?:die )?wurzel aus\b|\b(?:die )?quadratwurzel (?:aus|von)\b", " sqrt "),
    (r"%\s*von\b", " % "),  # "Prozent" is "%" before numbers are read
    (r"^(?:die|der|das)\s+", ""),  # "die Wurzel aus ..."
    (r"\bdie hälfte von\b", " 0.5 * "),
    (r"\bdas doppelte von\b", " 2 * "),
]
CALCULATOR_LEAD = (
    r"^(?:(?:wie ?viel|was) (?:ist|sind|ergibt|ergeben|macht|gibt)|rechne|berechne|"
    r"rechne mal|wie viel gibt)\s+"
)
