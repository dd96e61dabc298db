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
