"""Personal memory in Spanish, French and German: remembering what the user says ("merk
dir, dass mein Parkplatz B12 ist"), saying what it knows, and forgetting the last fact
or everything. Facts are kept as said and said back with "my" turned to "your"
(``said_back``). Finding one fact by a question ("wo ist mein Parkplatz?") is left to
the language model, which is given the facts that share the question's words.
Joined to each language's tables by ``translations``, as ``system`` is."""

from __future__ import annotations

SKILL = "memory"

PHRASES: dict[str, dict[str, list[str]]] = {
    "de": {
        "remember": [
            "(merk dir|merke dir|merken sie sich|speichere) [bitte] dass {fact}",
            "(merk dir|merke dir|merken sie sich) [bitte] {fact}",
        ],
        "remember_said": [
            "(vergiss nicht|vergessen sie nicht|behalte im kopf|behalt im kopf) dass {fact}",
        ],
        "recall": [
            "(wo|wann|was|wer|wie|welche|welcher|welches) (ist|sind|war|waren|heißt|heisst)"
            " (mein|meine|meinen|unser|unsere) {topic}",
            "wo (habe|hab) ich [{topic}] (geparkt|gelassen|hingelegt|gelegt|abgestellt|versteckt)",
        ],
        "list_memories": [
            "was (weißt|weisst) du [alles] über mich",
            "was hast du dir [alles] [über mich] gemerkt",
            "was habe ich dir [alles] über mich (erzählt|gesagt)",
        ],
        "forget_last": [
            "vergiss (das|es) [wieder]",
            "vergiss was ich [gerade] gesagt habe",
        ],
        "forget_all": [
            "vergiss alles [was du über mich weißt|was du über mich weisst]",
            "(lösche|lösch) (dein gedächtnis|alle erinnerungen|alles was du über mich weißt)",
        ],
    },
    "es": {
        "remember": [
            "(recuerda|memoriza|acuérdate de|guarda en tu memoria) que {fact}",
        ],
        "remember_said": [
            "(no olvides|ten en cuenta|no te olvides de) que {fact}",
        ],
        "recall": [
            "(dónde|cuándo|cuál|qué|quién|cómo) (está|es|son|están|era) (mi|mis|nuestro"
            "|nuestra) {topic}",
            "cómo se llama (mi|mis) {topic}",
            "dónde (he aparcado|aparqué|dejé|he dejado|puse|he puesto|guardé) [{topic}]",
        ],
        "list_memories": [
            "qué sabes (de|sobre) mí",
            "qué (recuerdas|has memorizado|te he contado|te he dicho) (de|sobre) mí",
            "qué te he pedido que recuerdes",
        ],
        "forget_last": [
            "(olvida|olvídate de) (eso|esto)",
            "olvídalo",
            "olvida lo que te (dije|he dicho)",
        ],
        "forget_all": [
            "(olvida|olvídate de) todo [lo que sabes de mí|lo que sabes sobre mí]",
            "borra (tu memoria|todo lo que sabes de mí|todo lo que sabes sobre mí)",
        ],
    },
    "fr": {
        "remember": [
            "(souviens-toi|rappelle-toi|retiens|mémorise|souvenez-vous|retenez) (que|qu' ) {fact}",
        ],
        "remember_said": [
            "(n' oublie pas|n' oubliez pas) (que|qu' ) {fact}",
        ],
        "recall": [
            "(où|quand|quel|quelle|qui|comment) (est|sont|était) (mon|ma|mes|notre) {topic}",
            "(quel est|quelle est|c' est quoi) (mon|ma|mes) {topic}",
            "comment s' appelle (mon|ma) {topic}",
            "où (ai-je|j' ai) (garé|laissé|mis|rangé|caché) [{topic}]",
        ],
        "list_memories": [
            "(qu' est-ce que tu sais|que sais-tu|qu' est-ce que vous savez|que savez-vous) (de"
            "|sur) moi",
            "qu' est-ce que (tu as|vous avez) retenu [sur moi]",
        ],
        "forget_last": [
            "(oublie|oubliez) (ça|cela|ceci)",
            "(oublie-le|oubliez-le|oublie-la|oubliez-la)",
            "(oublie|oubliez) ce que je (viens de dire|t' ai dit|vous ai dit)",
        ],
        "forget_all": [
            "(oublie|oubliez) tout [ce que tu sais sur moi|ce que vous savez sur moi]",
            "(efface|effacez) (ta mémoire|votre mémoire|tout ce que tu sais sur moi)",
        ],
    },
}

REPLIES: dict[str, dict[str, str]] = {
    "de": {
        "memory.kept": "Okay, das merke ich mir: {fact}.",
        "memory.kept_that": "Okay, ich merke mir, dass {fact}.",
        "memory.already_that": "Ich weiß schon, dass {fact}.",
        "memory.already": "Das weiß ich schon: {fact}.",
        "memory.missed": "Ich habe nicht verstanden, was ich mir merken soll. Sag etwa „merk "
        "dir, dass …“.",
        "memory.none": "Du hast mich noch nichts merken lassen. Sag etwa „merk dir, dass …“.",
        "memory.list_one": "Du hast mir eine Sache gesagt: {items}.",
        "memory.list": "Du hast mir {count} Dinge gesagt: {items}.",
        "memory.more": " Und {more} weitere: alle stehen in den Einstellungen.",
        "memory.confirm": "Soll ich das vergessen: {facts}?",
        "memory.forgotten": "Okay, das habe ich vergessen: {facts}.",
        "memory.unsure": "Ich weiß nicht, was ich vergessen soll. Frag mich, was ich über "
        "dich weiß.",
        "memory.confirm_all_one": "Soll ich die eine Sache vergessen, die ich mir merken sollte?",
        "memory.confirm_all": "Soll ich alle {count} Dinge vergessen, die ich mir merken sollte?",
        "memory.forgot_all": "Okay, ich habe alles vergessen, was ich mir merken sollte.",
        "memory.forgot_none": "Es gab nichts zu vergessen.",
        "memory.not_told": "Das hast du mir nicht gesagt. Sag etwa „merk dir, dass …“.",
        "memory.replaced": " Das Alte habe ich vergessen: {facts}.",
        "memory.also": " Du hast mir auch gesagt: {facts}.",
        "memory.fact": "{fact}.",
    },
    "es": {
        "memory.kept": "Vale, lo recordaré: {fact}.",
        "memory.kept_that": "Vale, recordaré que {fact}.",
        "memory.already_that": "Ya sé que {fact}.",
        "memory.already": "Ya lo sé: {fact}.",
        "memory.missed": "No he entendido qué debo recordar. Dime, por ejemplo, «recuerda que …».",
        "memory.none": "Aún no me has pedido que recuerde nada. Dime, por ejemplo, «recuerda "
        "que …».",
        "memory.list_one": "Me has dicho una cosa: {items}.",
        "memory.list": "Me has dicho {count} cosas: {items}.",
        "memory.more": " Y {more} más: todas están en los ajustes.",
        "memory.confirm": "¿Olvido esto: {facts}?",
        "memory.forgotten": "Vale, lo he olvidado: {facts}.",
        "memory.unsure": "No sé qué debo olvidar. Pregúntame qué sé de ti.",
        "memory.confirm_all_one": "¿Olvido la única cosa que me pediste que recordara?",
        "memory.confirm_all": "¿Olvido las {count} cosas que me pediste que recordara?",
        "memory.forgot_all": "Vale, he olvidado todo lo que me pediste que recordara.",
        "memory.forgot_none": "No había nada que olvidar.",
        "memory.not_told": "No me lo has dicho. Dime, por ejemplo, «recuerda que …».",
        "memory.replaced": " Y he olvidado lo anterior: {facts}.",
        "memory.also": " También me dijiste: {facts}.",
        "memory.fact": "{fact}.",
    },
    "fr": {
        "memory.kept": "D'accord, je retiens : {fact}.",
        "memory.kept_that": "D'accord, je retiens que {fact}.",
        "memory.already_that": "Je sais déjà que {fact}.",
        "memory.already": "Je le sais déjà : {fact}.",
        "memory.missed": "Je n'ai pas compris ce que je dois retenir. Dites par exemple "
        "« retiens que … ».",
        "memory.none": "Vous ne m'avez encore rien demandé de retenir. Dites par exemple "
        "« retiens que … ».",
        "memory.list_one": "Vous m'avez dit une chose : {items}.",
        "memory.list": "Vous m'avez dit {count} choses : {items}.",
        "memory.more": " Et {more} de plus : tout est dans les réglages.",
        "memory.confirm": "J'oublie ceci : {facts} ?",
        "memory.forgotten": "D'accord, j'ai oublié : {facts}.",
        "memory.unsure": "Je ne sais pas quoi oublier. Demandez-moi ce que je sais de vous.",
        "memory.confirm_all_one": "J'oublie la seule chose que vous m'avez demandé de retenir ?",
        "memory.confirm_all": "J'oublie les {count} choses que vous m'avez demandé de retenir ?",
        "memory.forgot_all": "D'accord, j'ai oublié tout ce que vous m'avez demandé de retenir.",
        "memory.forgot_none": "Il n'y avait rien à oublier.",
        "memory.not_told": "Vous ne me l'avez pas dit. Dites par exemple « retiens que … ».",
        "memory.replaced": " Et j'ai oublié l'ancienne information : {facts}.",
        "memory.also": " Vous m'avez aussi dit : {facts}.",
        "memory.fact": "{fact}.",
    },
}

EXAMPLES = {
    "de": "merk dir, dass mein Parkplatz B12 ist",
    "es": "recuerda que mi plaza de aparcamiento es la B12",
    "fr": "retiens que ma place de parking est la B12",
}

# What a fact is about, so that a newer one about the same thing replaces it (see
# ``memory_wording.subject``). Each language's verbs of being and naming, the words
# before a thing's name ("mi", "mes", "meine"), and the things one has only one of.
COPULAS = {
    "es": "es|son|está|están|era|eran",
    "fr": "est|sont|était|étaient",
    "de": "ist|sind|war|waren",
}
NAMED = {  # "mein Bruder heißt Paul": his name
    "es": "se llama|se llaman",
    "fr": "s'appelle|s'appellent",
    "de": "heißt|heisst|heißen|heissen",
}
PLACED = {  # "mein Auto steht auf Ebene 3": where it is
    "es": "se encuentra|se encuentran",
    "fr": "se trouve|se trouvent",
    "de": "steht|stehen|liegt|liegen|hängt|hängen",
}
OWN = {
    "es": "mi mis nuestro nuestra nuestros nuestras el la los las del",
    "fr": "mon ma mes notre nos le la les l' du",
    "de": "mein meine meinen meines meiner unser unsere unseren der die das den des",
}
NOT_A_THING = {  # a fact about the user or a pronoun is not one attribute
    "es": "yo esto eso él ella ellos ellas",
    "fr": "je j' il elle ils elles ce c' cela ça",
    "de": "ich es er sie dies",
}
ATTRIBUTES = {
    "es": "nombre edad cumpleaños dirección correo email teléfono móvil contraseña pin "
    "código plaza taquilla talla altura peso trabajo médico médica dentista matrícula",
    "fr": "nom âge anniversaire adresse mail e-mail courriel téléphone portable code pin "
    "place casier taille pointure poids travail métier médecin dentiste immatriculation",
    "de": "name alter geburtstag adresse anschrift e-mail telefonnummer handynummer "
    "nummer passwort pin code parkplatz schließfach spind größe schuhgröße gewicht beruf "
    "job arzt ärztin hausarzt hausärztin zahnarzt zahnärztin kennzeichen",
}
STATES = {  # one place one is at: a newer "I parked ..." replaces the older
    "i parked": r"(?:aparqué|aparcamos|he aparcado|hemos aparcado|je me suis garée?|j'ai garé"
    r"|on s'est garés?|nous nous sommes garée?s|ich habe .*geparkt|ich hab .*geparkt"
    r"|wir haben .*geparkt|ich parke)",
    "i live": r"(?:vivo|vivimos|j'habite|je vis|nous habitons|on habite|ich wohne|wir wohnen"
    r"|ich lebe)",
    "i work": r"(?:trabajo (?:en|para|como|de)|je travaille|ich arbeite)",
    "i am staying": r"(?:me alojo|estoy alojad[oa]|je loge|je séjourne|ich übernachte)",
}
