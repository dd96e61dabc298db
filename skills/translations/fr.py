"""The built-in skills in French: their phrases, replies, descriptions and examples.

The matcher sees elisions as two words ("d'appeler" is "d' appeler"), so the phrases
are written that way."""

from __future__ import annotations

_TIMER = "(minuteur|minuterie|compte à rebours|chrono|chronomètre|timer)"
_SET = (
    "(mets|mettez|mets-moi|lance|lancez|démarre|règle|réglez|programme|crée|active|fais|"
    "il me faut|je veux|je voudrais|j' ai besoin d')"
)
_CANCEL = "(annule|annulez|arrête|arrêtez|supprime|supprimez|enlève|efface|stoppe|coupe|éteins)"
_WHERE = "(à|a|au|aux|en) {place:phrase}"
_NOW = "[(maintenant|en ce moment|actuellement|déjà)]"
_IT_IS = "(quelle heure est-il|quelle heure il est|il est quelle heure)"
_REMIND = "(rappelle-moi|rappelle moi|rappelez-moi|fais-moi penser|fais moi penser)"

PHRASES: dict[str, dict[str, list[str]]] = {
    "clock": {
        "time": [
            f"{_IT_IS} {_NOW}",
            f"[tu peux] (me donner|me dire|donne-moi|donne moi|dis-moi|dis moi) l' heure {_NOW}",
            "(tu as|vous avez|t' as) l' heure",
            "l' heure [s' il te plaît]",
            f"(tu sais|dis-moi|dis moi|sais-tu) quelle heure il est {_NOW}",
            f"{_IT_IS} {_NOW} {_WHERE} {_NOW}",
            f"(dis-moi|dis moi|donne-moi|donne moi|me donner|me dire) l' heure {_WHERE}",
            f"(tu sais|dis-moi|dis moi) quelle heure il est {_WHERE}",
            f"l' heure [locale|actuelle] {_WHERE}",
        ],
        "date": [
            "(quel jour|quelle date) (sommes-nous|on est|est-on|nous sommes) [aujourd'hui]",
            "on est quel jour [aujourd'hui]",
            "(on est|nous sommes) le combien [aujourd'hui]",
            "le combien (sommes-nous|on est) [aujourd'hui]",
            "(quelle est|c' est quoi) la date [d' aujourd'hui]",
            "(quel jour|quelle date) (est-ce|c' est) [aujourd'hui]",
            "(dis-moi|dis moi|donne-moi) la date [d' aujourd'hui]",
            "la date d' aujourd'hui",
            "(quel jour|quelle date) (sommes-nous|est-on|on est) (à|au|en) {place:phrase}",
        ],
    },
    "timers": {
        "set_timer": [
            f"{_SET} [un|le] {_TIMER} (de|pour|sur|à) {{duration}}",
            f"{_SET} [un|le] {_TIMER} (de|pour) {{duration}} (appelé|nommé|pour [le|la|les]) "
            "{name}",
            f"{_TIMER} (de|pour|sur) {{duration}}",
            f"{_SET} [un|le] {_TIMER} d' {{duration}}",
            f"{_TIMER} d' {{duration}}",
            f"{_SET} [un|le] {_TIMER}",
            "(préviens-moi|préviens moi|prévenez-moi|avertis-moi|dis-moi|sonne) dans "
            "{duration:length}",
            f"{_SET} une alarme (dans|de|pour) {{duration:length}}",
        ],
        "list_timers": [
            f"combien de temps (reste-t-il|il reste|reste) (sur le|sur mon|au|pour le) {_TIMER}",
            f"il reste combien de temps (sur|au) [le] {_TIMER}",
            "(quels|combien de) minuteurs (j' ai|ai-je|sont en cours|tournent)",
            "(montre-moi|dis-moi|liste) [mes|les] minuteurs",
            "(est-ce que j' ai|ai-je|y a-t-il) un minuteur [en cours]",
        ],
        "cancel_timer": [
            f"{_CANCEL} [le|mon] {_TIMER}",
            f"{_CANCEL} [le|mon] {_TIMER} (de|du|des|pour [le|la|les]) {{name}}",
        ],
        "cancel_all_timers": [f"{_CANCEL} (tous les|tous mes|les|mes) minuteurs"],
        "set_alarm": [
            f"{_SET} [une|l' |mon] (alarme|réveil) (pour|à) {{time:daytime}}",
            f"{_SET} [une|l' |mon] (alarme|réveil) {{time:when}}",
            "(réveille-moi|réveille moi|réveillez-moi) {time:when}",
            "(alarme|réveil) (pour|à) {time:daytime}",
            f"{_SET} [une] alarme",
        ],
        "list_alarms": [
            "(quelles|combien d') alarmes (j' ai|ai-je)",
            "à quelle heure (est|sonne) mon [prochain] (alarme|réveil)",
            "(montre-moi|dis-moi|liste) [mes|les] alarmes",
        ],
        "cancel_alarm": [
            f"{_CANCEL} [l' |le|mon] (alarme|réveil)",
            f"{_CANCEL} [l' |le|mon] (alarme|réveil) de {{time}}",
        ],
        "cancel_all_alarms": [f"{_CANCEL} (toutes les|toutes mes|les|mes) alarmes"],
    },
    "reminders": {
        "remind": [
            f"{_REMIND} (de|d' ) {{task}} {{when}}",
            f"{_REMIND} {{when}} (de|d' ) {{task}}",
            f"{{when}} {_REMIND} (de|d' ) {{task}}",
            f"{_REMIND} (que|qu' ) {{task}} {{when}}",
            "(crée|mets|ajoute) un rappel (pour|de|d' ) {task} {when}",
            "(crée|mets|ajoute) un rappel {when} (pour|de|d' ) {task}",
            f"{_REMIND} (de|d' |que|qu' ) {{task}}",
            "(crée|mets|ajoute) un rappel (pour|de|d' ) {task}",
            "(crée|mets|ajoute) un rappel",
        ],
        "list_reminders": [
            "(quels sont|c' est quoi) mes rappels",
            "(quels|combien de) rappels (j' ai|ai-je)",
            "(montre-moi|dis-moi|lis-moi|liste) [mes|les] rappels",
            "(est-ce que j' ai|ai-je) des rappels",
        ],
        "cancel_reminder": [
            f"{_CANCEL} [le|mon] rappel",
            f"{_CANCEL} [le|mon] rappel (de|d' |pour) {{task}}",
            f"{_CANCEL} (tous les|tous mes|les|mes) rappels",
        ],
    },
    "notes": {
        "add_note": [
            "(prends|prenez|fais|crée|écris|ajoute) [une] note (de|d' |que|qu' |:) {text}",
            "(note|notez|écris) (que|qu' ) {text}",
            "(note|notez) {text}",
            "(prends|prenez|fais|crée|écris) une note",
        ],
        "read_notes": [
            "(lis-moi|lis moi|lis|montre-moi|dis-moi|donne-moi) [toutes] mes notes",
            "(quelles|combien de) notes (j' ai|ai-je)",
            "(est-ce que j' ai|ai-je) des notes",
            "qu' est-ce que j' ai noté",
        ],
        "delete_last_note": ["(supprime|efface|enlève) (la|ma) (dernière|derniere) note"],
        "delete_all_notes": ["(supprime|efface|enlève) (toutes mes|toutes les|mes|les) notes"],
        "add_todo": [
            "(ajoute|mets|note) {item} (à|a|sur|dans) [ma|la] liste (de tâches|des tâches|de "
            "choses à faire|à faire)",
        ],
        "read_todos": [
            "(lis-moi|lis|montre-moi|dis-moi) [ma|la] liste (de tâches|des tâches|à faire)",
            "qu' est-ce que j' ai à faire [aujourd'hui]",
            "qu' est-ce qu' il y a sur ma liste (de tâches|à faire)",
        ],
        "complete_todo": [
            "(coche|raye|marque) {item:phrase} [comme] (fait|faite|terminé|terminée)",
            "(raye|enlève|supprime) {item:phrase} de [ma|la] liste (de tâches|à faire)",
        ],
        "clear_todos": ["(vide|efface) [ma|la] liste (de tâches|des tâches|à faire)"],
    },
    "shopping": {
        "add": [
            "(ajoute|rajoute|mets|note) {items} (à|a|sur|dans) [ma|la|notre] liste (de courses|"
            "des courses|de commissions)",
        ],
        "read": [
            "(lis-moi|lis|montre-moi|dis-moi) [ma|la|notre] liste (de courses|des courses)",
            "qu' est-ce qu' il y a sur [ma|la|notre] liste (de courses|des courses)",
            "qu' est-ce que (je dois|nous devons|il faut) acheter",
        ],
        "has": [
            "est-ce que {item} est sur [ma|la|notre] liste (de courses|des courses)",
            "(y a-t-il|il y a) {item} sur [ma|la|notre] liste (de courses|des courses)",
        ],
        "remove": [
            "(enlève|retire|supprime|raye) {items:phrase} de [ma|la|notre] liste (de courses|"
            "des courses)",
        ],
        "clear": ["(vide|efface) [ma|la|notre] liste (de courses|des courses)"],
    },
    "limits": {
        "messages": [
            "(envoie|envoyer) [un|une] (message|texto|sms|mail|e-mail|courriel|whatsapp) à {what}",
            "(écris|écrire) [un|une] (message|texto|sms|mail|e-mail|courriel) à {what}",
            "(lis|lis-moi) mes (messages|mails|e-mails|courriels|textos)",
            "(est-ce que j' ai|ai-je) (des|de nouveaux) (messages|mails|e-mails|courriels)",
        ],
        "calls": ["(appelle|téléphone à) {who}"],
        "shopping": ["(commande|commande-moi|achète|achète-moi) {what}"],
        "bookings": ["(réserve|réserve-moi) {what}"],
        "directions": [
            "(emmène-moi|conduis-moi|guide-moi) (à|au|vers|jusqu' à) {place}",
            "comment (aller|je vais|on va) (à|au|jusqu' à) {place}",
        ],
        "posting": ["(publie|partage|poste|tweete) {what} sur {site}"],
        "music": [
            "(joue|lance) (du|ma|mon|mes) {what}",
            "(mets|joue|lance) de la musique {what}",
            "(mets|joue|lance) [ma|mon|une] (playlist|chanson|radio) {what}",
        ],
    },
    "calculator": {"calculate": ["calcule {expression}"]},  # convert: units.py
    "help": {
        "what_can_you_do": [
            "qu' est-ce que (tu sais|tu peux|vous savez|vous pouvez) faire [pour moi]",
            "que (sais-tu|peux-tu|savez-vous|pouvez-vous) faire [pour moi|d' autre|de plus]",
            "[tu sais|tu peux] faire quoi",
            "quelles sont tes (compétences|fonctions|capacités)",
            "(comment tu fonctionnes|comment ça marche|comment t' utiliser)",
            "(aide|aide-moi|à l' aide)",
            "qu' est-ce que je peux te demander",
            "(comment|en quoi) (peux-tu|tu peux|pouvez-vous|vous pouvez) m' aider",
        ]
    },
}

REPLIES: dict[str, str] = {
    "clock.now": "Il est {time}.",
    "clock.there": "à {place}, il est {time}, {weekday}",
    "clock.unknown_place": "Je ne connais pas le fuseau horaire de {place}. Essayez une grande "
    "ville proche.",
    "clock.today": "Nous sommes le {date}.",
    "clock.date_there": "À {place}, nous sommes le {date}.",
    "timers.set": "D'accord, {duration}, c'est parti.",
    "timers.set_named": "D'accord, minuteur {name} réglé sur {duration}.",
    "timers.exists": "Vous avez déjà un minuteur {name}, il reste {left}.",
    "timers.done": "Votre minuteur de {duration} est terminé.",
    "timers.done_named": "Votre minuteur {name} est terminé.",
    "timers.away": "Pendant votre absence, votre minuteur de {duration} a sonné.",
    "timers.none": "Vous n'avez aucun minuteur en cours.",
    "timers.left": "il reste {left} à votre minuteur {label}",
    "timers.label": "de {duration}",
    "timers.cancelled": "J'ai annulé votre minuteur {label}.",
    "timers.cancelled_all": "J'ai annulé les {count} minuteurs.",
    "timers.which": "Vous avez {count} minuteurs : {names}. Lequel ?",
    "alarms.set": "D'accord, alarme réglée pour {time} {day}.",
    "alarms.exists": "Vous avez déjà une alarme à {time}.",
    "alarms.ring": "Il est {time}. Votre alarme sonne.",
    "alarms.away": "Pendant votre absence, votre alarme de {time} a sonné.",
    "alarms.none": "Vous n'avez aucune alarme.",
    "alarms.list": "Vous avez une alarme à {times}.",
    "alarms.cancelled": "J'ai annulé votre alarme de {time}.",
    "alarms.cancelled_all": "J'ai annulé les {count} alarmes.",
    "alarms.which": "Vous avez {count} alarmes : {times}. Laquelle ?",
    "day.today": "aujourd'hui",
    "day.tomorrow": "demain",
    "day.other": "{weekday}",
    "reminders.set": "D'accord, je vous rappellerai de {task} {when}.",
    "reminders.set_that": "D'accord, je vous rappellerai {task} {when}.",
    "reminders.in": "dans {duration}",
    "reminders.at": "à {time} {day}",
    "reminders.ring": "Rappel : {task}.",
    "reminders.away": "Pendant votre absence, vous aviez un rappel : {task}.",
    "reminders.none": "Vous n'avez aucun rappel.",
    "reminders.list": "Vous avez {count} rappels : {items}.",
    "reminders.list_one": "Vous avez un rappel : {items}.",
    "reminders.cancelled": "D'accord, je ne vous rappellerai pas de {task}.",
    "reminders.cancelled_all": "J'ai annulé les {count} rappels.",
    "reminders.no_such": "Vous n'avez aucun rappel pour {task}.",
    "notes.noted": "C'est noté : {text}.",
    "notes.none": "Vous n'avez aucune note.",
    "notes.list": "Vous avez {count} notes. {items}.",
    "notes.list_one": "Vous avez une note. {items}.",
    "notes.more": " Et {count} de plus.",
    "notes.confirm_all": "Supprimer vos {count} notes ?",
    "notes.confirm_one": "Supprimer votre seule note ?",
    "notes.confirm_last": "Supprimer votre dernière note, « {text} » ?",
    "notes.deleted_all": "J'ai supprimé {count} notes.",
    "notes.deleted_last": "J'ai supprimé la note « {text} ».",
    "todos.added": "J'ai ajouté {item} à votre liste de tâches. Ça fait {count} sur la liste.",
    "todos.empty": "Votre liste de tâches est vide.",
    "todos.list": "Vous avez {count} choses à faire. {items}.",
    "todos.done": "J'ai coché {item}.",
    "todos.not_there": "{item} n'est pas sur votre liste de tâches.",
    "todos.confirm_clear": "Vider votre liste de tâches, {count} éléments ?",
    "todos.cleared": "J'ai vidé votre liste de tâches.",
    "shopping.added": "Ajouté à votre liste de courses : {items}. Ça fait {count} articles.",
    "shopping.already": "Déjà sur votre liste de courses : {items}.",
    "shopping.also_there": "Déjà sur la liste : {items}.",
    "shopping.more": ", et {count} de plus",
    "shopping.list_one": "Sur votre liste de courses : {items}.",
    "shopping.list": "Votre liste de courses a {count} articles : {items}.",
    "shopping.empty": "Votre liste de courses est vide.",
    "shopping.has": "Oui, votre liste de courses contient {item}.",
    "shopping.has_not": "Non, votre liste de courses ne contient pas {item}.",
    "shopping.removed": "Retiré de votre liste de courses : {items}. Il en reste {count}.",
    "shopping.not_there": "Pas sur votre liste de courses : {items}.",
    "shopping.confirm_clear": "Vider votre liste de courses, {count} articles ?",
    "shopping.cleared": "J'ai vidé votre liste de courses.",
    "limits.messages": "Je ne peux ni envoyer ni lire de messages ou d'e-mails : je fonctionne "
    "uniquement sur cet ordinateur et je ne suis pas connecté à vos comptes. Je peux prendre une "
    "note ou créer un rappel.",
    "limits.calls": "Je ne peux pas passer d'appels : je ne suis pas connecté à un téléphone. "
    "Je peux vous rappeler d'appeler.",
    "limits.shopping": "Je ne peux rien commander ni acheter : je ne vais jamais sur internet. "
    "Je peux l'ajouter à votre liste de courses.",
    "limits.bookings": "Je ne peux rien réserver : je ne vais jamais sur internet. Je peux vous "
    "rappeler de le faire.",
    "limits.directions": "Je ne peux pas vous guider : je n'ai pas de cartes et je ne sais pas "
    "où vous êtes.",
    "limits.posting": "Je ne peux rien publier : je ne vais jamais sur internet.",
    "limits.music": "Je ne peux pas choisir de musique. Je peux mettre en pause, reprendre ou "
    "passer ce que joue votre lecteur.",
    "calculator.result": "Ça fait {value}.",
    "calculator.zero": "On ne peut pas diviser par zéro.",
    "calculator.too_big": "Ce nombre est trop grand pour que je le dise.",
    "calculator.unknown": "Je ne sais pas calculer {expression}. Essayez « douze fois sept ».",
    "help.none": "Pour l'instant je peux seulement discuter ; aucune compétence n'est activée.",
    "help.intro": "Voici ce que je sais faire.",
    "help.item": "{description} : essayez « {example} ».",
    "help.outro": "Et vous pouvez simplement discuter avec moi.",
}

ASKS = {
    "task": "De quoi dois-je vous rappeler ?",
    "when": "Quand dois-je vous le rappeler ?",
    "text": "Que doit dire la note ?",
    "duration": "Quelle durée pour le minuteur ?",
    "time": "À quelle heure dois-je régler l'alarme ?",
    "fact": "Que dois-je retenir ?",
}
"""What a built-in skill asks for a slot the user did not say (by the slot's name)."""

DESCRIPTIONS = {
    "clock": "L'heure et la date, ici ou dans une autre ville",
    "timers": "Des minuteurs et des alarmes",
    "reminders": "Des rappels à une heure précise ou dans un moment",
    "notes": "Des notes et une liste de tâches",
    "shopping": "Une liste de courses",
    "calculator": "Des calculs",
    "memory": "Ce que vous me demandez de retenir",
}
EXAMPLES = {
    "clock": "quelle heure est-il à Tokyo",
    "timers": "mets un minuteur de dix minutes",
    "reminders": "rappelle-moi d'appeler maman à cinq heures",
    "notes": "prends note d'acheter du café",
    "shopping": "ajoute du lait et des œufs à la liste de courses",
    "calculator": "combien font sept fois huit",
    "help": "qu'est-ce que tu sais faire",
}

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
DATE = "{weekday} {day} {month} {year}"
PRONOUNS = {"mon": "votre", "ma": "votre", "mes": "vos", "me": "vous", "moi": "vous", "m'": "vous "}
CALCULATOR = [
    (r"\bfois\b|\bmultiplié par\b|\bx\b", " * "),
    (r"\bdivisé par\b|\bsur\b", " / "),
    (r"\bplus\b", " + "),
    (r"\bmoins\b", " - "),
    (r"\bpuissance\b|\bà la puissance\b", " ^ "),
    (r"\bau carré\b", " ^ 2 "),
    (r"\bau cube\b", " ^ 3 "),
    (r"\b(?:la )?racine carrée de\b", " sqrt "),
    (r"%\s*de\b|%\s*d'", " % "),  # "pour cent" is "%" before numbers are read ("cent" is one)
    (r"^(?:la|le|les)\s+", ""),  # "la racine carrée de ..."
    (r"\bla moitié de\b", " 0.5 * "),
    (r"\ble double de\b", " 2 * "),
]
CALCULATOR_LEAD = (
    r"^(?:combien (?:font|fait|ça fait|égale|egale)|(?:qu'est-ce que|que) (?:font|fait)|"
    r"(?:c'est )?combien|calcule|calculez|ça fait combien|quelle est|quel est|c'est quoi)\s+"
)
