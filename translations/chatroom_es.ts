<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CertificatePrompt</name>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="41"/>
        <source>New server</source>
        <translation>Servidor nuevo</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="42"/>
        <source>This is the first connection to %1. No certificate authority vouches for its certificate, so compare its fingerprint with the one the server&apos;s administrator gives you (the server prints it when it starts).</source>
        <translation>Esta es la primera conexión con %1. Ninguna autoridad de certificación avala su certificado, así que compara su huella con la que te dé la administración del servidor (el servidor la muestra al arrancar).</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="46"/>
        <source>SHA-256 fingerprint:
%1</source>
        <translation>Huella SHA-256:
%1</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="47"/>
        <source>Trust and connect</source>
        <translation>Confiar y conectar</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="52"/>
        <source>Server certificate changed</source>
        <translation>El certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="53"/>
        <source>The certificate of %1 is not the one it showed before. That happens when the server is reinstalled or its certificate is replaced, but it is also what someone intercepting your connection would cause. Do not go on unless the server&apos;s administrator confirms the new fingerprint.</source>
        <translation>El certificado de %1 no es el que mostraba antes. Eso ocurre cuando el servidor se reinstala o se sustituye su certificado, pero también es lo que causaría alguien que intercepte tu conexión. No continúes a menos que la administración del servidor confirme la nueva huella.</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="58"/>
        <source>New SHA-256 fingerprint:
%1

Previously:
%2</source>
        <translation>Nueva huella SHA-256:
%1

Anterior:
%2</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="60"/>
        <source>Accept the new certificate</source>
        <translation>Aceptar el certificado nuevo</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="61"/>
        <source>Do not connect</source>
        <translation>No conectar</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="55"/>
        <source>Not sent: the client is no longer connected to the server.</source>
        <translation>No enviado: el cliente ya no está conectado al servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="135"/>
        <source>No encrypted connection could be set up (%1). If the server runs without TLS (--no-tls), start the client with --no-tls too.</source>
        <translation>No se pudo establecer una conexión cifrada (%1). Si el servidor funciona sin TLS (--no-tls), inicia también el cliente con --no-tls.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="139"/>
        <source>The system says: %1.</source>
        <translation>El sistema indica: %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="181"/>
        <source>The server&apos;s certificate cannot be used: %1</source>
        <translation>El certificado del servidor no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="210"/>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>No conectado: no se confió en el certificado del servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="228"/>
        <source>The connection dropped before the server confirmed this message; it may not have arrived.</source>
        <translation>La conexión se cortó antes de que el servidor confirmara este mensaje; puede que no haya llegado.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="245"/>
        <source>Cannot reach the server at %1.</source>
        <translation>No se puede contactar con el servidor en %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="246"/>
        <source>Cannot reach the server at %1. %2</source>
        <translation>No se puede contactar con el servidor en %1. %2</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="249"/>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="325"/>
        <source>The server is shutting down.</source>
        <translation>El servidor se está apagando.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="591"/>
        <location filename="../gui-client/chatclient.cpp" line="622"/>
        <source>Not sent: the client is not connected to the server.</source>
        <translation>No enviado: el cliente no está conectado al servidor.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="29"/>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="34"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="38"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="42"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51"/>
        <source>TCP fallback</source>
        <translation>TCP (alternativa)</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="52"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="52"/>
        <location filename="../gui-client/connectionstatus.cpp" line="53"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="53"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="54"/>
        <source>Real-time: %1   Round trip: %2   Loss: %3</source>
        <translation>Tiempo real: %1   Ida y vuelta: %2   Pérdida: %3</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="15"/>
        <source>End session</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="18"/>
        <source>Your devices</source>
        <translation>Tus dispositivos</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="26"/>
        <source>Ending a session logs that device out; it needs the password to log in again.</source>
        <translation>Cerrar una sesión desconecta ese dispositivo; necesitará la contraseña para volver a entrar.</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="63"/>
        <source>%1 is logged out; it needs the password to log in again.</source>
        <translation>%1 ha cerrado sesión; necesitará la contraseña para volver a entrar.</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="64"/>
        <source>The unnamed device</source>
        <translation>El dispositivo sin nombre</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="78"/>
        <source>this device</source>
        <translation>este dispositivo</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="80"/>
        <source>online</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="80"/>
        <source>online since %1</source>
        <translation>conectado desde %1</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="82"/>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="82"/>
        <source>last seen %1</source>
        <translation>visto por última vez %1</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="84"/>
        <source>(unnamed device)</source>
        <translation>(dispositivo sin nombre)</translation>
    </message>
</context>
<context>
    <name>DownloadJob</name>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="30"/>
        <location filename="../gui-client/downloadjob.cpp" line="89"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="40"/>
        <source>The download keeps breaking off; try again later.</source>
        <translation>La descarga se interrumpe una y otra vez; inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="54"/>
        <source>The server offered other content than the message names.</source>
        <translation>El servidor ofreció otro contenido que el que indica el mensaje.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="76"/>
        <source>The server sent the file from the wrong place.</source>
        <translation>El servidor envió el archivo desde la posición equivocada.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="127"/>
        <source>The file arrived damaged; try again.</source>
        <translation>El archivo llegó dañado; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="170"/>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>DownloadNames</name>
    <message>
        <location filename="../gui-client/downloadnames.cpp" line="110"/>
        <source>There are %1 copies of %2 already.</source>
        <translation>Ya hay %1 copias de %2.</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../gui-client/emojipicker.cpp" line="18"/>
        <location filename="../gui-client/emojipicker.cpp" line="24"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../gui-client/emojipicker.cpp" line="20"/>
        <source>Search by name, e.g. “thumbs up”</source>
        <translation>Busca por su nombre en inglés, p. ej. «thumbs up»</translation>
    </message>
    <message>
        <location filename="../gui-client/emojipicker.cpp" line="21"/>
        <source>Search emoji</source>
        <translation>Buscar emoji</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../gui-client/emptyhint.cpp" line="18"/>
        <source>No messages here yet. Say hello!</source>
        <translation>Aún no hay mensajes aquí. ¡Saluda!</translation>
    </message>
</context>
<context>
    <name>FileCache</name>
    <message>
        <location filename="../gui-client/filecache.cpp" line="66"/>
        <source>The cache folder cannot be written.</source>
        <translation>No se puede escribir en la carpeta de caché.</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <location filename="../gui-client/filecard.cpp" line="34"/>
        <source>%1×%2 pixels</source>
        <translation>%1×%2 píxeles</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/filecard.cpp" line="36"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="60"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="60"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="86"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="86"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="88"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="89"/>
        <source>Fetching %1…</source>
        <translation>Obteniendo %1…</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="112"/>
        <source>Smaller (−)</source>
        <translation>Más pequeño (−)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="114"/>
        <source>Larger (+)</source>
        <translation>Más grande (+)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="117"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="117"/>
        <source>Fit the window (0)</source>
        <translation>Ajustar a la ventana (0)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="124"/>
        <source>Real size (1)</source>
        <translation>Tamaño real (1)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="136"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="136"/>
        <source>Save to the download folder (Ctrl+S)</source>
        <translation>Guardar en la carpeta de descargas (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="156"/>
        <source>Fetching %1… %2%</source>
        <translation>Obteniendo %1… %2 %</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="161"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="175"/>
        <source>This image is damaged and cannot be shown.</source>
        <translation>Esta imagen está dañada y no se puede mostrar.</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="192"/>
        <source>The file is not readable.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="280"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="29"/>
        <source>Confirm:</source>
        <translation>Confirmar:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="30"/>
        <source>Create a new account</source>
        <translation>Crear una cuenta nueva</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="43"/>
        <source>The name your other devices see this one by; you can end its session from them.</source>
        <translation>El nombre con el que tus otros dispositivos ven este; desde ellos puedes cerrar su sesión.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="69"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="70"/>
        <source>Username:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="71"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="73"/>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="150"/>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="157"/>
        <source>Enter the server&apos;s address.</source>
        <translation>Escribe la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="159"/>
        <source>Enter your username.</source>
        <translation>Escribe tu nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="161"/>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="164"/>
        <source>A username has 2 to 32 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 caracteres: letras a–z, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;, y empieza por una letra.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="167"/>
        <source>A password has at least %1 characters.</source>
        <translation>Una contraseña tiene al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="169"/>
        <source>Type the password again to confirm it.</source>
        <translation>Escribe la contraseña otra vez para confirmarla.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="171"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="174"/>
        <source>Name this device (up to %1 characters), for example &quot;work laptop&quot;.</source>
        <translation>Ponle un nombre a este dispositivo (hasta %1 caracteres), por ejemplo «portátil del trabajo».</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="184"/>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="33"/>
        <location filename="../gui-client/logindialog.cpp" line="184"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="200"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="66"/>
        <source>Chat Room</source>
        <translation>Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="75"/>
        <source>Type a message, or /help for commands</source>
        <translation>Escribe un mensaje, o /help para ver los comandos</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="208"/>
        <source>Reconnected.</source>
        <translation>Conectado de nuevo.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="70"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="71"/>
        <source>Enter sends; Tab completes a name; Up recalls what you sent.</source>
        <translation>Enter envía; Tab completa un nombre; la flecha arriba recupera lo que enviaste.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="72"/>
        <source>Who is typing</source>
        <translation>Quién está escribiendo</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="110"/>
        <source>Insert an emoji (Ctrl+;)</source>
        <translation>Insertar un emoji (Ctrl+;)</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="111"/>
        <source>Insert an emoji</source>
        <translation>Insertar un emoji</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="149"/>
        <source>That message is no longer there.</source>
        <translation>Ese mensaje ya no está.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="455"/>
        <source>A message has at most %1 characters; this one has %2. Shorten it, or send it in parts.</source>
        <translation>Un mensaje tiene como máximo %1 caracteres; este tiene %2. Acórtalo o envíalo por partes.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="493"/>
        <source>Not edited: %1</source>
        <translation>No editado: %1</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="13"/>
        <location filename="../gui-client/memberlist.cpp" line="160"/>
        <source>People here</source>
        <translation>Personas aquí</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="17"/>
        <source>People in this room</source>
        <translation>Personas en esta sala</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="18"/>
        <source>Enter opens a direct conversation; the menu key offers more.</source>
        <translation>Enter abre una conversación directa; la tecla de menú ofrece más opciones.</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="44"/>
        <source>Send a &amp;Direct Message</source>
        <translation>Enviar un mensaje &amp;directo</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="45"/>
        <source>&amp;Mention</source>
        <translation>&amp;Mencionar</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="47"/>
        <source>&amp;Who Is This?</source>
        <translation>¿&amp;Quién es?</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="48"/>
        <source>Who is %1?</source>
        <translation>¿Quién es %1?</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="68"/>
        <source>That is you. You are in %1.</source>
        <translation>Eres tú. Estás en %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="68"/>
        <source>That is you.</source>
        <translation>Eres tú.</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="70"/>
        <source>%1 is in none of the rooms you are in.</source>
        <translation>%1 no está en ninguna de tus salas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="71"/>
        <source>%1 is in %n room(s) you are in: %2.</source>
        <translation>
            <numerusform>%1 está en %n sala en la que tú también estás: %2.</numerusform>
            <numerusform>%1 está en %n salas en las que tú también estás: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="149"/>
        <source>Not known while disconnected</source>
        <translation>Desconocido mientras no hay conexión</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="156"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="160"/>
        <source>People here (%n)</source>
        <translation>
            <numerusform>Personas aquí (%n)</numerusform>
            <numerusform>Personas aquí (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="49"/>
        <source>Cancel (Escape)</source>
        <translation>Cancelar (Escape)</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="50"/>
        <source>Cancel the reply or edit</source>
        <translation>Cancelar la respuesta o la edición</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="59"/>
        <source>&amp;Copy Selected Messages</source>
        <translation>&amp;Copiar los mensajes seleccionados</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/messageactions.cpp" line="116"/>
        <source>Copy %n message(s)</source>
        <translation>
            <numerusform>Copiar %n mensaje</numerusform>
            <numerusform>Copiar %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="119"/>
        <source>Copy text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="138"/>
        <source>Copy link</source>
        <translation>Copiar el enlace</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="146"/>
        <source>Send %1 a direct message</source>
        <translation>Enviar un mensaje directo a %1</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="148"/>
        <source>Mention %1</source>
        <translation>Mencionar a %1</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="155"/>
        <source>Send Again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="168"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="172"/>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="173"/>
        <source>Other Emoji…</source>
        <translation>Otro emoji…</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="192"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="198"/>
        <location filename="../gui-client/messageactions.cpp" line="260"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="198"/>
        <source>Delete (you own this room)</source>
        <translation>Eliminar (esta sala es tuya)</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="222"/>
        <source>Replying to %1: %2</source>
        <translation>Respondiendo a %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="232"/>
        <location filename="../gui-client/messageactions.cpp" line="242"/>
        <source>Editing your message; Enter saves it, Escape cancels.</source>
        <translation>Editando tu mensaje; Intro lo guarda, Escape cancela.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="254"/>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="255"/>
        <source>Delete your message for everyone?</source>
        <translation>¿Eliminar tu mensaje para todos?</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="256"/>
        <source>Delete %1&apos;s message for everyone in this room?</source>
        <translation>¿Eliminar el mensaje de %1 para todos en esta sala?</translation>
    </message>
</context>
<context>
    <name>MessageDocument</name>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="62"/>
        <source>── New messages ──</source>
        <translation>── Mensajes nuevos ──</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="94"/>
        <source>(deleted message)</source>
        <translation>(mensaje eliminado)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="120"/>
        <source>Announcement:</source>
        <translation>Anuncio:</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="139"/>
        <source>This message was deleted.</source>
        <translation>Este mensaje fue eliminado.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="161"/>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="165"/>
        <source>(waiting to be sent)</source>
        <translation>(esperando para enviarse)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="171"/>
        <source>(not delivered)</source>
        <translation>(no entregado)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="199"/>
        <source>Show %1 full size</source>
        <translation>Mostrar %1 a tamaño completo</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="226"/>
        <source>You reacted with this; click to take it back.</source>
        <translation>Reaccionaste con esto; haz clic para retirarlo.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="227"/>
        <source>Click to react with this too.</source>
        <translation>Haz clic para reaccionar también con esto.</translation>
    </message>
</context>
<context>
    <name>MessageExporter</name>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="19"/>
        <location filename="../gui-client/messageexporter.cpp" line="62"/>
        <source>The connection was lost, so nothing was saved. Export again once connected.</source>
        <translation>Se perdió la conexión, así que no se guardó nada. Vuelve a exportar cuando estés conectado.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="26"/>
        <source>Not connected: export once the window is connected again.</source>
        <translation>Sin conexión: exporta cuando la ventana vuelva a estar conectada.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="32"/>
        <location filename="../gui-client/messageexporter.cpp" line="68"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="59"/>
        <source>The server sent an empty part of the export, so nothing was saved.</source>
        <translation>El servidor envió una parte vacía de la exportación, así que no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="76"/>
        <source>The server could not export your messages: %1</source>
        <translation>El servidor no pudo exportar tus mensajes: %1</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="33"/>
        <source>%1: this message was deleted.</source>
        <translation>%1: este mensaje fue eliminado.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="37"/>
        <source>%1 to %2: %3</source>
        <translation>%1 a %2: %3</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="38"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="43"/>
        <source>Message %1, %2</source>
        <translation>Mensaje %1, %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="141"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="143"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../gui-client/messageview.cpp" line="35"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../gui-client/messageview.cpp" line="37"/>
        <source>The messages of the room on screen. Ctrl+C copies the selected ones; the menu key acts on one.</source>
        <translation>Los mensajes de la sala en pantalla. Ctrl+C copia los seleccionados; la tecla de menú actúa sobre uno.</translation>
    </message>
</context>
<context>
    <name>NarrowLayout</name>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="20"/>
        <source>☰ Rooms</source>
        <translation>☰ Salas</translation>
    </message>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="21"/>
        <source>Show the rooms</source>
        <translation>Mostrar las salas</translation>
    </message>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="24"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="25"/>
        <source>Show the people in this room</source>
        <translation>Mostrar las personas de esta sala</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../gui-client/notifier.cpp" line="59"/>
        <source>Chat Room</source>
        <translation>Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/notifier.cpp" line="117"/>
        <location filename="../gui-client/notifier.cpp" line="147"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/notifier.cpp" line="123"/>
        <source>… and %n earlier message(s)</source>
        <translation>
            <numerusform>… y %n mensaje anterior</numerusform>
            <numerusform>… y %n mensajes anteriores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/notifier.cpp" line="143"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>OutgoingMessages</name>
    <message numerus="yes">
        <location filename="../gui-client/outgoingmessages.cpp" line="67"/>
        <source>You are sending too fast; wait %n second(s) and send it again.</source>
        <translation>
            <numerusform>Estás enviando demasiado rápido; espera %n segundo y vuelve a enviarlo.</numerusform>
            <numerusform>Estás enviando demasiado rápido; espera %n segundos y vuelve a enviarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/outgoingmessages.cpp" line="69"/>
        <source>There is no user called %1, so the message was not delivered.</source>
        <translation>No existe ningún usuario llamado %1, así que el mensaje no se entregó.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="20"/>
        <location filename="../gui-client/quickswitcher.cpp" line="24"/>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="23"/>
        <source>Room, conversation or person</source>
        <translation>Sala, conversación o persona</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="25"/>
        <source>Type part of a name; Up and Down choose, Enter goes there.</source>
        <translation>Escribe parte de un nombre; las flechas arriba y abajo eligen, Enter va allí.</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="26"/>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="28"/>
        <source>Enter goes there, Escape goes back.</source>
        <translation>Enter va allí, Escape vuelve atrás.</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="76"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="79"/>
        <source>%1 (direct messages)</source>
        <translation>%1 (mensajes directos)</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="82"/>
        <source>%1 (person)</source>
        <translation>%1 (persona)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/quickswitcher.cpp" line="86"/>
        <source>%1 – %n unread</source>
        <translation>
            <numerusform>%1 – %n sin leer</numerusform>
            <numerusform>%1 – %n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivedImage</name>
    <message>
        <location filename="../gui-client/receivedimage.cpp" line="13"/>
        <source>This is not an image this program can show.</source>
        <translation>Esto no es una imagen que este programa pueda mostrar.</translation>
    </message>
    <message>
        <location filename="../gui-client/receivedimage.cpp" line="23"/>
        <source>This image is too large to show (%1 × %2 pixels).</source>
        <translation>Esta imagen es demasiado grande para mostrarla (%1 × %2 píxeles).</translation>
    </message>
    <message>
        <location filename="../gui-client/receivedimage.cpp" line="19"/>
        <location filename="../gui-client/receivedimage.cpp" line="38"/>
        <source>This image is damaged and cannot be shown.</source>
        <translation>Esta imagen está dañada y no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>ReconnectBanner</name>
    <message>
        <location filename="../gui-client/reconnectbanner.cpp" line="10"/>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <location filename="../gui-client/reconnectbanner.cpp" line="64"/>
        <source>%1 Reconnecting…</source>
        <translation>%1 Reconectando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/reconnectbanner.cpp" line="68"/>
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>%1 Reconectando en %n segundo…</numerusform>
            <numerusform>%1 Reconectando en %n segundos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="62"/>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="79"/>
        <source>%1 (private)</source>
        <translation>%1 (privada)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/roomheader.cpp" line="81"/>
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n miembro</numerusform>
            <numerusform>%1 · %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="90"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="23"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Salas</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="25"/>
        <source>Rooms and conversations</source>
        <translation>Salas y conversaciones</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="26"/>
        <source>Alt+1 to Alt+9 and Ctrl+Page Up or Down switch between them.</source>
        <translation>Alt+1 a Alt+9 y Ctrl+Re Pág o Av Pág cambian entre ellas.</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="135"/>
        <source>999+</source>
        <translation>999+</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="136"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="138"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="147"/>
        <source>Private conversation with %1</source>
        <translation>Conversación privada con %1</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="155"/>
        <source>Private messages</source>
        <translation>Mensajes privados</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="73"/>
        <source>Older results</source>
        <translation>Resultados anteriores</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="74"/>
        <location filename="../gui-client/searchdialog.cpp" line="191"/>
        <source>Mentions of me</source>
        <translation>Menciones de mí</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="77"/>
        <location filename="../gui-client/searchdialog.cpp" line="164"/>
        <location filename="../gui-client/searchdialog.cpp" line="200"/>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="79"/>
        <source>Words, and from:name, in:room, in:@name, before:2026-12-31, after:2026-01-01</source>
        <translation>Palabras, y from:nombre, in:sala, in:@nombre, before:2026-12-31, after:2026-01-01</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="86"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="107"/>
        <location filename="../gui-client/searchdialog.cpp" line="180"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="192"/>
        <source>Looking for your mentions…</source>
        <translation>Buscando tus menciones…</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="204"/>
        <source>No messages you can read match “%1”.</source>
        <translation>Ningún mensaje que puedas leer coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="205"/>
        <source>%n message(s), the newest first.</source>
        <translation>
            <numerusform>%n mensaje, el más reciente primero.</numerusform>
            <numerusform>%n mensajes, los más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="221"/>
        <source>Nobody has mentioned you in your rooms.</source>
        <translation>Nadie te ha mencionado en tus salas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="222"/>
        <source>%n mention(s), the newest first.</source>
        <translation>
            <numerusform>%n mención, la más reciente primero.</numerusform>
            <numerusform>%n menciones, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="228"/>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="239"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="40"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message>
        <location filename="../gui-client/servertext.cpp" line="14"/>
        <location filename="../gui-client/servertext.cpp" line="90"/>
        <source>The server refused this (code &quot;%1&quot;); this client does not know why.</source>
        <translation>El servidor lo rechazó (código «%1»); este cliente no sabe por qué.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="22"/>
        <source>The server could not read what this client sent (%1). Please report this.</source>
        <translation>El servidor no pudo leer lo que envió este cliente (%1). Por favor, infórmalo.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="24"/>
        <source>This client is too old or too new for the server.</source>
        <translation>Este cliente es demasiado antiguo o demasiado nuevo para el servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="26"/>
        <source>You are not logged in; log in again.</source>
        <translation>No has iniciado sesión; vuelve a iniciarla.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="28"/>
        <source>You are already logged in.</source>
        <translation>Ya has iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="30"/>
        <source>A username has %1 to %2 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>Un nombre de usuario tiene de %1 a %2 caracteres: letras a–z, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;, y empieza por una letra.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="35"/>
        <source>A password has %1 to %2 characters, not only spaces.</source>
        <translation>Una contraseña tiene de %1 a %2 caracteres, y no solo espacios.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="39"/>
        <source>That username is taken; choose another.</source>
        <translation>Ese nombre de usuario ya está ocupado; elige otro.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="41"/>
        <source>Wrong username or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="43"/>
        <source>Your session expired; log in again.</source>
        <translation>Tu sesión ha caducado; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="45"/>
        <source>The administrator of this server has banned you.</source>
        <translation>El administrador de este servidor te ha bloqueado.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="47"/>
        <source>A room name has %1 to %2 characters: letters a–z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>El nombre de una sala tiene de %1 a %2 caracteres: letras a–z, dígitos, «_» y «-».</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="51"/>
        <source>You are not in that room; /join it first.</source>
        <translation>No estás en esa sala; entra primero con /join.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="53"/>
        <source>There is no user by that name.</source>
        <translation>No existe ningún usuario con ese nombre.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="55"/>
        <source>You are in as many rooms as the server allows; leave one first.</source>
        <translation>Estás en tantas salas como permite el servidor; sal primero de una.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="57"/>
        <source>You are logged in on too many devices. End a session on one of them (/devices), then try again.</source>
        <translation>Has iniciado sesión en demasiados dispositivos. Cierra la sesión en uno de ellos (/devices) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="60"/>
        <source>None of your devices has that name; /devices lists them.</source>
        <translation>Ninguno de tus dispositivos tiene ese nombre; /devices los muestra.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="62"/>
        <source>That room is private: ask one of its members to invite you (/invite).</source>
        <translation>Esa sala es privada: pide a uno de sus miembros que te invite (/invite).</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="64"/>
        <source>That message is not there (any more).</source>
        <translation>Ese mensaje no existe (o ya no está).</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="66"/>
        <source>You may not do that here.</source>
        <translation>No puedes hacer eso aquí.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="68"/>
        <source>That file is larger than this server takes.</source>
        <translation>Ese archivo es más grande de lo que acepta este servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="70"/>
        <source>Your files on this server have reached their limit.</source>
        <translation>Tus archivos en este servidor han llegado a su límite.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="72"/>
        <source>Too many of your files are on their way at once; wait for one to finish.</source>
        <translation>Demasiados archivos tuyos van en camino a la vez; espera a que termine uno.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="74"/>
        <source>That upload is no longer on the server; send the file again.</source>
        <translation>Esa subida ya no está en el servidor; envía el archivo de nuevo.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="76"/>
        <source>The file arrived damaged; send it again.</source>
        <translation>El archivo llegó dañado; envíalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="78"/>
        <source>The download expired; start it again.</source>
        <translation>La descarga caducó; vuelve a empezarla.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="80"/>
        <source>Too many attempts; wait a moment and try again.</source>
        <translation>Demasiados intentos; espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="82"/>
        <source>The server is full right now; try again in a while.</source>
        <translation>El servidor está lleno ahora mismo; vuelve a intentarlo dentro de un rato.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="84"/>
        <source>Something went wrong on the server; try again.</source>
        <translation>Algo falló en el servidor; vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="86"/>
        <location filename="../gui-client/servertext.cpp" line="118"/>
        <source>The server is shutting down; you will be reconnected when it is back.</source>
        <translation>El servidor se está apagando; volverás a conectarte cuando esté de vuelta.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="88"/>
        <source>The server accepts encrypted connections only: start the client without --no-tls.</source>
        <translation>El servidor solo acepta conexiones cifradas: inicia el cliente sin --no-tls.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="103"/>
        <source>%1 joined.</source>
        <translation>%1 ha entrado en la sala.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="105"/>
        <source>%1 left.</source>
        <translation>%1 ha salido de la sala.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="107"/>
        <source>%1 lost the connection.</source>
        <translation>%1 ha perdido la conexión.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="110"/>
        <source>%1 was removed by the server&apos;s operator.</source>
        <translation>El operador del servidor ha expulsado a %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="111"/>
        <source>The server&apos;s operator disconnected you.</source>
        <translation>El operador del servidor te ha desconectado.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="113"/>
        <source>You logged in again from another window with this device&apos;s name, so this one was logged out.</source>
        <translation>Has vuelto a iniciar sesión desde otra ventana con el nombre de este dispositivo, así que se cerró la sesión en esta.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="115"/>
        <source>This device was logged out from another of your devices.</source>
        <translation>Se cerró la sesión de este dispositivo desde otro de tus dispositivos.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="119"/>
        <source>The server is shutting down: %1</source>
        <translation>El servidor se está apagando: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="20"/>
        <source>Show when people &amp;join and leave</source>
        <translation>Mostrar cuándo la gente &amp;entra y sale</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="21"/>
        <source>Desktop &amp;notifications for new messages</source>
        <translation>&amp;Notificaciones de escritorio para mensajes nuevos</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="25"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="27"/>
        <location filename="../gui-client/settingsdialog.cpp" line="34"/>
        <location filename="../gui-client/settingsdialog.cpp" line="51"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="28"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="29"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="36"/>
        <source> pt</source>
        <extracomment>The unit after a font size, with its leading space: &quot;12 pt&quot;.</extracomment>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="40"/>
        <source>24 hours (13:05)</source>
        <translation>24 horas (13:05)</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="41"/>
        <source>12 hours (1:05 PM)</source>
        <translation>12 horas (1:05 PM)</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="48"/>
        <source>Each room&apos;s own level (/notify) still decides which messages notify.</source>
        <translation>El nivel propio de cada sala (/notify) sigue decidiendo qué mensajes generan notificaciones.</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="69"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="70"/>
        <source>&amp;Font size:</source>
        <translation>Tamaño de &amp;letra:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="71"/>
        <source>T&amp;imes:</source>
        <translation>Formato de &amp;hora:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="75"/>
        <source>A new language shows from the next start.</source>
        <translation>El nuevo idioma se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="78"/>
        <source>This &amp;device&apos;s name:</source>
        <translation>Nombre de este &amp;dispositivo:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="80"/>
        <source>Your other devices see this one by its name; it changes at the next login.</source>
        <translation>Tus otros dispositivos ven este por su nombre; cambia en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="94"/>
        <source>A device&apos;s name has 1 to %1 characters, not only spaces.</source>
        <translation>El nombre de un dispositivo tiene de 1 a %1 caracteres, y no solo espacios.</translation>
    </message>
</context>
<context>
    <name>SlashCommand</name>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="77"/>
        <source>/join &lt;room&gt;</source>
        <translation>/join &lt;sala&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="79"/>
        <source>/msg &lt;user&gt; [text]</source>
        <translation>/msg &lt;usuario&gt; [texto]</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="81"/>
        <source>/me &lt;action&gt;</source>
        <translation>/me &lt;acción&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="83"/>
        <source>/invite &lt;user&gt;</source>
        <translation>/invite &lt;usuario&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="85"/>
        <source>/private &lt;room&gt;</source>
        <translation>/private &lt;sala&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="87"/>
        <source>/notify all|mentions|nothing</source>
        <translation>/notify all|mentions|nothing</translation>
    </message>
</context>
<context>
    <name>TransferLink</name>
    <message>
        <location filename="../gui-client/transferlink.cpp" line="37"/>
        <source>The server&apos;s certificate is not the one you trust.</source>
        <translation>El certificado del servidor no es el que aceptaste.</translation>
    </message>
    <message>
        <location filename="../gui-client/transferlink.cpp" line="53"/>
        <source>The system says: %1.</source>
        <translation>El sistema dice: %1.</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="45"/>
        <source>Files on their way</source>
        <translation>Archivos en camino</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="91"/>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="98"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="106"/>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="123"/>
        <source>waiting…</source>
        <translation>esperando…</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="125"/>
        <source>%1/⁠s</source>
        <translation>%1/⁠s</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="151"/>
        <location filename="../gui-client/transferpanel.cpp" line="167"/>
        <source>%1% done, %2</source>
        <translation>%1 % hecho, %2</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="211"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="219"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="220"/>
        <source>Dismiss %1</source>
        <translation>Descartar %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/transferpanel.cpp" line="128"/>
        <source>%1, %n second(s) left</source>
        <translation>
            <numerusform>%1, queda %n segundo</numerusform>
            <numerusform>%1, quedan %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/transferpanel.cpp" line="129"/>
        <source>%1, %n minute(s) left</source>
        <translation>
            <numerusform>%1, queda %n minuto</numerusform>
            <numerusform>%1, quedan %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypingTracker</name>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="74"/>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="76"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="78"/>
        <source>Several people are typing…</source>
        <translation>Varias personas están escribiendo…</translation>
    </message>
</context>
<context>
    <name>UploadJob</name>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="80"/>
        <source>%1 is no longer there; it was not sent.</source>
        <translation>%1 ya no está; no se envió.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="105"/>
        <source>%1 is empty: there is nothing to send.</source>
        <translation>%1 está vacío: no hay nada que enviar.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="108"/>
        <source>This server does not take files.</source>
        <translation>Este servidor no acepta archivos.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="111"/>
        <source>%1 is too large: this server takes files of up to %2.</source>
        <translation>%1 es demasiado grande: este servidor acepta archivos de hasta %2.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="114"/>
        <location filename="../gui-client/uploadjob.cpp" line="186"/>
        <location filename="../gui-client/uploadjob.cpp" line="229"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="249"/>
        <source>The connection for %1 keeps breaking off.</source>
        <translation>La conexión para %1 se interrumpe una y otra vez.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="264"/>
        <source>%1 changed while it was being sent; send it again.</source>
        <translation>%1 cambió mientras se enviaba; vuelve a enviarlo.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="267"/>
        <source>The server could not store %1.</source>
        <translation>El servidor no pudo guardar %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="284"/>
        <source>%1 changed since you chose to send it, so it was not sent; send it again.</source>
        <translation>%1 cambió desde que elegiste enviarlo, así que no se envió; vuelve a enviarlo.</translation>
    </message>
</context>
<context>
    <name>VoicePlayer</name>
    <message>
        <location filename="../gui-client/voiceplayer.cpp" line="36"/>
        <source>This recording cannot be played: %1</source>
        <translation>Esta grabación no se puede reproducir: %1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="92"/>
        <source>The last recording is still being finished; try again in a moment.</source>
        <translation>La última grabación aún se está terminando; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="96"/>
        <source>No microphone is connected.</source>
        <translation>No hay ningún micrófono conectado.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="100"/>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="119"/>
        <location filename="../gui-client/voicerecorder.cpp" line="122"/>
        <source>Voice message %1</source>
        <translation>Mensaje de voz %1</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="152"/>
        <source>The recording failed.</source>
        <translation>La grabación falló.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="153"/>
        <source>The recording failed: %1</source>
        <translation>La grabación falló: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="178"/>
        <source>Hold the button while you speak; release it to send.</source>
        <translation>Mantén pulsado el botón mientras hablas; suéltalo para enviar.</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="39"/>
        <source>Join a room first: /join &lt;room&gt;</source>
        <translation>Entra primero en una sala: /join &lt;sala&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="48"/>
        <source>There is no user called %1.</source>
        <translation>No existe ningún usuario llamado %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="50"/>
        <source>That is you: a direct message goes to someone else.</source>
        <translation>Eres tú: un mensaje directo va a otra persona.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="58"/>
        <source>Commands: /join &lt;room&gt;, /private &lt;room&gt;, /leave, /topic [text], /invite &lt;user&gt;, /msg &lt;user&gt; [text], /me &lt;action&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /export [file], /clear, /exit. Tab completes @names; Ctrl+F searches; right-click a message to reply, react, edit or delete it. Start a message with // to send a line beginning with /.</source>
        <translation>Órdenes: /join &lt;sala&gt;, /private &lt;sala&gt;, /leave, /topic [texto], /invite &lt;usuario&gt;, /msg &lt;usuario&gt; [texto], /me &lt;acción&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /export [archivo], /clear, /exit. Tab completa @nombres; Ctrl+F busca; con el botón derecho sobre un mensaje se responde, se reacciona, se edita o se elimina. Empieza un mensaje con // para enviar una línea que comience por /.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="73"/>
        <source>Invitations are for private rooms: open one first (/private &lt;room&gt; makes one).</source>
        <translation>Las invitaciones son para salas privadas: abre una primero (/private &lt;sala&gt; crea una).</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="79"/>
        <source>Notifications are set per room: open one first.</source>
        <translation>Las notificaciones se ajustan por sala: abre una primero.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="112"/>
        <source>There is no command /%1. Type /help for the list.</source>
        <translation>No existe el comando /%1. Escribe /help para ver la lista.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="121"/>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="130"/>
        <source>Your messages are being exported already; wait until that is done.</source>
        <translation>Ya se están exportando tus mensajes; espera a que termine.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="135"/>
        <source>Export Your Messages</source>
        <translation>Exportar tus mensajes</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="135"/>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;Texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="148"/>
        <source>%1 exists already; give the export a new name.</source>
        <translation>%1 ya existe; da a la exportación otro nombre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowcommands.cpp" line="159"/>
        <source>Exporting your messages: %n so far…</source>
        <translation>
            <numerusform>Exportando tus mensajes: %n hasta ahora…</numerusform>
            <numerusform>Exportando tus mensajes: %n hasta ahora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowcommands.cpp" line="165"/>
        <source>Exported %n message(s) you sent to %1.</source>
        <translation>
            <numerusform>Se exportó %n mensaje que enviaste a %1.</numerusform>
            <numerusform>Se exportaron %n mensajes que enviaste a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="171"/>
        <source>Exporting your messages…</source>
        <translation>Exportando tus mensajes…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="178"/>
        <source>A topic belongs to a room: open one first.</source>
        <translation>Un tema pertenece a una sala: abre una primero.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="181"/>
        <source>%1 has no topic. /topic &lt;text&gt; sets one.</source>
        <translation>%1 no tiene tema. /topic &lt;texto&gt; pone uno.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="182"/>
        <source>The topic of %1: %2</source>
        <translation>El tema de %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="184"/>
        <source>A topic has at most %1 characters.</source>
        <translation>Un tema tiene como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="68"/>
        <source>Join a Room</source>
        <translation>Entrar en una sala</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="69"/>
        <source>Room name (a new name creates the room):</source>
        <translation>Nombre de la sala (un nombre nuevo crea la sala):</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="84"/>
        <source>Direct Message</source>
        <translation>Mensaje directo</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="85"/>
        <source>To whom (a username):</source>
        <translation>Para quién (un nombre de usuario):</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="102"/>
        <source>There is no user called %1.</source>
        <translation>No hay ningún usuario llamado %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="104"/>
        <source>That is you: a direct message goes to someone else.</source>
        <translation>Eres tú: un mensaje directo va a otra persona.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="160"/>
        <source>About Chat Room</source>
        <translation>Acerca de Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="161"/>
        <source>Chat Room %1

A chat for your team, club or class, on your own server.

Built with Qt %2.</source>
        <translation>Chat Room %1

Un chat para tu equipo, club o clase, en tu propio servidor.

Compilado con Qt %2.</translation>
    </message>
</context>
<context>
    <name>WindowFeed</name>
    <message numerus="yes">
        <location filename="../gui-client/windowfeed.cpp" line="188"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n miembro)</numerusform>
            <numerusform>%1 (%n miembros)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="189"/>
        <source>Rooms: %1</source>
        <translation>Salas: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowfeed.cpp" line="162"/>
        <source>%n message(s) arrived while you were away.</source>
        <translation>
            <numerusform>Llegó %n mensaje mientras no estabas.</numerusform>
            <numerusform>Llegaron %n mensajes mientras no estabas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="211"/>
        <source>Direct messages</source>
        <translation>Mensajes directos</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="208"/>
        <source>New messages from %1</source>
        <translation>Mensajes nuevos de %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="281"/>
        <source>Notifications in %1: only when you are mentioned.</source>
        <translation>Notificaciones en %1: solo cuando te mencionan.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="283"/>
        <source>Notifications in %1: none.</source>
        <translation>Notificaciones en %1: ninguna.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="284"/>
        <source>Notifications in %1: every message.</source>
        <translation>Notificaciones en %1: cada mensaje.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="236"/>
        <source>%1 cleared the topic.</source>
        <translation>%1 ha borrado el tema.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="237"/>
        <source>%1 set the topic: %2</source>
        <translation>%1 ha puesto el tema: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="246"/>
        <source>%1 invited you to the private room %2. Type /join %2 to enter.</source>
        <translation>%1 te ha invitado a la sala privada %2. Escribe /join %2 para entrar.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="249"/>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="244"/>
        <source>%1 may now join %2.</source>
        <translation>%1 ya puede entrar en %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowfeed.cpp" line="180"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="181"/>
        <source>In %1: %2</source>
        <translation>En %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="181"/>
        <source>Online: %1</source>
        <translation>En línea: %1</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="46"/>
        <source>Send files (Ctrl+Shift+O); you can also drop them on the window or paste an image</source>
        <translation>Enviar archivos (Ctrl+Mayús+O); también puedes soltarlos en la ventana o pegar una imagen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="47"/>
        <location filename="../gui-client/windowfiles.cpp" line="64"/>
        <source>Send files</source>
        <translation>Enviar archivos</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="51"/>
        <location filename="../gui-client/windowfiles.cpp" line="95"/>
        <source>Sending %1</source>
        <translation>Enviando %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="56"/>
        <source>waiting for the server…</source>
        <translation>esperando al servidor…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="104"/>
        <source>Sending a voice message</source>
        <translation>Enviando un mensaje de voz</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="117"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="181"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="184"/>
        <source>It cannot be saved in the download folder.</source>
        <translation>No se puede guardar en la carpeta de descargas.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="186"/>
        <source>Saved to the download folder</source>
        <translation>Guardado en la carpeta de descargas</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="191"/>
        <source>The picture was not fetched.</source>
        <translation>No se obtuvo la imagen.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="209"/>
        <source>%1 cannot be saved in %2: %3</source>
        <translation>No se puede guardar %1 en %2: %3</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="211"/>
        <location filename="../gui-client/windowfiles.cpp" line="229"/>
        <source>Saving %1</source>
        <translation>Guardando %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="241"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="254"/>
        <source>Open a program?</source>
        <translation>¿Abrir un programa?</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="255"/>
        <source>%1 could run as a program on this computer. Open it only if you trust whoever sent it. Open it?</source>
        <translation>%1 podría ejecutarse como programa en este ordenador. Ábrelo solo si confías en quien lo envió. ¿Abrirlo?</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="263"/>
        <source>No program on this computer opens it; it is in %1.</source>
        <translation>Ningún programa de este ordenador lo abre; está en %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="269"/>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="36"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="37"/>
        <source>&amp;Join a Room…</source>
        <translation>&amp;Entrar en una sala…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="38"/>
        <source>&amp;Leave This Room</source>
        <translation>&amp;Abandonar esta sala</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="39"/>
        <source>&amp;Direct Message…</source>
        <translation>&amp;Mensaje directo…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="40"/>
        <source>Send &amp;Files…</source>
        <translation>Enviar &amp;archivos…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="41"/>
        <source>&amp;Record a Voice Message (again to send)</source>
        <translation>&amp;Grabar un mensaje de voz (otra vez para enviar)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="44"/>
        <source>Your De&amp;vices…</source>
        <translation>Tus &amp;dispositivos…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="45"/>
        <source>&amp;Export Your Messages…</source>
        <translation>&amp;Exportar tus mensajes…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="46"/>
        <source>Log &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="50"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="52"/>
        <source>&amp;Search Messages…</source>
        <translation>&amp;Buscar mensajes…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="54"/>
        <source>&amp;Mentions of Me…</source>
        <translation>&amp;Menciones de mí…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="55"/>
        <source>Insert &amp;Emoji…</source>
        <translation>Insertar &amp;emoji…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="57"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="60"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="61"/>
        <source>&amp;Go To…</source>
        <translation>&amp;Ir a…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="62"/>
        <source>&amp;Next Room</source>
        <translation>Sala &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="63"/>
        <source>&amp;Previous Room</source>
        <translation>Sala &amp;anterior</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="64"/>
        <source>&amp;Room by Number</source>
        <translation>Sala por &amp;número</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="66"/>
        <source>Room %1</source>
        <translation>Sala %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="67"/>
        <source>&amp;Message Input</source>
        <translation>Campo de &amp;mensaje</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="69"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="70"/>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="74"/>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="75"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="76"/>
        <source>&amp;About Chat Room</source>
        <translation>&amp;Acerca de Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="103"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="106"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="108"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="108"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="115"/>
        <source>Room 1 to 9</source>
        <translation>Sala 1 a 9</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="116"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="118"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="118"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="119"/>
        <source>Complete a name</source>
        <translation>Completar un nombre</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="119"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="120"/>
        <source>Earlier lines you sent</source>
        <translation>Líneas enviadas antes</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="120"/>
        <source>Up, Down</source>
        <translation>Flecha arriba, flecha abajo</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="121"/>
        <source>Cancel a reply or edit; back to the input</source>
        <translation>Cancelar una respuesta o edición; volver al campo de texto</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="121"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="122"/>
        <source>Reply, react, edit or delete a message</source>
        <translation>Responder, reaccionar, editar o eliminar un mensaje</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="122"/>
        <source>Menu key or right click on it</source>
        <translation>Tecla de menú o clic derecho sobre él</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="123"/>
        <source>Select messages</source>
        <translation>Seleccionar mensajes</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="123"/>
        <source>Shift or Ctrl with arrows or a click</source>
        <translation>Mayús o Ctrl con las flechas o un clic</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="124"/>
        <source>Open the menus</source>
        <translation>Abrir los menús</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="124"/>
        <source>Alt and the underlined letter, or F10</source>
        <translation>Alt y la letra subrayada, o F10</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="125"/>
        <source>Record a voice message while held</source>
        <translation>Grabar un mensaje de voz mientras se mantiene pulsado</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="125"/>
        <source>Hold the 🎤 button; release off it or Escape to throw away</source>
        <translation>Mantén pulsado el botón 🎤; suéltalo fuera de él o pulsa Escape para descartar</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="126"/>
        <source>Picture viewer: larger, smaller, real size, fit</source>
        <translation>Visor de imágenes: más grande, más pequeño, tamaño real, ajustar</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="126"/>
        <source>+, −, 1, 0 (or Ctrl and the wheel)</source>
        <translation>+, −, 1, 0 (o Ctrl y la rueda)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="127"/>
        <source>Picture viewer: save</source>
        <translation>Visor de imágenes: guardar</translation>
    </message>
</context>
<context>
    <name>WindowVoice</name>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="41"/>
        <source>● Recording 0:00 — release to send, Esc to throw away</source>
        <translation>● Grabando 0:00 — suelta para enviar, Esc para descartar</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="47"/>
        <source>● Recording %1 — release to send, Esc to throw away</source>
        <translation>● Grabando %1 — suelta para enviar, Esc para descartar</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="78"/>
        <source>Hold to record a voice message, release to send (or Ctrl+Shift+R to start and again to send)</source>
        <translation>Mantén pulsado para grabar un mensaje de voz, suelta para enviar (o Ctrl+Mayús+R para empezar y otra vez para enviar)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="80"/>
        <source>Record a voice message</source>
        <translation>Grabar un mensaje de voz</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="82"/>
        <source>No microphone is connected: connect one to send voice messages</source>
        <translation>No hay ningún micrófono conectado: conecta uno para enviar mensajes de voz</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="83"/>
        <source>Record a voice message (no microphone is connected)</source>
        <translation>Grabar un mensaje de voz (no hay ningún micrófono conectado)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="106"/>
        <source>Open a room or a conversation to send a voice message.</source>
        <translation>Abre una sala o una conversación para enviar un mensaje de voz.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="127"/>
        <source>The recording was thrown away.</source>
        <translation>La grabación se descartó.</translation>
    </message>
</context>
</TS>
