"""The opener skill (applications, files, folders, web addresses) in Spanish, French and
German: its phrases, replies, description and example, and the names of the usual
folders ("descargas", "Téléchargements", "Dokumente"). Joined to each language's
tables by ``translations``, as ``system`` is."""

from __future__ import annotations

SKILL = "opener"

PHRASES: dict[str, dict[str, list[str]]] = {
    "de": {
        "open_thing": [
            "(öffne|öffnen|starte|start) {target:program}",
            "(öffne|zeig mir|zeige mir) [den|meinen] ordner {target:phrase}",
            "(öffne|zeig mir|zeige mir) (meine|meinen|mein|den|die) {target:program}",
            "(öffne|starte) (die app|die anwendung|das programm) {target:phrase}",
        ],
        "open_address": [
            "(öffne|besuche|geh zu|gehe zu|geh auf|gehe auf) {address}",
            "(öffne|besuche) (die webseite|die website|die seite) {address}",
            "öffne {address} im browser",
        ],
    },
    "es": {
        "open_thing": [
            "(abre|ábreme|abrir|inicia|ejecuta|arranca) {target:program}",
            "abre [la] carpeta [de] {target:phrase}",
            "(abre|ábreme) (mis|mi|la|el|los|las) {target:program}",
            "(abre|inicia|ejecuta) (la aplicación|la app|el programa) {target:phrase}",
        ],
        "open_address": [
            "(abre|visita|ve a|llévame a) {address}",
            "abre (la página|la web|la página web|el sitio) {address}",
            "abre {address} en el navegador",
        ],
    },
    "fr": {
        "open_thing": [
            "(ouvre|ouvrir|démarre) {target:program}",
            "ouvre [le] dossier {target:phrase}",
            "ouvre (mes|mon|ma|le|la|les) {target:program}",
            "(ouvre|lance|démarre) (l' application|l' appli|l' app|le programme|le logiciel) "
            "{target:phrase}",
        ],
        "open_address": [
            "(ouvre|visite|va sur|emmène-moi sur) {address}",
            "ouvre (le site|la page) {address}",
            "ouvre {address} dans le navigateur",
        ],
    },
}

REPLIES: dict[str, dict[str, str]] = {
    "de": {
        "opener.opening": "Ich öffne {label}.",
        "opener.folder": "den Ordner {name}",
        "opener.not_found": "Ich habe keine Anwendung, keine Datei und keinen Ordner namens "
        "{target} gefunden.",
        "opener.confirm_address": "Soll ich {address} im Browser öffnen?",
    },
    "es": {
        "opener.opening": "Abriendo {label}.",
        "opener.folder": "la carpeta {name}",
        "opener.not_found": "No he encontrado ninguna aplicación, archivo ni carpeta llamada "
        "{target}.",
        "opener.confirm_address": "¿Abro {address} en el navegador?",
    },
    "fr": {
        "opener.opening": "J'ouvre {label}.",
        "opener.folder": "le dossier {name}",
        "opener.not_found": "Je n'ai trouvé aucune application, aucun fichier ni dossier "
        "nommé {target}.",
        "opener.confirm_address": "J'ouvre {address} dans le navigateur ?",
    },
}

FOLDERS = {
    # Spanish
    "carpeta personal": "home",
    "escritorio": "desktop",
    "documentos": "documents",
    "descargas": "downloads",
    "música": "music",
    "imágenes": "pictures",
    "fotos": "photos",
    "vídeos": "videos",
    # French
    "dossier personnel": "home",
    "bureau": "desktop",
    "téléchargements": "downloads",
    "musique": "music",
    "images": "pictures",
    "vidéos": "videos",
    # German
    "persönlicher ordner": "home",
    "schreibtisch": "desktop",
    "dokumente": "documents",
    "musik": "music",
    "bilder": "pictures",
}
"""The usual folders by their names in the other languages, to the English name the
opener knows them by ("documents", "photos" and "videos" are the same in some)."""

FOLDER_WORDS = ("carpeta", "dossier", "ordner")

WHEN_WORDS = (
    "hoy", "mañana", "ahora", "ya", "aún", "todavía", "hasta", "cuándo", "qué", "hora",
    "horas", "domingo", "domingos", "lunes", "martes", "miércoles", "jueves", "viernes",
    "sábado", "sábados", "festivos", "aujourd'hui", "demain", "maintenant", "quand",
    "heure", "heures", "dimanche", "dimanches", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "heute", "morgen", "jetzt", "wann", "uhr", "sonntag", "sonntags",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "samstags",
    "feiertags",
)  # fmt: skip
"""Words that say when: "¿abre hoy el Mercadona?" asks whether a shop opens (Spanish
"abre" is both "open!" and "it opens"), so a program's name never holds one."""

DESCRIPTIONS = {
    "de": "Anwendungen, Dateien, Ordner und Webseiten öffnen",
    "es": "Abrir aplicaciones, archivos, carpetas y páginas web",
    "fr": "Ouvrir des applications, des fichiers, des dossiers et des sites web",
}
EXAMPLES = {"de": "öffne Firefox", "es": "abre mis descargas", "fr": "ouvre Firefox"}
